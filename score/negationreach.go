package score

import (
	"slices"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// How far a negation reaches: from a sentence that goes on with a pronoun
// (continues), over the noun phrase of "had NP turned down" (causedBefore),
// and not to a claim word that frames its own clause (framesItself).

// continues reports whether source sentence si goes on about the subject
// of the aligned sentence before it, opening with a pronoun ("The driver
// was taken to hospital. He has not been arrested."): the two are one
// account, and together they hold bearingWords of the claim's words.
func (v *view) continues(si int) bool {
	if si == 0 || !slices.Contains(v.m.Sentences, si-1) || v.heldBy(si)+v.heldBy(si-1) < bearingWords {
		return false
	}
	s := v.sent(si)
	for k := range s.Tokens {
		if t := &s.Tokens[k]; t.Kind == claims.WordToken {
			return lex.IsSubjectPronoun(t.Lower())
		}
	}
	return false
}

// framesItself reports whether claim token i is a participle framing what
// follows, a form of be before it and "to" after it ("is expected to",
// "was said to").
func framesItself(c *claims.Statement, i int) bool {
	return i >= 1 && i+1 < len(c.Tokens) && lex.IsBeForm(c.Tokens[i-1].Lower()) && c.Tokens[i+1].Lower() == "to"
}

// alignedBeyond reports whether a word the negation cue governs in source
// sentence si, other than its head, is aligned to the claim.
func (v *view) alignedBeyond(si, head int, words []int) bool {
	for _, k := range words {
		if k != head {
			if _, ok := v.claimAt(si, k); ok {
				return true
			}
		}
	}
	return false
}

// causedBefore returns the token of the "had" or "got" that opens "had NP
// turned down" before the negation cue at token i of c, with a noun phrase
// of at most five tokens between them and no verb, or -1.
func causedBefore(c *claims.Statement, i int) int {
	if i+1 >= len(c.Tokens) {
		return -1
	}
	if l := c.Tokens[i].Lower(); !strings.HasSuffix(l, "ed") && l != "turned" {
		return -1 // a participle: "turned (down)", "rejected", "refused"
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch l := c.Tokens[k].Lower(); {
		case l == "had" || l == "got" || l == "has" || l == "have":
			if k < i-1 {
				return k
			}
			return -1
		case c.Tokens[k].Kind != claims.WordToken || lex.IsFiniteVerb(l) && !strings.HasSuffix(l, "s"):
			return -1
		}
	}
	return -1
}
