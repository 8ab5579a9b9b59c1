package claimcheck_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
)

// synth makes news-like articles from a fixed seed: every article has its
// own people, place and body, in sentences of several shapes (numbers,
// dates, attributions, quotations), so that an archive of many is varied
// and a claim from one article names words that few others hold.
type synth struct{ state uint32 }

func (g *synth) next(n int) int {
	g.state = g.state*1664525 + 1013904223
	return int(g.state>>8) % n
}

func (g *synth) pick(words ...string) string { return words[g.next(len(words))] }

func (g *synth) name(parts ...[]string) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p[g.next(len(p))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

var (
	syllA = []string{"ka", "lo", "mi", "ra", "ve", "to", "su", "ne", "di", "zo", "pa", "ri", "ba", "fe", "go", "hu"}
	syllB = []string{"ren", "dal", "mor", "vik", "tas", "nel", "bor", "quin", "sel", "dar", "lun", "mek"}
	ends  = []string{"ton", "ville", "burg", "ford", "mouth", "field"}
)

type article struct {
	id        claimcheck.ArticleID
	text      string
	sentences []string
}

func (g *synth) article(n int, sentences int) article {
	person := g.name(syllA, syllB) + " " + g.name(syllA, syllA, syllB)
	other := g.name(syllA, syllB) + " " + g.name(syllB, syllA, syllB)
	place := g.name(syllA, syllB, ends)
	org := "the " + place + " " + g.pick("council", "water board", "transit authority", "hospital trust", "school board")
	a := article{id: claimcheck.ArticleID(fmt.Sprintf("a%06d", n))}
	for range sentences {
		var s string
		switch g.next(6) {
		case 0:
			s = fmt.Sprintf("%s %s a %d million dollar %s in %s on %s.", person,
				g.pick("approved", "rejected", "announced", "delayed", "proposed"), 2+g.next(90),
				g.pick("budget", "contract", "bridge plan", "housing scheme", "flood defence"), place,
				g.pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"))
		case 1:
			s = fmt.Sprintf("%s said %d %s would close by %s.", strings.ToUpper(org[:1])+org[1:], 2+g.next(40),
				g.pick("schools", "clinics", "stations", "libraries", "depots"),
				g.pick("March", "June", "September", "December"))
		case 2:
			s = fmt.Sprintf("\"We will %s the %s this year,\" %s said.", g.pick("finish", "fund", "review", "cancel"),
				g.pick("tunnel", "hospital", "stadium", "railway"), other)
		case 3:
			s = fmt.Sprintf("According to %s, %s in %s rose by %d percent.", other,
				g.pick("rents", "fares", "wages", "prices"), place, 1+g.next(30))
		case 4:
			s = fmt.Sprintf("%s, %d, was elected %s of %s in %d.", person, 30+g.next(40),
				g.pick("mayor", "chair", "treasurer"), place, 1990+g.next(35))
		default:
			s = fmt.Sprintf("The %s of %s %s after %d days of %s.", g.pick("river", "strike", "inquiry", "market"),
				place, g.pick("ended", "grew", "slowed", "resumed"), 2+g.next(60), g.pick("rain", "talks", "delays", "protests"))
		}
		a.sentences = append(a.sentences, s)
	}
	a.text = strings.Join(a.sentences, " ")
	return a
}

func articles(n, sentences int) []article {
	g := &synth{state: 42}
	out := make([]article, n)
	for i := range out {
		out[i] = g.article(i, sentences)
	}
	return out
}

func newArchive(t testing.TB, arts []article, opts claimcheck.ArchiveOptions) *claimcheck.Archive {
	t.Helper()
	a, err := mustNew(t, claimcheck.Options{}).NewArchive(opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, art := range arts {
		if err := a.Add(art.id, art.text); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// TestArchive checks claims against an archive of 200 articles: the
// retriever finds each claim's article among its candidates; the verdict,
// evidence and offsets are those that CheckSources gives against the
// candidate articles, with evidence naming its article; and a sentence
// taken as it is from an article is supported by that sentence.
func TestArchive(t *testing.T) {
	arts := articles(200, 12)
	x := claimcheck.NewTermIndex()
	a := newArchive(t, arts, claimcheck.ArchiveOptions{Retriever: x})
	if a.Len() != len(arts) {
		t.Fatalf("Len = %d", a.Len())
	}
	c := mustNew(t, claimcheck.Options{})
	byID := map[claimcheck.ArticleID]*claimcheck.Source{}
	text := map[string]string{}
	for _, art := range arts {
		s, err := c.NewSource(string(art.id), art.text)
		if err != nil {
			t.Fatal(err)
		}
		byID[art.id] = s
		text[string(art.id)] = art.text
	}
	labels := map[claimcheck.Label]int{}
	for i := 0; i < len(arts); i += 3 {
		art := arts[i]
		claim := art.sentences[i%len(art.sentences)]
		changed := i%2 == 1 && strings.ContainsAny(claim, "12345678")
		if changed { // every digit but 0 and 9 one up
			claim = strings.Map(func(r rune) rune {
				if r >= '1' && r <= '8' {
					return r + 1
				}
				return r
			}, claim)
		}
		ids := x.Candidates(claim, 5)
		if !slices.Contains(ids, art.id) {
			t.Errorf("%q: candidates %v, not its article %s", claim, ids, art.id)
		}
		r, err := a.Check(claim)
		if err != nil {
			t.Fatal(err)
		}
		var srcs []*claimcheck.Source
		for _, id := range ids {
			srcs = append(srcs, byID[id])
		}
		want, err := c.CheckSources(claim, srcs...)
		if err != nil {
			t.Fatal(err)
		}
		if len(srcs) == 1 { // CheckSources names the source only when there are several
			for k := range want.Claims[0].Evidence {
				want.Claims[0].Evidence[k].Source = string(ids[0])
			}
		}
		if d := cmp.Diff(want, r); d != "" {
			t.Errorf("%q: the archive's report differs from CheckSources on the candidates (-CheckSources, +archive):\n%s", claim, d)
		}
		got := r.Claims[0]
		for _, e := range got.Evidence {
			if text[e.Source][e.Start:e.End] != e.Text {
				t.Errorf("evidence [%d,%d) is not its text in %s", e.Start, e.End, e.Source)
			}
		}
		if !changed && (got.Label != claimcheck.Supported || len(got.Evidence) == 0 || got.Evidence[0].Text != claim) {
			t.Errorf("%q, as %s has it: %s by %+v", claim, art.id, got.Label, got.Evidence)
		}
		labels[got.Label]++
	}
	if labels[claimcheck.Supported] == 0 || labels[claimcheck.Contradicted] == 0 {
		t.Errorf("labels %v: the claims do not cover both verdicts", labels)
	}
	// A claim that no article bears on: unsupported, no evidence.
	r, err := a.Check("Zebras invaded Quxlandia.")
	if err != nil || r.Claims[0].Label != claimcheck.Unsupported || len(r.Claims[0].Evidence) != 0 || len(r.Sources) != 0 {
		t.Errorf("a claim about nothing in the archive: %+v, %v", r, err)
	}
	// A whole text: each claim finds its own article.
	two := arts[3].sentences[0] + " " + arts[150].sentences[1]
	r, err = a.Check(two)
	if err != nil || len(r.Claims) != 2 || r.Claims[0].Evidence[0].Source != string(arts[3].id) || r.Claims[1].Evidence[0].Source != string(arts[150].id) {
		t.Errorf("a text of two claims from two articles: %+v, %v", r, err)
	}
}

func TestArchiveErrors(t *testing.T) {
	arts := articles(3, 5)
	a := newArchive(t, arts, claimcheck.ArchiveOptions{})
	usage := func(what string, err error) {
		t.Helper()
		var ue *claimcheck.UsageError
		if !errors.As(err, &ue) {
			t.Errorf("%s: %v, want a UsageError", what, err)
		}
	}
	usage("a second article with an id", a.Add(arts[0].id, "Something else happened."))
	usage("an empty id", a.Add("", "Something happened."))
	var ie *claimcheck.InputError
	if err := a.Add("empty", " "); !errors.As(err, &ie) {
		t.Errorf("an empty article: %v", err)
	}
	if a.Len() != 3 {
		t.Errorf("Len = %d after refused adds", a.Len())
	}
	var nilArchive *claimcheck.Archive
	usage("nil Archive, Add", nilArchive.Add("x", "It rained."))
	_, err := nilArchive.Check("It rained.")
	usage("nil Archive, Check", err)
	_, err = (&claimcheck.Archive{}).Check("It rained.")
	usage("zero Archive, Check", err)
	usage("zero Archive, Add", (&claimcheck.Archive{}).Add("x", "It rained."))
	_, err = (*claimcheck.Checker)(nil).NewArchive(claimcheck.ArchiveOptions{})
	usage("nil Checker, NewArchive", err)
	var oe *claimcheck.OptionError
	if _, err := mustNew(t, claimcheck.Options{}).NewArchive(claimcheck.ArchiveOptions{Candidates: -1}); !errors.As(err, &oe) {
		t.Errorf("Candidates -1: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := a.CheckContext(ctx, arts[0].sentences[0]); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled context: %v", err)
	}
}

// fixed is a Retriever that always offers the same articles, as an adapter
// to a search engine might: the archive checks against those it holds.
type fixed struct {
	mu    sync.Mutex
	added []claimcheck.ArticleID
	offer []claimcheck.ArticleID
}

func (f *fixed) Add(id claimcheck.ArticleID, text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.added = append(f.added, id)
}

func (f *fixed) Candidates(claim string, k int) []claimcheck.ArticleID { return f.offer }

func TestArchiveRetriever(t *testing.T) {
	arts := articles(10, 6)
	f := &fixed{offer: []claimcheck.ArticleID{"unknown", arts[7].id, arts[2].id, arts[7].id}}
	a := newArchive(t, arts, claimcheck.ArchiveOptions{Retriever: f, Candidates: 2})
	if len(f.added) != len(arts) {
		t.Errorf("the retriever was told of %d articles, want %d", len(f.added), len(arts))
	}
	r, err := a.Check(arts[2].sentences[0])
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Sources, []string{string(arts[7].id), string(arts[2].id)}) {
		t.Errorf("Sources = %v, want the offered articles the archive holds, once each", r.Sources)
	}
	if e := r.Claims[0].Evidence; len(e) == 0 || e[0].Source != string(arts[2].id) {
		t.Errorf("evidence %+v, want from %s", e, arts[2].id)
	}
}

func TestTermIndex(t *testing.T) {
	x := claimcheck.NewTermIndex()
	x.Add("common", "The council met. The council voted. The council adjourned.")
	x.Add("rare", "The council met in Vardelton.")
	x.Add("other", "The hospital opened a ward.")
	x.Add("tie", "The council met in Vardelton.")
	for _, tc := range []struct {
		claim string
		k     int
		want  []claimcheck.ArticleID
	}{
		{"Vardelton's council met", 5, []claimcheck.ArticleID{"rare", "tie", "common"}}, // the rare word first; a tie to the earlier article
		{"Vardelton's council met", 1, []claimcheck.ArticleID{"rare"}},
		{"the wards were opened", 5, []claimcheck.ArticleID{"other"}}, // stems meet
		{"nothing here matches", 5, nil},
		{"the of and", 5, nil}, // function words are not looked up
		{"council", 0, nil},
	} {
		if got := x.Candidates(tc.claim, tc.k); !slices.Equal(got, tc.want) {
			t.Errorf("Candidates(%q, %d) = %v, want %v", tc.claim, tc.k, got, tc.want)
		}
	}
}

// TestArchiveConcurrent adds articles and checks claims at once; run with
// -race. Every claim checked after its article was added finds it.
func TestArchiveConcurrent(t *testing.T) {
	arts := articles(60, 6)
	a, err := mustNew(t, claimcheck.Options{}).NewArchive(claimcheck.ArchiveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(arts)*2)
	for w := range 3 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := w; i < len(arts); i += 3 {
				if err := a.Add(arts[i].id, arts[i].text); err != nil {
					errs <- err
					return
				}
				r, err := a.Check(arts[i].sentences[1])
				if err != nil {
					errs <- err
					return
				}
				if e := r.Claims[0].Evidence; len(e) == 0 || e[0].Source != string(arts[i].id) {
					errs <- fmt.Errorf("%s: evidence %+v", arts[i].id, e)
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := range 20 {
				if _, err := a.Check(arts[(i*7+w)%len(arts)].sentences[0]); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if a.Len() != len(arts) {
		t.Errorf("Len = %d, want %d", a.Len(), len(arts))
	}
}

// claimsFrom returns claims taken from the articles: sentences as they
// are, with a number changed, and attributions and quotations among them
// as the articles have them.
func claimsFrom(arts []article, n int) []string {
	g := &synth{state: 7}
	out := make([]string, n)
	for i := range out {
		art := arts[g.next(len(arts))]
		s := art.sentences[g.next(len(art.sentences))]
		if i%3 == 1 {
			s = strings.Replace(s, "1", "7", 1)
		}
		out[i] = s
	}
	return out
}

// BenchmarkArchive checks one-sentence claims against archives of 1,000
// and 100,000 sentences (articles of 20), and 1,000,000 with an explicit
// -test.benchtime (about 3 GB; never under -test.short), drawn from the
// archive's own articles. It reports the time a claim takes (ns/op, the
// median p50-ns and the 99th percentile p99-ns), and the heap the archive
// holds per sentence.
func BenchmarkArchive(b *testing.B) {
	for _, n := range []int{1_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			if n > 100_000 && (testing.Short() || flag.Lookup("test.benchtime").Value.String() == "1s") {
				b.Skip("1M sentences only with an explicit -test.benchtime, and never under -test.short")
			}
			arts := articles(n/20, 20)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			a := newArchive(b, arts, claimcheck.ArchiveOptions{})
			runtime.GC()
			runtime.ReadMemStats(&after)
			heap := float64(after.HeapAlloc) - float64(before.HeapAlloc)
			claims := claimsFrom(arts, 1000)
			var times []time.Duration
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				start := time.Now()
				if _, err := a.Check(claims[i%len(claims)]); err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
				i++
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2]), "p50-ns")
			b.ReportMetric(float64(times[len(times)*99/100]), "p99-ns")
			b.ReportMetric(heap/float64(n), "heap-B/sentence")
			runtime.KeepAlive(a)
		})
	}
}

// BenchmarkArchiveAdd adds articles of 20 sentences to a growing archive.
func BenchmarkArchiveAdd(b *testing.B) {
	arts := articles(2000, 20)
	a, err := mustNew(b, claimcheck.Options{}).NewArchive(claimcheck.ArchiveOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(arts[0].text)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		art := arts[i%len(arts)]
		if err := a.Add(claimcheck.ArticleID(fmt.Sprint(i)), art.text); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
