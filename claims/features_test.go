package claims_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsdesk/claimcheck/claims"
)

type tb interface {
	Helper()
	Fatal(...any)
}

// articles returns the bundled articles of testdata/articles.
func articles(t tb) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) != 4 {
		t.Fatal("want the four bundled articles in testdata/articles, found", len(files), err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func one(t *testing.T, src string) *claims.Statement {
	t.Helper()
	d := claims.Parse(src)
	if len(d.Statements) != 1 {
		t.Fatalf("Parse(%q) gives %d claims, want 1", src, len(d.Statements))
	}
	return &d.Statements[0]
}

// checkSpans fails when a feature of a parsed text does not name the bytes
// it holds, or lies outside its sentence: the lossless contract of the
// package doc.
func checkSpans(t *testing.T, src string) {
	t.Helper()
	span := func(what, text string, start, end int, st claims.Statement) {
		t.Helper()
		if start < st.Start() || end > st.End() || start > end || src[start:end] != text {
			t.Fatalf("%s %q at [%d,%d) is not src[start:end] inside sentence %q", what, text, start, end, st.Text())
		}
	}
	for _, st := range claims.Parse(src).Statements {
		if st.Start() < 0 || st.End() > len(src) || src[st.Start():st.End()] != st.Text() {
			t.Fatalf("sentence %q is not src[%d:%d]", st.Text(), st.Start(), st.End())
		}
		for _, x := range st.Tokens {
			span("token", x.Text(), x.Start(), x.End(), st)
		}
		for _, x := range st.Numbers() {
			span("number", x.Text, x.Start(), x.End(), st)
		}
		for _, x := range st.Dates() {
			span("date", x.Text, x.Start(), x.End(), st)
		}
		for _, x := range st.RelativeDates() {
			span("relative date", x.Text, x.Start(), x.End(), st)
		}
		for _, x := range st.Entities() {
			span("entity", x.Text(), x.Start(), x.End(), st)
		}
		for _, x := range st.Quotes() {
			span("quote", x.Text, x.Start(), x.End(), st)
		}
		for _, x := range st.Cues() {
			span("cue", x.Text(), x.Start(), x.End(), st)
			if x.Source() != "" {
				span("cue source", x.Source(), x.SourceStart(), x.SourceEnd(), st)
			}
		}
	}
}

func TestSpansOnArticles(t *testing.T) {
	for _, src := range articles(t) {
		checkSpans(t, src)
	}
}

func FuzzParseSpans(f *testing.F) {
	for _, s := range []string{
		"Ortiz, 54, said on Tuesday, March 3, that $1.2 billion was “not enough”.",
		"stan UNK died in santa monica hospital . he was 88 , the BBC said .",
		"In early 2022 two-thirds of the £5bn, according to the bank, was spent.",
		"The ma\xffyor said 1\xff2 times.",
		"Last night, this past weekend and tomorrow morning: today's teenagers watch the Today programme this",
		"Four and a half million, three in five and 2/3 of voters met from June to September 2019 at three o'clock for a quarter of a century, a two - hour wait, $ 7.8 m.",
		"One-half of them, half of the 300 and a half of it took a £100,000-a-week deal, £5 per annum, 20 patients a day, a year's pay, £5m a year ago, half of",
		"He earns £100,000-a-",
		// The ends of a text for this wave's readers: a duration compound
		// with "one" cut after its hyphen, a fraction, a relative date and
		// a possessive with nothing after them, a lone "'s".
		"a one -",
		"one-",
		"they lost half of",
		"two-thirds",
		"- half of",
		"it was last",
		"this past",
		"the day before",
		"today '",
		"'s",
		"it 's",
		"£5 a",
		"£5 per",
		"a one-day",
		"an 18-month-",
		// Lower-case names: a guessed name, an honorific and a verb of
		// saying at a text's end, and a title with nothing after it.
		"raheem sterling said sterling will say . mr young . scholes hailed sterling but says",
		"mr",
		"mr .",
		"kazomi",
		"miss young said",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { checkSpans(t, src) })
}

// TestZeroStatement checks that the zero Statement, which belongs to no
// document, answers every accessor with nothing rather than a panic.
func TestZeroStatement(t *testing.T) {
	var st claims.Statement
	if st.Text() != "" || st.Start() != 0 || st.End() != 0 || st.Caption() {
		t.Errorf("zero Statement: text %q, span %d-%d, caption %v", st.Text(), st.Start(), st.End(), st.Caption())
	}
	if st.Numbers() != nil || st.Dates() != nil || st.RelativeDates() != nil || st.Entities() != nil || st.Quotes() != nil ||
		st.Cues() != nil || st.Dangling() != nil {
		t.Error("zero Statement has features")
	}
}
