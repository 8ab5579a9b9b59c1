package score

import (
	"fmt"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// hedges finds a hedge of the source, next to the words the claim shares
// with it, that the claim drops. A claim that hedges itself is left alone.
//
//	HE1: the source hedges ("may", "unlikely", "seems"), the claim states it
//	     as fact.
func hedges(v *view, _ *account) outcome {
	for _, cue := range v.c.Cues() {
		if cue.Kind == claims.Hedge {
			return outcome{} // the claim hedges too
		}
	}
	for _, si := range v.m.Sentences {
		s := v.sent(si)
		lo, hi, n := len(s.Tokens), -1, 0
		for _, wm := range v.m.Words {
			if wm.Sentence == si {
				lo, hi, n = min(lo, wm.Token), max(hi, wm.Token), n+1
			}
		}
		if n < 2 {
			continue
		}
		for _, cue := range s.Cues() {
			if cue.Kind != claims.Hedge {
				continue
			}
			if cue.Token() >= lo-3 && cue.Token() <= hi || cue.Token() < lo && hedgeReaches(s, cue.Token(), lo) {
				return outcome{findings: []Finding{{Kind: Hedge, Rule: HE1, Source: Span{cue.Text(), cue.Start(), cue.End()},
					Claim:       Span{v.c.Text(), v.c.Start(), v.c.End()},
					Explanation: fmt.Sprintf("the source hedges (%q); the claim states it as fact", cue.Text()),
					Factor:      factors[HE1]}}}
			}
		}
	}
	return outcome{}
}

// hedgeReaches reports whether a hedge at token i reaches token k further
// on: a hedge covers the rest of its clause ("seems to have used the aide as
// an intermediary"), up to hedgeScope tokens.
func hedgeReaches(c *claims.Statement, i, k int) bool {
	if k-i > hedgeScope {
		return false
	}
	for n := i + 1; n < k; n++ {
		if lex.IsClauseBreak(c.Tokens[n].Text()) {
			return false
		}
	}
	return true
}

// hedgeScope is how many tokens a hedge reaches within its clause.
const hedgeScope = 10
