package claimcheck

import (
	"context"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/score"
	"github.com/newsdesk/claimcheck/testdata"
)

// TestDocumentScoreFromWeights holds judging.finish to score.Document over
// the real verdicts: the stream keeps only each verdict's score and number
// of content words, and must give the very same document score (compared
// before rounding), on the bundled pairs and on texts whose claims range
// from supported to unrelated. It fails when score.Document starts reading
// more of a verdict than the stream keeps.
func TestDocumentScoreFromWeights(t *testing.T) {
	read := func(name string) string {
		b, err := fs.ReadFile(testdata.Articles, "articles/"+name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	pairs := [][2]string{
		{read("000_12edaa15f57ff991.txt"), read("001_6ee0d0037e5bb740.txt")},
		{read("002_8ded476984d74948.txt"), read("003_0028ed931bb52941.txt")},
		{read("000_12edaa15f57ff991.txt"), read("003_0028ed931bb52941.txt")}, // mostly unrelated
		{"The mayor opened the library on Monday.", "The mayor opened the library on Monday."},
		{"The mayor opened the library on Monday. It cost 12 million dollars.",
			strings.Repeat("The mayor did not open the library on Friday. It cost 21 million dollars. Rain fell. ", 20)},
	}
	c := &Checker{}
	for i, p := range pairs {
		src, err := c.NewSource("source", p[0])
		if err != nil {
			t.Fatal(err)
		}
		doc, err := c.parse("derived", p[1])
		if err != nil {
			t.Fatal(err)
		}
		var verdicts []score.Verdict
		var weights []score.ClaimWeight
		for k := range doc.Statements {
			v := score.JudgeIn(src.index(c.opts.maxEvidence()), doc, k, score.Options{})
			verdicts = append(verdicts, v)
			weights = append(weights, score.WeightOf(v))
		}
		if want, got := score.Document(verdicts), score.DocumentOfWeights(weights); want != got {
			t.Errorf("pair %d: document score %v from the weights, want %v from the verdicts", i, got, want)
		}
	}
}

// TestWindowsHoldNear checks that a Stream reading its text window by
// window has, for each claim it judges, the very claims around it that
// score.JudgeIn reads of the whole parsed text (score.TextBefore before
// it, score.TextAfter after), at several window sizes, the smallest the
// fewest a judgement reads.
func TestWindowsHoldNear(t *testing.T) {
	b, err := fs.ReadFile(testdata.Articles, "articles/003_0028ed931bb52941.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(b)+"\n\n", 3)
	whole := claims.Parse(text).Statements
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	// near is what the claims around claim i give through their fields
	// and methods: their own fields are spans into their document's
	// arrays, in which a window and the whole text differ.
	near := func(sts []claims.Statement, i int) [][]any {
		var f [][]any
		for k := max(0, i-score.TextBefore); k < min(len(sts), i+score.TextAfter+1); k++ {
			st := &sts[k]
			f = append(f, []any{st.Sentence(), st.Tokens, st.Numbers(), st.Dates(), st.RelativeDates(), st.Entities(), st.Quotes(), st.Cues(), st.Dangling()})
		}
		return f
	}
	defer func(n int) { windowClaims = n }(windowClaims)
	for _, w := range []int{11, 12, 40, 1000} {
		windowClaims = w
		var j judging
		j.startOutline(context.Background(), c, claims.MakeOutline(text), false, func(*claims.Statement) []*Source { return nil })
		for i := range whole {
			if _, ok, err := j.next(); !ok || err != nil {
				t.Fatalf("windows of %d: claim %d: ok %v, err %v", w, i, ok, err)
			}
			if i == len(whole)-1 {
				break // the last claim released the window
			}
			if !reflect.DeepEqual(near(whole, i), near(j.doc.Statements, i-j.from)) {
				t.Fatalf("windows of %d: the claims around claim %d differ from the whole text's", w, i)
			}
		}
	}
}
