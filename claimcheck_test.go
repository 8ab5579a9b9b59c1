package claimcheck_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/cputime"
	"github.com/newsdesk/claimcheck/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata/report")

func readArticle(t testing.TB, name string) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join("testdata", "articles", name+"_*.txt"))
	if len(matches) != 1 {
		t.Fatalf("article %s not found", name)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestGoldenReports checks the reports on the bundled pairs against
// testdata/report/*.txtar (sections: text, json). -update rewrites them;
// read the diff before committing.
func TestGoldenReports(t *testing.T) {
	for _, pair := range [][2]string{{"000", "001"}, {"002", "003"}} {
		name := pair[1] + "-against-" + pair[0]
		t.Run(name, func(t *testing.T) {
			r, err := claimcheck.Check(readArticle(t, pair[0]), readArticle(t, pair[1]))
			if err != nil {
				t.Fatal(err)
			}
			js, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got := []golden.Section{{Name: "text", Data: r.String()}, {Name: "json", Data: string(js) + "\n"}}
			path := filepath.Join("testdata", "report", name+".txtar")
			comment := "Report on article " + pair[1] + " checked against article " + pair[0] + ".\n"
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, golden.Format(comment, got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			_, sections, err := golden.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range got {
				want, _ := golden.Get(sections, g.Name)
				if diff := cmp.Diff(want, g.Data); diff != "" {
					t.Errorf("%s report mismatch (-want +got):\n%s", g.Name, diff)
				}
			}
		})
	}
}

func TestOffsetsPointToText(t *testing.T) {
	src, der := readArticle(t, "002"), readArticle(t, "003")
	r, err := claimcheck.Check(src, der)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Claims {
		if der[c.Start:c.End] != c.Text {
			t.Errorf("claim %q does not match derived[%d:%d]", c.Text, c.Start, c.End)
		}
		for _, e := range c.Evidence {
			if src[e.Start:e.End] != e.Text {
				t.Errorf("evidence %q does not match source[%d:%d]", e.Text, e.Start, e.End)
			}
		}
		for _, f := range c.Findings {
			if f.Claim != nil && der[f.Claim.Start:f.Claim.End] != f.Claim.Text {
				t.Errorf("finding claim span %q off its bytes", f.Claim.Text)
			}
			if f.Source != nil && src[f.Source.Start:f.Source.End] != f.Source.Text {
				t.Errorf("finding source span %q off its bytes", f.Source.Text)
			}
		}
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		reason, source, derived string
		want                    error
		which                   string
		offset                  int
	}{
		{"empty derived text", "It rained.", "", claimcheck.ErrEmpty, "derived", -1},
		{"white space only", "It rained.", " \n\t ", claimcheck.ErrEmpty, "derived", -1},
		{"boilerplate only", "It rained.", "Advertisement\nContinues after advertising", claimcheck.ErrEmpty, "derived", -1},
		{"empty source", "", "It rained.", claimcheck.ErrEmpty, "source", -1},
		{"invalid UTF-8 in the derived text", "It rained.", "It \xffrained.", claimcheck.ErrInvalidUTF8, "derived", 3},
		{"invalid UTF-8 in the source", "It r\xc3ained.", "It rained.", claimcheck.ErrInvalidUTF8, "source", 4},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			r, err := claimcheck.Check(tt.source, tt.derived)
			var ie *claimcheck.InputError
			if r != nil || !errors.As(err, &ie) || !errors.Is(err, tt.want) || ie.Text != tt.which || ie.Offset != tt.offset {
				t.Fatalf("Check = %v, %v; want an InputError{%s, %d, %v}", r, err, tt.which, tt.offset, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q is not one line", err)
			}
		})
	}
}

func TestBinaryAndHugeInput(t *testing.T) {
	// Valid UTF-8 binary junk and a megabyte on one line: a result, no panic.
	junk := strings.Repeat("\x00\x01\x02 abc\x7f", 1000)
	if _, err := claimcheck.Check("The dam held.", junk); err != nil && !errors.Is(err, claimcheck.ErrEmpty) {
		t.Errorf("binary junk: %v", err)
	}
	// A megabyte with no full stop is cut into claims of at most 4000 bytes
	// (see claims.Segment), in order, each wholly carried by the source and
	// without a finding: saying the same thing over and over is no error
	// of fact.
	line := strings.Repeat("the river rose and the dam held ", 1<<15)
	r, err := claimcheck.Check("The river rose. The dam held.", line)
	if err != nil || len(r.Claims) < len(line)/4000 {
		t.Fatalf("one long line: %d claims, %v", len(r.Claims), err)
	}
	end := 0
	for _, c := range r.Claims {
		if c.End-c.Start > 4000 || c.Start < end || c.Coverage != 1 || len(c.Kinds) != 0 {
			t.Fatalf("one long line: claim [%d,%d) coverage %.2f %v after %d", c.Start, c.End, c.Coverage, c.Kinds, end)
		}
		end = c.End
	}
}

func TestSeveralSources(t *testing.T) {
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.NewSource("wire", "The mayor opened the new library on Monday.")
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.NewSource("paper", "The library cost 12 million dollars to build.")
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.CheckSources("The mayor opened the new library on Monday. The library cost 12 million dollars to build.", a, b)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, cl := range r.Claims {
		if len(cl.Evidence) == 0 {
			t.Fatalf("claim %q has no evidence", cl.Text)
		}
		got = append(got, string(cl.Label)+" from "+cl.Evidence[0].Source)
	}
	want := []string{"supported from wire", "supported from paper"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckSources mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"wire", "paper"}, r.Sources); diff != "" {
		t.Errorf("Sources mismatch (-want +got):\n%s", diff)
	}
}

