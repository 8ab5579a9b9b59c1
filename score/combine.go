package score

import (
	"math"
	"slices"

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
	if len(findings) > 0 {
		v.Kinds = make([]Kind, 0, len(findings)) // the distinct kinds, as met
	}
	for _, f := range findings {
		s *= f.Factor
		if f.Contradiction {
			contradicted = true
		} else if f.Kind != Content && f.Factor < 1 {
			// Coverage alone decides for content words, and a finding that
			// costs nothing (a substituted word) is a note for the reader.
			unsupported = true
		}
		if !slices.Contains(v.Kinds, f.Kind) {
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
	return document(len(vs), func(i int) ClaimWeight { return WeightOf(vs[i]) })
}

// A ClaimWeight is all that Document reads of a claim's verdict: its score
// and its number of content words, aligned or not.
type ClaimWeight struct {
	Score float64
	Words int
}

// WeightOf returns what Document reads of v.
func WeightOf(v Verdict) ClaimWeight {
	return ClaimWeight{Score: v.Score, Words: len(v.Match.Words) + len(v.Match.Unmatched)}
}

// DocumentOfWeights returns Document of verdicts with these weights, for a
// caller that judges a long text claim by claim and keeps only what
// Document reads of each verdict.
func DocumentOfWeights(ws []ClaimWeight) float64 {
	return document(len(ws), func(i int) ClaimWeight { return ws[i] })
}

// document is Document of n claims, claim i weighing at(i).
func document(n int, at func(i int) ClaimWeight) float64 {
	if n == 0 {
		return 1
	}
	sum, wsum, worst := 0.0, 0.0, 1.0
	for i := range n {
		c := at(i)
		w := float64(max(1, c.Words))
		sum += w * c.Score
		wsum += w
		worst = math.Min(worst, c.Score)
	}
	return (1-docWorst)*(sum/wsum) + docWorst*worst
}
