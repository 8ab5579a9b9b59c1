package score

import (
	"fmt"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// pronouns checks a gendered pronoun against the source's in its slot: "her
// husband" where the source says "his husband" is about someone else. It
// gives at most one finding per claim.
//
//	PR1: a pronoun where the source has one of the other gender, and none
//	     of the same.
func pronouns(v *view, _ *account) outcome {
	if v.m.Coverage < v.opts.MinCoverage {
		return outcome{}
	}
	for i := range v.c.Tokens {
		t := &v.c.Tokens[i]
		g := lex.Gender(t.Lower())
		if g == 0 {
			continue
		}
		si, from, to, ok := v.slot(i)
		if !ok {
			if si, from, to, ok = v.possessorSlot(i); !ok {
				continue
			}
		}
		s := v.sent(si)
		var other *claims.Token
		same := false
		for k := max(0, from); k < min(to, len(s.Tokens)); k++ {
			switch sg := lex.Gender(s.Tokens[k].Lower()); {
			case sg == g:
				same = true
			case sg != 0 && other == nil:
				other = &s.Tokens[k]
			}
		}
		if other != nil && !same {
			return outcome{findings: []Finding{{Kind: Entity, Rule: PR1, Claim: Span{t.Text(), t.Start(), t.End()},
				Source:        Span{other.Text(), other.Start(), other.End()},
				Explanation:   fmt.Sprintf("the claim says %q where the source says %q", t.Text(), other.Text()),
				Contradiction: true, Factor: factors[PR1]}}}
		}
	}
	return outcome{}
}

// possessorSlot returns, for a possessive pronoun i ("her collection"),
// the few source words before the word its noun is aligned to ("his watch
// collection"): the words on its other side may be aligned far away.
func (v *view) possessorSlot(i int) (si, from, to int, ok bool) {
	if !lex.IsPossessivePronoun(v.c.Tokens[i].Lower()) {
		return 0, 0, 0, false
	}
	wm, found := v.matchOf(i + 1) // only content words are aligned
	if !found {
		return 0, 0, 0, false
	}
	s := v.sent(wm.Sentence)
	from = wm.Token
	for from > 0 && from > wm.Token-3 && !lex.IsClauseBreak(s.Tokens[from-1].Text()) {
		from--
	}
	return wm.Sentence, from, wm.Token, from < wm.Token
}