// TestDeterministic checks that the same input gives byte-identical JSON,
// also when one Checker and Source serve many goroutines at once.
func TestDeterministic(t *testing.T) {
	src, der := readArticle(t, "002"), readArticle(t, "003")
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.NewSource("source", src)
	if err != nil {
		t.Fatal(err)
	}
	first, err := c.CheckSources(der, s)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(first)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := c.CheckSources(der, s)
			if err != nil {
				t.Error(err)
				return
			}
			if got, _ := json.Marshal(r); !bytes.Equal(got, want) {
				t.Error("a concurrent check gave different JSON")
			}
		}()
	}
	wg.Wait()
}

func TestJSONShape(t *testing.T) {
	r, err := claimcheck.Check("Maria Ortiz, 54, was elected mayor.", "Maria Ortiz, 45, was elected mayor.")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(r)
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	claims := m["claims"].([]any)
	c := claims[0].(map[string]any)
	for _, key := range []string{"text", "start", "end", "label", "score", "kinds", "evidence"} {
		if _, ok := c[key]; !ok {
			t.Errorf("claim JSON lacks %q: %s", key, b)
		}
	}
	if c["label"] != "contradicted" || c["kinds"].([]any)[0] != "number" {
		t.Errorf("label %v kinds %v, want contradicted [number]", c["label"], c["kinds"])
	}
	if s := m["score"].(float64); s < 0 || s > 1 {
		t.Errorf("score %v outside [0,1]", s)
	}
}

func BenchmarkCheck(b *testing.B) {
	benchCheck(b, readArticle(b, "002"), readArticle(b, "003"))
}

