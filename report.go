package claimcheck

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/newsdesk/claimcheck/score"
)

// A Report is the result of checking a derived text: a verdict per claim
// and a score for the whole text. It marshals to the JSON that
// examples/check prints.
type Report struct {
	// Score summarises the claims in [0,1], 1 meaning every claim is fully
	// supported. It is the content-weighted mean of the claim scores averaged
	// with the lowest claim score, so that one contradicted claim in a long
	// text still pulls it down.
	Score float64 `json:"score"`
	// Probability is Score read as the probability that the text is
	// consistent with its source, as calibrated on human-labelled summaries
	// (see score.Probability): of the summaries given about 0.45, about 45%
	// were judged consistent. It ranks texts as Score does, and runs from
	// about 0.06 (a Score of 0) to 0.81 (a text with no finding at all),
	// since the checks miss some errors.
	Probability float64 `json:"probability"`
	// Consistent is the verdict on the whole text: Probability is at least
	// ConsistentThreshold.
	Consistent   bool       `json:"consistent"`
	Supported    int        `json:"supported"`
	Contradicted int        `json:"contradicted"`
	Unsupported  int        `json:"unsupported"`
	Claims       []Claim    `json:"claims"`
	Sources      []string   `json:"sources"`
	Excluded     []Excluded `json:"excluded,omitempty"` // what cleaning left out of the derived text
}

// ConsistentThreshold is the default Probability at or above which a Report
// says the text is Consistent: the threshold of best balanced accuracy on
// human-labelled summaries, which for a calibrated probability sits near the
// share of consistent texts in them (0.41). One threshold does not suit
// every kind of text: the README gives its balanced accuracy on each
// dataset, and on texts that copy their source (extractive summaries) a
// higher one does better. Where missing an error costs more than a false
// alarm, choose a higher threshold on labelled texts of your own.
const ConsistentThreshold = score.ConsistentThreshold

// A Claim is one claim of the derived text and the verdict on it.
type Claim struct {
	Text     string     `json:"text"`
	Start    int        `json:"start"` // byte offsets into the derived text
	End      int        `json:"end"`
	Label    Label      `json:"label"`
	Score    float64    `json:"score"`    // in [0,1]: the product of the findings' factors
	Coverage float64    `json:"coverage"` // share of the claim's weighted content the evidence carries
	Kinds    []Kind     `json:"kinds"`
	Evidence []Evidence `json:"evidence"`
	Findings []Finding  `json:"findings,omitempty"`
	Caption  bool       `json:"caption,omitempty"` // the claim is a photo's caption
}

// Evidence is a source sentence a claim was aligned to.
type Evidence struct {
	Source string `json:"source,omitempty"` // the source's name, when there are several
	Text   string `json:"text"`
	Start  int    `json:"start"` // byte offsets into that source
	End    int    `json:"end"`
}

// A Finding is one discrepancy between a claim and the source.
type Finding struct {
	Kind          Kind    `json:"kind"`
	Rule          Rule    `json:"rule"` // the rule that found it, a stable ID such as "NU1" (see score.Rule)
	Explanation   string  `json:"explanation"`
	Claim         *Span   `json:"claim,omitempty"`  // in the derived text
	Source        *Span   `json:"source,omitempty"` // in the source text
	Contradiction bool    `json:"contradiction"`
	Factor        float64 `json:"factor"` // what the claim's score is multiplied by
}

// A Rule is the stable ID of the rule a finding comes from; package score
// documents each.
type Rule = score.Rule

// A Span is a piece of a text with its byte offsets.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Excluded is a piece of the derived text that cleaning left out.
type Excluded struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"reason"`
}

// WriteText writes the report for a reader: the document score, then each
// claim with its verdict, its evidence and what differs.
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "score %.3f: %d claims, %d supported, %d contradicted, %d unsupported\n",
		r.Score, len(r.Claims), r.Supported, r.Contradicted, r.Unsupported)
	for i, c := range r.Claims {
		caption := ""
		if c.Caption {
			caption = "(caption) "
		}
		fmt.Fprintf(bw, "\n%d. [%s %.2f] %s%s\n", i+1, strings.ToUpper(string(c.Label)), c.Score, caption, fold(c.Text))
		for _, e := range c.Evidence {
			if e.Source != "" {
				fmt.Fprintf(bw, "   source (%s): %s\n", e.Source, fold(e.Text))
			} else {
				fmt.Fprintf(bw, "   source: %s\n", fold(e.Text))
			}
		}
		if len(c.Evidence) == 0 {
			fmt.Fprintln(bw, "   source: nothing related")
		}
		for _, f := range c.Findings {
			fmt.Fprintf(bw, "   - %s: %s\n", f.Kind, f.Explanation)
		}
	}
	return bw.Flush()
}

// String returns the report as WriteText writes it.
func (r *Report) String() string {
	var b strings.Builder
	r.WriteText(&b)
	return b.String()
}

// fold folds runs of white space to one space.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }
