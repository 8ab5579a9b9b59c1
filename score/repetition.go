package score

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
)

// repetition notes a name the claim gives twice, word for word. News
// writing names someone once and then says "he" or "the club"; a sentence
// that names one thing twice mostly relates it to itself ("Gloucester came
// from behind to beat Gloucester") or pads itself with a made-up detail:
// the marks of a garbled summary. Only a repeat within repeatReach tokens
// counts: a claim far longer than a sentence (a text without full stops)
// may mention a thing again. It gives at most one finding per claim.
//
//	RE1: one name twice, as if it were two.
//
// RE2, two content words said twice ("a lollipop lady was hit by a
// lollipop lady"), was removed: on the train files it fired as often on
// consistent texts as on inconsistent ones (ratio 1.04, 740 cases).
//
// A repeat the source makes too is the source's wording, not a garbling
// ("A contact of X said ... and that X made it clear"): an aligned
// sentence that names the same thing twice keeps the claim's repeat from
// being noted.
func repetition(v *view, _ *account) outcome {
	f, words, ok := repeatedName(v.c)
	if !ok {
		return outcome{}
	}
	for _, s := range v.evidence() {
		if namesTwice(s, words) {
			return outcome{}
		}
	}
	return outcome{findings: []Finding{f}}
}

// namesTwice reports whether sentence s has two names with these words.
func namesTwice(s *claims.Statement, words []string) bool {
	n := 0
	for k := range s.Entities() {
		if slices.Equal(s.Entities()[k].Words, words) {
			n++
		}
	}
	return n >= 2
}

// repeatReach is how many tokens after the first mention a repeat may
// start (measured: 20 lost a third of the gain on XSum, 30 kept all of it,
// and a longer reach added nothing).
const repeatReach = 30

// repeatedName returns the RE1 finding for the second of two names of c
// with the same words, within repeatReach tokens, and those words.
func repeatedName(c *claims.Statement) (Finding, []string, bool) {
	es := c.Entities()
	for a := range es {
		if designation(c, &es[a]) {
			continue
		}
		for b := a + 1; b < len(es); b++ {
			if len(es[a].Words) > 0 && slices.Equal(es[a].Words, es[b].Words) && tokenAfter(c, es[b].Start())-tokenAfter(c, es[a].Start()) <= repeatReach {
				e := &es[b]
				return Finding{Kind: Repetition, Rule: RE1, Claim: Span{e.Text(), e.Start(), e.End()}, Factor: factors[RE1],
					Explanation: fmt.Sprintf("the claim names %q twice, as if it were two", e.Text())}, e.Words, true
			}
		}
	}
	return Finding{}, nil, false
}

// designation reports whether a name of c designates a kind of thing or a
// measure rather than someone told of once and then called "he": one word
// with a digit in it (a chemical formula, "CO2"; a quarter, "Q3"; a model),
// or a unit after a value that is no date ("500 MW", "20 C", "5 PM"; "the
// 2011 Queensland floods" names a place). Such words are written again
// wherever the thing is meant, and saying one twice garbles nothing.
func designation(c *claims.Statement, e *claims.Entity) bool {
	if len(e.Words) == 1 && strings.ContainsAny(e.Text(), "0123456789") {
		return true
	}
	i := tokenAfter(c, e.Start())
	if i == 0 || c.Tokens[i-1].Kind != claims.NumberToken {
		return false
	}
	at := c.Tokens[i-1].Start()
	return !slices.ContainsFunc(c.Dates(), func(d claims.Date) bool { return d.Start() <= at && at < d.End() })
}
