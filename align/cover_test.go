package align

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// TestCoverSet checks that the dense candidates and cover of claims up to
// 64 content words choose the sentences the map-based ones choose, on the
// bundled articles (each claim of one against the other, and against
// itself) and on a source whose words are all common.
func TestCoverSet(t *testing.T) {
	docs := bundledDocs(t)
	docs = append(docs, claims.Parse(strings.Repeat("The dam held on Monday. ", 1200)+"The Kariba dam broke."))
	pairs := [][2]int{{0, 1}, {1, 0}, {2, 3}, {3, 2}, {0, 0}, {2, 2}, {4, 0}, {4, 4}}
	n := 0
	for _, p := range pairs {
		x := Prepare(docs[p[0]], Options{})
		for i := range docs[p[1]].Statements {
			c := &docs[p[1]].Statements[i]
			var content []int
			for k := range c.Tokens {
				if c.Tokens[k].Content() {
					content = append(content, k)
				}
			}
			if len(content) == 0 || len(content) > 64 {
				continue
			}
			rel := relatedOf(x, c, content)
			own, weight := owns(x, c, content)
			weights, holds := x.candidates(c, content, own, weight, rel)
			want := x.cover(weights, holds, 10)
			sc := x.scratch()
			dense := x.claimWords(sc, c, content, own, weight, rel)
			x.candidateSet(sc, false)
			got, _ := x.coverSet(dense, sc.list, 10, 0)
			x.release(sc)
			if !slices.Equal(got, want) {
				t.Errorf("source %d, claim %q: coverSet %v, cover %v", p[0], c.Text(), got, want)
			}
			if len(want) > 0 {
				n++
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d claims aligned: the test tells little", n)
	}
}

// TestCoverSetPruned checks that pruning (candidateSet letting only the
// rarer words propose sentences) chooses the sentences reading every
// posting chooses, or says it cannot tell, and that reading every posting
// (common words looked up in bit sets) chooses what the map-based cover
// does: on a long source whose words are each in tens to hundreds of
// sentences, against claims taken from it, changed (another name, another
// number) and made up.
func TestCoverSetPruned(t *testing.T) {
	src, derived := longSource(6000)
	x := Prepare(claims.Parse(src), Options{})
	doc := claims.Parse(derived)
	pruned, fellBack := 0, 0
	for i := range doc.Statements {
		c := &doc.Statements[i]
		var content []int
		for k := range c.Tokens {
			if c.Tokens[k].Content() {
				content = append(content, k)
			}
		}
		if len(content) == 0 || len(content) > 64 {
			continue
		}
		rel := relatedOf(x, c, content)
		own, weight := owns(x, c, content)
		sc := x.scratch()
		weights := x.claimWords(sc, c, content, own, weight, rel)
		x.candidateSet(sc, false)
		want, _ := x.coverSet(weights, sc.list, 10, 0)
		if w, holds := x.candidates(c, content, own, weight, rel); !slices.Equal(want, x.cover(w, holds, 10)) {
			t.Errorf("claim %q: coverSet %v, cover %v", c.Text(), want, x.cover(w, holds, 10))
		}
		x.reset(sc)
		unread := x.candidateSet(sc, true)
		got, ok := x.coverSet(weights, sc.list, 10, unread)
		x.release(sc)
		if unread != 0 {
			pruned++
		}
		if !ok {
			fellBack++
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("claim %q: pruned %v, whole %v", c.Text(), got, want)
		}
	}
	if pruned < len(doc.Statements)/2 || fellBack == pruned {
		t.Errorf("%d of %d claims pruned, %d fell back: the test tells little", pruned, len(doc.Statements), fellBack)
	}
	t.Logf("%d of %d claims pruned, %d fell back", pruned, len(doc.Statements), fellBack)
}

// longSource returns a source of n sentences drawn from small vocabularies
// (so that each word is in tens to hundreds of them) and claims: some of
// its sentences rewritten, some with another name or number, some made up
// of its words.
func longSource(n int) (string, string) {
	state := uint32(1)
	next := func(k int) int {
		state = state*1664525 + 1013904223
		return int(state>>8) % k
	}
	pick := func(w ...string) string { return w[next(len(w))] }
	syll := []string{"ka", "lo", "mi", "ren", "sto", "vi", "dan", "or", "bel", "tu", "zan", "pe"}
	name := func() string {
		s := syll[next(len(syll))] + syll[next(len(syll))] + syll[next(len(syll))]
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var src, der strings.Builder
	for i := range n {
		who, count := name()+" "+name(), 10+next(400)
		thing, verb := pick("bridge", "hospital", "school", "factory", "road", "stadium", "library", "port"), pick("opened", "closed", "rebuilt", "inspected", "funded", "delayed")
		day, noun := pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"), pick("workers", "residents", "patients", "pupils", "visitors")
		fmt.Fprintf(&src, "%s said on %s that the %s had been %s after %d %s complained. ", who, day, thing, verb, count, noun)
		if i%20 != 0 {
			continue
		}
		switch next(4) {
		case 0:
			count++
		case 1:
			who = name() + " " + name()
		case 2:
			thing, verb, day = pick("bridge", "port", "road"), pick("funded", "closed"), pick("Monday", "Friday")
		}
		fmt.Fprintf(&der, "After %d %s complained, the %s was %s, %s said on %s. ", count, noun, thing, verb, who, day)
	}
	return src.String(), der.String()
}

// owns returns the entries and weights of the stems of a claim's content
// words, as Align looks them up.
// relatedOf returns the entries the source has of the synonym stems of
// each content word of a claim (by its index in content), looked up
// without the scratch's memo.
func relatedOf(x *Source, c *claims.Statement, content []int) [][]int32 {
	out := make([][]int32, len(content))
	for k, i := range content {
		for _, r := range related(&c.Tokens[i]) {
			if e, ok := x.stems.get(r); ok {
				out[k] = append(out[k], e)
			}
		}
	}
	return out
}

// related returns the synonym stems of a claim word, or nil.
func related(t *claims.Token) []string {
	if t.Kind != claims.WordToken || t.Stop() {
		return nil
	}
	return lexicon.Related(t.Stem())
}

func owns(x *Source, c *claims.Statement, content []int) ([]int32, []float64) {
	own, weight := make([]int32, len(content)), make([]float64, len(content))
	for k, i := range content {
		own[k], weight[k] = x.entryOf(c.Tokens[i].Stem())
	}
	return own, weight
}

// TestStemSet checks that the filter of a source's stems passes every stem
// the source has, so that stemOf finds the entries of the synonyms a
// look-up of each in the source's stems finds, and that it tells most
// other stems apart: on the bundled articles, each against the others.
func TestStemSet(t *testing.T) {
	docs := bundledDocs(t)
	synonyms, passed, absent := 0, 0, 0
	for _, src := range docs {
		x := Prepare(src, Options{})
		sc := x.scratch()
		set := x.stemSet(sc)
		if set == nil {
			t.Fatal("no filter for a source of an article")
		}
		for e := range x.stems.len() {
			if s := x.stems.key(uint32(e)); !set.maybe(lexicon.Hash(s)) {
				t.Errorf("the filter of a source lacks its stem %q", s)
			}
		}
		for _, doc := range docs {
			for i := range doc.Statements {
				toks := doc.Statements[i].Tokens
				for k := range toks {
					if toks[k].Kind != claims.WordToken || !toks[k].Content() {
						continue
					}
					st := x.stemOf(sc, toks[k].Stem())
					var want []int32
					for _, r := range lexicon.Related(toks[k].Stem()) {
						if e, ok := x.stems.get(r); ok {
							want = append(want, e)
						} else if absent++; set.maybe(lexicon.Hash(r)) {
							passed++
						}
					}
					synonyms += len(want)
					if got := sc.relEntries[st.from:st.to]; !slices.Equal(got, want) {
						t.Errorf("stemOf(%q): synonyms' entries %v, want %v", toks[k].Stem(), got, want)
					}
				}
			}
		}
		x.release(sc)
	}
	if synonyms < 100 || absent < 1000 {
		t.Errorf("%d synonyms the sources have, %d they lack: the test tells little", synonyms, absent)
	}
	if passed*10 > absent {
		t.Errorf("the filters passed %d of %d synonyms the sources lack, want under a tenth", passed, absent)
	}
	t.Logf("%d synonyms found, %d of %d absent passed the filter", synonyms, passed, absent)
}

// bundledDocs parses the four bundled articles.
func bundledDocs(t *testing.T) []*claims.Document {
	t.Helper()
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) < 4 {
		t.Fatalf("bundled articles: %v, %d files", err, len(files))
	}
	var docs []*claims.Document
	for _, f := range files[:4] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, claims.Parse(string(b)))
	}
	return docs
}
