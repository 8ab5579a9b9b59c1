// Package gate holds a report to a rule: no contradicted claim, no claim
// short of supported, no finding of given rules, a floor on the document
// score. examples/check's
// -fail-on and package claimchecktest share it.
package gate

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/newsdesk/claimcheck"
)

// A Rule is what a report must satisfy. The zero Rule holds for every report.
type Rule struct {
	Contradicted bool    // fail on a contradicted claim
	Unsupported  bool    // fail on any claim that is not supported, contradicted ones included
	MinScore     float64 // fail when the document score is below it; 0 sets no floor
	// Findings fails a claim with a finding of one of these rules, whatever
	// its label: "HE1" for a hedge the claim drops ("allegedly stole" for
	// "stole"), which costs a claim nothing since the train files say it is
	// no evidence of inconsistency, but which a court desk must not print.
	Findings []claimcheck.Rule
}

// A Violation is one way a report breaks a rule.
type Violation struct {
	Claim int // the index of the offending claim in Report.Claims, or -1 for the document score
}

// Check returns the ways the report breaks the rule, claims first in their
// order, then the score; none when it holds.
func (r Rule) Check(rep *claimcheck.Report) []Violation {
	var out []Violation
	for i, c := range rep.Claims {
		if r.Breaks(c) {
			out = append(out, Violation{Claim: i})
		}
	}
	if rep.Score < r.MinScore {
		out = append(out, Violation{Claim: -1})
	}
	return out
}

// Breaks reports whether one claim breaks the rule, the document score
// aside: a caller that is handed claims one at a time (claimcheck.Stream)
// holds each to the rule as it comes.
func (r Rule) Breaks(c claimcheck.Claim) bool { return r.Reason(c) != "" }

// Reason says why a claim breaks the rule: its label when the label does,
// else the first finding of one of the rule's Findings ("HE1"); "" when it
// holds.
func (r Rule) Reason(c claimcheck.Claim) string {
	if (r.Unsupported && c.Label != claimcheck.Supported) || (r.Contradicted && c.Label == claimcheck.Contradicted) {
		return string(c.Label)
	}
	for _, f := range c.Findings {
		if slices.Contains(r.Findings, f.Rule) {
			return string(f.Rule)
		}
	}
	return ""
}

// Fails reports whether the report breaks the rule.
func (r Rule) Fails(rep *claimcheck.Report) bool { return len(r.Check(rep)) > 0 }

// String says what the rule requires, as -fail-on would be written to get
// it: "contradicted,score<0.5"; "none" for the zero Rule.
func (r Rule) String() string {
	var parts []string
	if r.Contradicted {
		parts = append(parts, "contradicted")
	}
	if r.Unsupported {
		parts = append(parts, "unsupported")
	}
	for _, id := range r.Findings {
		parts = append(parts, string(id))
	}
	if r.MinScore > 0 {
		parts = append(parts, "score<"+strconv.FormatFloat(r.MinScore, 'f', -1, 64))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ",")
}

// Describe says in words what the rule requires: "no contradicted claim,
// score at least 0.5".
func (r Rule) Describe() string {
	var parts []string
	switch {
	case r.Unsupported:
		parts = append(parts, "every claim supported")
	case r.Contradicted:
		parts = append(parts, "no contradicted claim")
	}
	if len(r.Findings) > 0 {
		ids := make([]string, len(r.Findings))
		for i, id := range r.Findings {
			ids[i] = string(id)
		}
		parts = append(parts, "no "+strings.Join(ids, " or ")+" finding")
	}
	if r.MinScore > 0 {
		parts = append(parts, "score at least "+strconv.FormatFloat(r.MinScore, 'f', -1, 64))
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, ", ")
}

// Parse reads a rule written as -fail-on takes it: a comma-separated list of
// "contradicted" (fail on a contradicted claim), "unsupported" (fail on any
// claim not supported), rule IDs such as "HE1" (fail on a claim with a
// finding of that rule; see score.Rule) and "score<X" (fail when the
// document score is below X, a number above 0 and at most 1). "" and
// "none" give the zero Rule.
func Parse(s string) (Rule, error) {
	var r Rule
	s = strings.TrimSpace(s)
	if s == "" || s == "none" {
		return r, nil
	}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		switch {
		case part == "contradicted":
			r.Contradicted = true
		case part == "unsupported":
			r.Unsupported = true
		case strings.HasPrefix(part, "score<"):
			x, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimPrefix(part, "score<")), 64)
			if err != nil || math.IsNaN(x) || x <= 0 || x > 1 {
				return Rule{}, fmt.Errorf("-fail-on %q: want score<X with X above 0 and at most 1", part)
			}
			r.MinScore = x
		case claimcheck.Rule(part).Known():
			if !slices.Contains(r.Findings, claimcheck.Rule(part)) {
				r.Findings = append(r.Findings, claimcheck.Rule(part))
			}
		default:
			return Rule{}, fmt.Errorf("-fail-on %q: want contradicted, unsupported, a rule ID such as HE1, or score<X", part)
		}
	}
	return r, nil
}
