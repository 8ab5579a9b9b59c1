package score

import (
	"fmt"
	"slices"

	"github.com/newsdesk/claimcheck/claims"
)

// repetition notes a name the claim gives twice, word for word, or two
// content words it says twice in a row. News writing names someone once
// and then says "he" or "the club"; a sentence that names one thing twice
// mostly relates it to itself ("Gloucester came from behind to beat
// Gloucester") or pads itself with a made-up detail, and one that says a
// phrase twice ("a lollipop lady was hit by a lollipop lady") has lost its
// thread: the marks of a garbled summary. Only a repeat within
// repeatReach tokens counts: a claim far longer than a sentence (a text
// without full stops) may mention a thing again. It gives at most one
// finding per claim.
//
//	RE1: one name twice, as if it were two.
//	RE2: two content words said twice.
func repetition(v *view, _ *account) outcome {
	if f, ok := repeatedName(v.c); ok {
		return outcome{findings: []Finding{f}}
	}
	if f, ok := repeatedPhrase(v.c); ok {
		return outcome{findings: []Finding{f}}
	}
	return outcome{}
}

// repeatReach is how many tokens after the first mention a repeat may
// start (measured: 20 lost a third of the gain on XSum, 30 kept all of it,
// and a longer reach added nothing).
const repeatReach = 30

// repeatedName returns the RE1 finding for the second of two names of c
// with the same words, within repeatReach tokens.
func repeatedName(c *claims.Statement) (Finding, bool) {
	es := c.Entities
	for a := range es {
		for b := a + 1; b < len(es); b++ {
			if len(es[a].Words) > 0 && slices.Equal(es[a].Words, es[b].Words) && tokenAfter(c, es[b].Start)-tokenAfter(c, es[a].Start) <= repeatReach {
				e := &es[b]
				return Finding{Kind: Repetition, Rule: RE1, Claim: Span{e.Text, e.Start, e.End}, Factor: factors[RE1],
					Explanation: fmt.Sprintf("the claim names %q twice, as if it were two", e.Text)}, true
			}
		}
	}
	return Finding{}, false
}

// repeatedPhrase returns the RE2 finding for the first two content words of
// c in a row that it said in a row a little before.
func repeatedPhrase(c *claims.Statement) (Finding, bool) {
	word := func(k int) bool { t := &c.Tokens[k]; return t.Content() && t.Kind == claims.WordToken }
	prev := -1 // the last content word
	for i := range c.Tokens {
		if !word(i) {
			continue
		}
		p := prev
		prev = i
		// The words of a compound repeat with another first part:
		// "a 12-year-old girl and a 17-year-old boy".
		if p < 0 || hyphenated(c, &c.Tokens[p]) {
			continue
		}
		// The same two words a little before?
		for k := p - 1; k >= 0 && k >= p-repeatReach; k-- {
			if !word(k) || c.Tokens[k].Stem != c.Tokens[p].Stem || hyphenated(c, &c.Tokens[k]) {
				continue
			}
			n := k + 1
			for !word(n) {
				n++
			}
			if c.Tokens[n].Stem != c.Tokens[i].Stem {
				continue
			}
			start := c.Tokens[p].Start
			phrase := c.Text[start-c.Start : c.Tokens[i].End-c.Start]
			return Finding{Kind: Repetition, Rule: RE2, Claim: Span{phrase, start, c.Tokens[i].End}, Factor: factors[RE2],
				Explanation: fmt.Sprintf("the claim says %q twice", phrase)}, true
		}
	}
	return Finding{}, false
}

// hyphenated reports whether a token of c is joined by a hyphen to the one
// before it.
func hyphenated(c *claims.Statement, t *claims.Token) bool {
	off := t.Start - c.Start
	return off > 0 && c.Text[off-1] == '-'
}
