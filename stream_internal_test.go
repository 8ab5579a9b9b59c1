package claimcheck

import (
	"io/fs"
	"strings"
	"testing"

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
		var weights []docWeight
		for k := range doc.Statements {
			v := score.JudgeIn(src.index(c.opts.maxEvidence()), doc, k, score.Options{})
			verdicts = append(verdicts, v)
			weights = append(weights, weightOf(v))
		}
		if want, got := score.Document(verdicts), documentScore(weights); want != got {
			t.Errorf("pair %d: document score %v from the weights, want %v from the verdicts", i, got, want)
		}
	}
}