func benchCheck(b *testing.B, src, der string) {
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		b.Fatal(err)
	}
	// Warm up: the lexicon is decoded once per process (BenchmarkLoad in
	// internal/lexicon measures that) and stems are cached.
	if _, err := c.Check("The mayor opened a bridge.", "The mayor opened a bridge."); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src) + len(der)))
	b.ReportAllocs()
	start := cputime.Used()
	for b.Loop() {
		if _, err := c.Check(src, der); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time, garbage collection included, tells more than wall time on
	// a machine whose cores other jobs share.
	b.ReportMetric(float64((cputime.Used()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// manyNames returns n sentences, each with four made-up names, so that a
// long source holds tens of thousands of names and words met in every
// sentence: the worst case for name variants and candidate sentences.
func manyNames(n int, seed uint32, place string) string {
	var b strings.Builder
	name := func() string {
		w := make([]byte, 6)
		for i := range w {
			seed = seed*1664525 + 1013904223
			if i%2 == 0 {
				w[i] = "bcdfgklmnprstvz"[seed>>16%15]
			} else {
				w[i] = "aeiou"[seed>>16%5]
			}
		}
		w[0] -= 'a' - 'A'
		return string(w)
	}
	for range n {
		p := place
		if p == "" {
			p = name()
		}
		fmt.Fprintf(&b, "%s %s met %s in %s on Monday. ", name(), name(), name(), p)
	}
	return b.String()
}

// BenchmarkCheckLongSource checks 1500 to 2000 claims against a 900 KB
// source of 20000 sentences full of names: claims full of other names,
// claims naming a place the source never names, which are looked up in the
// whole source, and claims quoting words the source uses in every sentence.
func BenchmarkCheckLongSource(b *testing.B) {
	src := manyNames(20000, 1, "")
	b.Run("names", func(b *testing.B) { benchCheck(b, src, manyNames(2000, 2, "France")) })
	var places strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&places, "Visitors to France were counted on day %d. ", i)
	}
	b.Run("place", func(b *testing.B) { benchCheck(b, src, places.String()) })
	var quotes strings.Builder
	for _, name := range strings.Fields(manyNames(500, 3, "Paris")) {
		if len(name) == 6 && name[0] >= 'A' && name[0] <= 'Z' {
			fmt.Fprintf(&quotes, "“We met %s on Monday,” an aide said. ", name)
		}
	}
	b.Run("quotes", func(b *testing.B) { benchCheck(b, src, quotes.String()) })
}

// FuzzCheck checks any pair of texts: an error or a report whose offsets
// point to the right bytes and whose scores lie in [0,1], never a panic.
func FuzzCheck(f *testing.F) {
	f.Add("Maria Ortiz, 54, was elected mayor.", "Maria Ortiz, 45, was elected mayor.")
	f.Add(`"We will win," she said.`, `She said: "We will lose."`)
	f.Add("The minister did not sign it.", "The minister signed it.\xff")
	f.Add("The senator voted for the bill.", "The senator never voted for the bill.")
	f.Add("The storm may reach the coast by Friday.", "The storm will reach the coast on Friday, Anna Berg said.")
	f.Add("A lollipop lady was hit by a car.", "A lollipop lady was hit by a lollipop lady. She said: “I saw nothing.”")
	f.Add("The minister would not say if the festival, held between 1971 and 2010 from June to September, drew 4.5m people, or 60%.",
		"The minister declined to say whether the festival, held from 1951 to 2010 in July, drew four and a half million people, or three in five.")
	// This wave's rules at the ends of texts: relative dates (DA1 against
	// the sentence that sets the time), shares and rates, duration
	// compounds, function-word opposites, speakers through modals, names
	// in lower-case text, a value stated only elsewhere.
	f.Add("Nigel Farage will say today that refugees are welcome. He will speak in a debate.", "Farage will speak in a debate tomorrow.")
	f.Add("last week this year next month today", "last")
	f.Add("Half of the 300 workers earn £5 a week on a one-year deal.", "Two-thirds of the workers earn £5 a month on a one -")
	f.Add("The vote came before the debate, above the limit.", "The vote came after the debate, below")
	f.Add("raheem sterling said he would leave . mr young said", "sterling said mr young would")
	f.Add("Sales rose to $10bn in 2023. Sales fell.", "sales of $10bn 's")
	f.Fuzz(func(t *testing.T, source, derived string) {
		r, err := claimcheck.Check(source, derived)
		if err != nil {
			return
		}
		if r.Score < 0 || r.Score > 1 {
			t.Fatalf("document score %v", r.Score)
		}
		for _, c := range r.Claims {
			if derived[c.Start:c.End] != c.Text || c.Score < 0 || c.Score > 1 {
				t.Fatalf("claim %+v", c)
			}
			for _, e := range c.Evidence {
				if source[e.Start:e.End] != e.Text {
					t.Fatalf("evidence %+v", e)
				}
			}
			// Every finding's Text is the bytes its span names: the claim's
			// in the derived text, the source's in the source text.
			for _, fd := range c.Findings {
				if s := fd.Claim; s != nil && (s.Start < 0 || s.End > len(derived) || s.Start > s.End || derived[s.Start:s.End] != s.Text) {
					t.Fatalf("%s finding: claim span %+v names %q in the derived text", fd.Rule, *s, slice(derived, s.Start, s.End))
				}
				if s := fd.Source; s != nil && (s.Start < 0 || s.End > len(source) || s.Start > s.End || source[s.Start:s.End] != s.Text) {
					t.Fatalf("%s finding: source span %+v names %q in the source text", fd.Rule, *s, slice(source, s.Start, s.End))
				}
			}
		}
	})
}

// slice returns text[start:end], or "" when that is out of range.
func slice(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return text[start:end]
}

// TestLexiconFindings checks the findings that need the embedded lexicon:
// an antonym and a word of the same kind in a source word's place are
// contradictions; a synonym, or a word the lexicon cannot place, is not; a
// country is carried by a city in it.
func TestLexiconFindings(t *testing.T) {
	tests := []struct {
		reason, source, derived string
		label                   claimcheck.Label
		finding                 string // the explanation of the first finding that is not about content
	}{
		{"an antonym in the verb's place",
			"Sales of electric cars increased sharply in Norway last year.",
			"Sales of electric cars decreased sharply in Norway last year.",
			claimcheck.Contradicted, `the claim says "decreased" where the source says the opposite, "increased"`},
		{"an antonym starting the sentence, the claim's word found elsewhere",
			"The new drug increases the risk of falls in older patients. A smaller dose decreases the side effects.",
			"Decreases the risk of falls in older patients.",
			claimcheck.Contradicted, `the claim says "Decreases" where the source says the opposite, "increases"`},
		{"opposites that share a sense are not synonyms",
			"Two-thirds of new fathers in Britain are now over 30, a survey found.",
			"Two-thirds of new mothers in Britain are now over 30, a survey found.",
			claimcheck.Contradicted, `the claim says "mothers" where the source says the opposite, "fathers"`},
		{"the country of the source's city is carried",
			"Farmers in Lyon blocked a motorway with tractors on Friday.",
			"Farmers in France blocked a motorway with tractors on Friday.",
			claimcheck.Supported, ""},
		{"another country is a swap",
			"Farmers in Lyon blocked a motorway with tractors on Friday.",
			"Farmers in Spain blocked a motorway with tractors on Friday.",
			claimcheck.Contradicted, `the claim names "Spain" where the source has "Lyon"`},
		{"a country the source never names, inside which it names a city",
			"Farmers blocked a motorway near Lyon with tractors. The police watched.",
			"The police in France watched farmers block a motorway with tractors.",
			claimcheck.Supported, ""},
		{"a synonym is aligned, not substituted",
			"The minister refused to comment on the report from the auditors.",
			"The minister declined to comment on the report from the auditors.",
			claimcheck.Supported, ""},
		{"a substitution the lexicon cannot place is no finding: the coverage decides",
			"Rescuers found the hikers near a frozen lake on Sunday after a long search.",
			"Rescuers found the hikers near a frozen pond on Sunday after a long search.",
			claimcheck.Supported, ""},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			r, err := claimcheck.Check(tt.source, tt.derived)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Claims) != 1 {
				t.Fatalf("want one claim, got %d", len(r.Claims))
			}
			c := r.Claims[0]
			got := ""
			for _, f := range c.Findings {
				if f.Kind != claimcheck.Content {
					got = f.Explanation
					break
				}
			}
			if c.Label != tt.label || got != tt.finding {
				t.Errorf("got %s, %q; want %s, %q\nfindings: %+v", c.Label, got, tt.label, tt.finding, c.Findings)
			}
		})
	}
}

