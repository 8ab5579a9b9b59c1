package score

import (
	"fmt"

	"github.com/newsdesk/claimcheck/claims"
)

// valueFinding is the finding for a number or date of the claim: one the
// aligned sentences contradict (rival is their value) or one the source
// does not state (rival is nil).
func valueFinding(rule Rule, kind Kind, claim Span, rival *Span) Finding {
	f := Finding{Kind: kind, Rule: rule, Claim: claim, Factor: factors[rule]}
	what := ""
	if kind == Date {
		what = "the date "
	}
	if rival != nil {
		f.Source, f.Contradiction = *rival, true
		f.Explanation = fmt.Sprintf("the claim says %s%q where the source says %q", what, claim.Text, rival.Text)
	} else {
		f.Explanation = fmt.Sprintf("the source does not state %s%q", what, claim.Text)
	}
	return f
}

// compare looks for a value of the claim (a number, a date) in the source.
// It agrees when one of the aligned sentences states a value that agrees;
// otherwise the first value of the aligned sentences in the same role is its
// rival. Only when none shares its role does a value agreeing anywhere in
// the source count (anywhere says, from the Source's indexes): a same-role
// value next to the claim's words outweighs one standing elsewhere ("a
// 92-year-old telephone operator" where the source has "a 19-year-old
// telephone operator" and, elsewhere, "the 92-year-old died").
//
// ignore, if not nil, leaves out aligned sentences that do not bear on the
// value (see dates).
func compare[T any](v *view, x *T, ignore func(si int) bool, anywhere func() bool, of func(*claims.Statement) []T, agree, sameRole func(a, b *T) bool) (bool, *T) {
	var rival *T
	for _, si := range v.m.Sentences {
		if ignore != nil && ignore(si) {
			continue
		}
		ys := of(v.sent(si))
		for k := range ys {
			switch {
			case agree(x, &ys[k]):
				return true, nil
			case rival == nil && sameRole(x, &ys[k]):
				rival = &ys[k]
			}
		}
	}
	if rival == nil && anywhere() {
		return true, nil
	}
	return false, rival
}
