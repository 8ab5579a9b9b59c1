package score

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// content weighs the claim's content words, each by its rarity in the
// source, and reports those the source does not carry. It runs after the
// rules whose account it reads: words a contradiction explains (a changed
// number, a swapped name) are left out, and the numbers the evidence
// states and the places the source implies count as carried. Its factor
// is the share of the rest that the source carries, to the power
// contentExponent, so the score is the product of the findings.
//
//	CO1: content words the source does not carry.
func content(v *view, prior *account) outcome {
	var out outcome
	total, got := 0.0, 0.0
	var missing []int
	for _, wm := range v.m.Words {
		w := v.x.Weight(v.c.Tokens[wm.Claim].Stem())
		total += w
		got += w
	}
	for _, i := range v.m.Unmatched {
		t := &v.c.Tokens[i]
		if prior.explained(t, conflicting, nil) {
			continue
		}
		// A number written otherwise ("5bn" for "$5 billion", "three
		// decades" for "30-year") is carried when the number check accepts
		// its value; a place when the source names a place inside it.
		if within(t, prior.carried) || within(t, prior.implied) {
			w := v.x.Weight(t.Stem())
			total += w
			got += w
			continue
		}
		total += v.x.Weight(t.Stem())
		missing = append(missing, i)
	}
	out.weight = weight{total: total, carried: got}
	coverage := 1.0
	if total > 0 {
		coverage = got / total
	}
	if len(missing) == 0 {
		return out
	}
	// The first eight distinct missing words: a list, which a few
	// comparisons read through, rather than a map made for each claim.
	words := make([]string, 0, min(8, len(missing)))
	for _, i := range missing {
		if len(words) == 8 {
			break
		}
		if w := v.c.Tokens[i].Text(); !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	first, last := &v.c.Tokens[missing[0]], &v.c.Tokens[missing[len(missing)-1]]
	f := Finding{Kind: Content, Rule: CO1, Factor: math.Pow(coverage, contentExponent),
		Claim: Span{v.c.Text()[first.Start()-v.c.Start() : last.End()-v.c.Start()], first.Start(), last.End()}}
	if len(v.m.Sentences) == 0 {
		f.Explanation = "nothing in the source shares a content word with the claim"
	} else {
		f.Explanation = coverageNote(coverage, words)
	}
	out.findings = append(out.findings, f)
	return out
}

// coverageNote is CO1's explanation, "62% of the claim's content is in the
// source; missing: a, b", built in one string of its size: most claims
// have one.
func coverageNote(coverage float64, words []string) string {
	const mid, sep = "% of the claim's content is in the source; missing: ", ", "
	var num [24]byte
	pct := strconv.AppendFloat(num[:0], 100*coverage, 'f', 0, 64) // as %.0f
	n := len(pct) + len(mid) + len(sep)*max(0, len(words)-1)
	for _, w := range words {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	b.Write(pct)
	b.WriteString(mid)
	for i, w := range words {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(w)
	}
	return b.String()
}
