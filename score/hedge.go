package score

import (
	"fmt"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// hedges finds a hedge of the source, next to the words the claim shares
// with it, that the claim drops. A claim that hedges itself is left alone.
//
// A claim that holds its statement as someone's view keeps the hedge in
// words of its own (see holdsAsView).
//
//	HE1: the source hedges ("may", "unlikely", "seems"), the claim states it
//	     as fact.
func hedges(v *view, _ *account) outcome {
	for _, cue := range v.c.Cues() {
		if cue.Kind == claims.Hedge {
			return outcome{} // the claim hedges too
		}
	}
	if holdsAsView(v.c) {
		return outcome{}
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

// holdsAsView reports whether claim c states what it says as someone's
// view rather than as fact: a verb of belief or suspicion ("Researchers
// believe the drug reduces", "Police suspect the fire was started"; one
// that also takes a noun only before "that", see lex.StanceNeedsThat), or
// a passive of saying before "to" ("The plane is said to have crashed",
// see viewPassives). A verb of plain saying ("Officials said the fire
// started") passes the statement on as fact, and a passive of telling
// gives an instruction ("have been told to lock their doors").
func holdsAsView(c *claims.Statement) bool {
	toks := c.Tokens
	for i := range toks {
		lower := toks[i].Lower()
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Lower()
		}
		if lex.IsStanceVerb(lower) && (!lex.StanceNeedsThat(lower) || next == "that") {
			return true
		}
		if i > 0 && next == "to" && viewPassives[lower] && lex.IsBeForm(toks[i-1].Lower()) {
			return true
		}
	}
	return false
}

// viewPassives are the verbs of saying and reckoning whose passive before
// "to" passes on what is said without asserting it ("is said to have",
// "was reported to be", "is estimated to be worth"). Origin: hand-written
// for claimcheck from English usage; not the verbs of telling and asking
// ("told to", "asked to"), which instruct.
var viewPassives = map[string]bool{"said": true, "reported": true, "rumoured": true, "rumored": true,
	"alleged": true, "claimed": true, "understood": true, "estimated": true, "reckoned": true,
	"supposed": true, "presumed": true}

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