func TestNewRejectsOptionsOutOfRange(t *testing.T) {
	for _, tc := range []struct {
		opts   claimcheck.Options
		field  string
		reason string
	}{
		{claimcheck.Options{MinCoverage: math.NaN()}, "MinCoverage", "NaN compares false with everything and let a wrong number pass as supported"},
		{claimcheck.Options{MinCoverage: -0.1}, "MinCoverage", "a share below 0 has no meaning"},
		{claimcheck.Options{MinCoverage: 1.5}, "MinCoverage", "a share above 1 can never be reached"},
		{claimcheck.Options{MaxEvidence: -1}, "MaxEvidence", "a negative count of sentences"},
		{claimcheck.Options{MaxEvidence: claimcheck.MaxMaxEvidence + 1}, "MaxEvidence", "beyond the bound that keeps the work per claim bounded"},
		{claimcheck.Options{MaxBytes: -1}, "MaxBytes", "a negative length"},
		{claimcheck.Options{MaxClaims: -1}, "MaxClaims", "a negative count of sentences"},
	} {
		_, err := claimcheck.New(tc.opts)
		var oe *claimcheck.OptionError
		if !errors.As(err, &oe) || oe.Field != tc.field {
			t.Errorf("New(%+v) = %v, want an OptionError for %s (%s)", tc.opts, err, tc.field, tc.reason)
		}
	}
	if _, err := claimcheck.New(claimcheck.Options{MinCoverage: 1, MaxEvidence: claimcheck.MaxMaxEvidence, MaxBytes: 1, MaxClaims: 1}); err != nil {
		t.Errorf("New with options in range: %v", err)
	}
}

// A faithful rewrite of a bundled article, written by hand for this test
// (testdata/faithful/000-rewrite.txt: the same facts, reordered, with
// paraphrased attributions, "criticised" for "criticism", "given" for
// "presented", a headline, a repeat of a name that the source repeats too),
// must come out with every claim supported and the text consistent: a
// checker that cries wolf on faithful copy cannot gate a newsroom's CI.
func TestFaithfulRewriteIsSupported(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "faithful", "000-rewrite.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := claimcheck.Check(readArticle(t, "000"), string(b))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Claims {
		if c.Label != claimcheck.Supported {
			t.Errorf("claim %q is %s (%v), want supported", c.Text, c.Label, c.Kinds)
		}
	}
	if !r.Consistent || r.Contradicted != 0 {
		t.Errorf("report: consistent %v, %d contradicted; want consistent, none contradicted", r.Consistent, r.Contradicted)
	}
}
