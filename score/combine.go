package score

import (
	"math"

	"github.com/newsdesk/claimcheck/align"
)

// combine turns a claim's findings and coverage into its verdict. The score
// is the product of the findings' factors (the content finding carries the
// coverage). The label is contradicted when a finding conflicts with the
// source and enough of the claim is aligned for the conflict to be about
// the same thing; else unsupported when the coverage is below minCoverage
// or a finding other than content costs points; else supported.
func combine(m align.Match, findings []Finding, coverage, minCoverage float64) Verdict {
	v := Verdict{Match: m, Findings: findings, Coverage: coverage}
	s := 1.0
	contradicted, unsupported := false, coverage < minCoverage
	seen := map[Kind]bool{}
	for _, f := range findings {
		s *= f.Factor
		if f.Contradiction {
			contradicted = true
		} else if f.Kind != Content && f.Factor < 1 {
			// Coverage alone decides for content words, and a finding that
			// costs nothing (a substituted word) is a note for the reader.
			unsupported = true
		}
		if !seen[f.Kind] {
			seen[f.Kind] = true
			v.Kinds = append(v.Kinds, f.Kind)
		}
	}
	v.Score = math.Max(0, math.Min(1, s))
	// A conflict with the source is the more useful signal than content the
	// source lacks, as long as enough of the claim is aligned for the
	// conflict to be about the same thing.
	switch {
	case contradicted && coverage >= minCoverage*contradictedCoverage:
		v.Label = Contradicted
	case unsupported:
		v.Label = Unsupported
	default:
		v.Label = Supported
	}
	return v
}

// Document returns the score of a whole derived text from its claims'
// verdicts: the mean of the claim scores, pulled down towards the worst
// claim, so that one contradicted claim in a long text still shows.
// Claims are weighted by their number of content words. No claims give 1.
func Document(vs []Verdict) float64 {
	if len(vs) == 0 {
		return 1
	}
	sum, wsum, worst := 0.0, 0.0, 1.0
	for _, v := range vs {
		w := float64(max(1, len(v.Match.Words)+len(v.Match.Unmatched)))
		sum += w * v.Score
		wsum += w
		worst = math.Min(worst, v.Score)
	}
	return (1-docWorst)*(sum/wsum) + docWorst*worst
}
