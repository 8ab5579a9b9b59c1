package claims_test

import (
	"testing"

	"github.com/newsdesk/claimcheck/claims"
)

func TestAcronyms(t *testing.T) {
	a := one(t, "Aid came from the US and the WHO.")
	b := one(t, "Aid came from the U.S. and the W.H.O. to us.")
	stems := func(c claims.Statement) map[string]bool {
		m := map[string]bool{}
		for _, tok := range c.Tokens {
			if tok.Content() {
				m[tok.Stem] = true
			}
		}
		return m
	}
	sa, sb := stems(a), stems(b)
	for _, s := range []string{"us", "who"} {
		if !sa[s] || !sb[s] {
			t.Errorf("acronym %q should be content on both sides: %v %v", s, sa, sb)
		}
	}
	for _, tok := range b.Tokens {
		if tok.Text == "us" && tok.Content() {
			t.Error(`the pronoun "us" should stay a function word`)
		}
	}
}
