package score

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// The words around a number. A long claim is aligned to the sentences
// that carry most of it, which need not be the one a clause of it comes
// from; and a source value a claim states with one number does not vouch
// for another (see numbers). This file holds what NU reads for both: the
// clause around a claim number, how much of it the words around a source
// number carry, and the values the claim's own numbers state.

// clauseReach is how many tokens on each side of a number, within its
// clause, are the words around it (see clauseRival).
const clauseReach = 8

// clauseCandidates is how many source numbers clauseRival reads at most,
// so that a source with many values near n's costs no more than a few.
const clauseCandidates = 64

// clauseRival returns the source number in claim number n's role whose
// words around it carry most of the words around n, when its sentence is
// not among the aligned ones and states n's value nowhere: a long claim is
// aligned to the sentences that carry most of it, and those need not be
// the one a clause of it comes from. The words around a number are the
// content words within clauseReach tokens of it, up to a clause break
// (see clauseOf); the source number's must carry at least two of n's, and
// more of their weight than the aligned sentences do: than each carries
// of them, when they have no number in n's role (rival is nil), or than
// the words around each of theirs do, when all of those are other numbers
// of the claim's (see numbers). Only source numbers within a factor of
// two of n, which no other number of the claim states, are read, from the
// value index; nil when none qualifies.
func (v *view) clauseRival(n, rival *claims.Number, sameRole func(a, b *claims.Number) bool, taken func(m *claims.Number) bool) *claims.Number {
	if n.Unit == "" || n.Value <= 0 {
		return nil
	}
	cl, ok := v.clauseAround(n)
	if !ok {
		return nil
	}
	bar := 0.0
	for _, si := range v.m.Sentences {
		if rival == nil {
			bar = max(bar, cl.carriedBy(si))
			continue
		}
		ms := v.sent(si).Numbers()
		for k := range ms {
			if sameRole(n, &ms[k]) {
				_, w := cl.around(si, &ms[k])
				bar = max(bar, w)
			}
		}
	}
	// A number no other of the claim's states wins a tie with one that
	// another does; of two that tie, the nearer value.
	var best *claims.Number
	read := 0
	v.s.numbersWithin(n.Value/2, 2*n.Max, func(si int, m *claims.Number) bool {
		read++
		if taken(m) || numbersAgree(n, m) || !sameRole(n, m) || slices.Contains(v.m.Sentences, si) {
			return read >= clauseCandidates
		}
		k, w := cl.around(si, m)
		tie := w == bar && (best == nil && rival != nil || best != nil && math.Abs(math.Log(m.Value/n.Value)) < math.Abs(math.Log(best.Value/n.Value)))
		if k >= 2 && (w > bar || tie) && !v.sentenceStates(si, n, taken) {
			best, bar = m, w
		}
		return read >= clauseCandidates
	})
	return best
}

// clauseConfirms reports whether a source number of n's unit outside the
// aligned sentences states the value of claim number n, in a sentence for
// which elsewhere holds (see aboutSame), where the words around it carry
// at least two of the words around n and more of their weight than the
// words around rival, n's rival in the aligned sentences, do: "the sales
// price of the product will be 25 Euros" is the source's "the selling
// price of the product will be twenty five Euros", not its aligned "the
// product cost won't be more than twelve dot fifty Euros". It reads at
// most clauseCandidates source numbers, from the value index.
func (v *view) clauseConfirms(n, rival *claims.Number, elsewhere func(si int) bool, taken func(m *claims.Number) bool) bool {
	si := v.sentenceIndexOf(rival)
	if si < 0 {
		return false
	}
	cl, ok := v.clauseAround(n)
	if !ok {
		return false
	}
	_, bar := cl.around(si, rival)
	lo, hi := agreeBounds(n)
	read, found := 0, false
	v.s.numbersWithin(lo, hi, func(sj int, m *claims.Number) bool {
		read++
		if m.Unit == n.Unit && numbersAgree(n, m) && !taken(m) && !slices.Contains(v.m.Sentences, sj) {
			k, w := cl.around(sj, m)
			found = k >= 2 && w > bar && elsewhere(sj)
		}
		return found || read >= clauseCandidates
	})
	return found
}

// A clause is the words around a number of the claim: its tokens [a, b)
// and the content words of [from, to) beside them (see clauseOf).
type clause struct {
	v              *view
	a, b, from, to int
}

// clauseAround returns the clause of claim number n, and false for a
// number of more tokens than a clause can hold.
func (v *view) clauseAround(n *claims.Number) (clause, bool) {
	a, b := tokenRange(v.c, n.Start(), n.End())
	from, to := clauseOf(v.c, a, b)
	if to-from > 64 {
		return clause{}, false // more than the bits of around's mask
	}
	v.weigh()
	return clause{v, a, b, from, to}, true
}

// around returns how many of the clause's words the words around source
// number m of sentence si carry (see clauseOf), their own or a synonym,
// and their weight (see weigh).
func (cl clause) around(si int, m *claims.Number) (int, float64) {
	v := cl.v
	s := v.sent(si)
	ma, mb := tokenRange(s, m.Start(), m.End())
	sa, sb := clauseOf(s, ma, mb)
	var seen uint64
	k, got := 0, 0.0
	for j := sa; j < sb; j++ {
		if t := &s.Tokens[j]; (j < ma || j >= mb) && t.Content() {
			for at := v.wanted[t.Stem()]; at > 0; at = v.wantedBy[at-1].next {
				if i := v.wantedBy[at-1].token; i >= cl.from && i < cl.to && (i < cl.a || i >= cl.b) && seen&(1<<(i-cl.from)) == 0 {
					seen |= 1 << (i - cl.from)
					k++
					got += v.claimWeights[i]
				}
			}
		}
	}
	return k, got
}

// carriedBy returns the weight of the clause's words that source sentence
// si has anywhere, or a synonym of (see hitsOf).
func (cl clause) carriedBy(si int) float64 {
	hits := cl.v.hitsOf(si)
	w := 0.0
	for i := cl.from; i < cl.to; i++ {
		if (i < cl.a || i >= cl.b) && cl.v.claimWeights[i] >= 0 && hits[i] {
			w += cl.v.claimWeights[i]
		}
	}
	return w
}

// sentenceIndexOf returns the aligned source sentence that holds number
// m, as an index into the source's statements, or -1.
func (v *view) sentenceIndexOf(m *claims.Number) int {
	for _, si := range v.m.Sentences {
		if s := v.sent(si); s.Start() <= m.Start() && m.End() <= s.Start()+len(s.Text()) {
			return si
		}
	}
	return -1
}

// clauseOf returns the tokens of c around tokens [a, b): up to clauseReach
// on each side, and not past a clause break.
func clauseOf(c *claims.Statement, a, b int) (from, to int) {
	from, to = a, b
	for from > 0 && a-from < clauseReach && !lex.IsClauseBreak(c.Tokens[from-1].Text()) {
		from--
	}
	for to < len(c.Tokens) && to-b < clauseReach && !lex.IsClauseBreak(c.Tokens[to].Text()) {
		to++
	}
	return from, to
}

// sentenceStates reports whether source sentence si states the value of
// claim number n in a number that is not taken (see numbers).
func (v *view) sentenceStates(si int, n *claims.Number, taken func(m *claims.Number) bool) bool {
	ms := v.sent(si).Numbers()
	for k := range ms {
		if numbersAgree(n, &ms[k]) && !taken(&ms[k]) {
			return true
		}
	}
	return false
}

// claimValues are the values a claim's numbers state, sorted by unit and
// value, for numbers to ask whether another number of the claim states a
// source value: a claim has few numbers, and a search of them costs less
// than asking each for each source number.
type claimValues []*claims.Number

// claimValuesOf returns the values of numbers.
func claimValuesOf(numbers []claims.Number) claimValues {
	if len(numbers) < 2 {
		return nil // a lone number is n itself
	}
	vs := make(claimValues, len(numbers))
	for k := range numbers {
		vs[k] = &numbers[k]
	}
	slices.SortFunc(vs, func(a, b *claims.Number) int {
		return cmp.Or(strings.Compare(a.Unit, b.Unit), cmp.Compare(a.Value, b.Value))
	})
	return vs
}

// takes reports whether a number of the claim other than n states the
// value of source number m (see sameValue), n another value, and the two
// are not one quantity written two ways: "10 kg (23 lb)" states the
// source's "23-pound" twice, and "$6.52 ... at least $6" two values,
// though "at least $6" is within the tolerance of 6.52 (see
// sameQuantity).
func (vs claimValues) takes(m, n *claims.Number) bool {
	i, _ := slices.BinarySearchFunc(vs, m, func(a, b *claims.Number) int {
		return cmp.Or(strings.Compare(a.Unit, b.Unit), cmp.Compare(a.Value, b.Value))
	})
	for ; i < len(vs) && vs[i].Unit == m.Unit && vs[i].Value == m.Value; i++ {
		if vs[i] != n && sameValue(vs[i], m) && !sameQuantity(vs[i], n) && (n.Value != m.Value || n.Max != m.Max) {
			return true
		}
	}
	return false
}

// sameQuantity reports whether two numbers state one quantity: agreeing
// within rounding (see amountsAgree), or, when either is qualified
// ("about", "at least"), within conversionSlack of each other: "10 kg (23
// lb)", "700 meters (about 2,300 feet)", "3.1 billion" and "3.14
// billion", not "at least $6" and "$5.53", which a writer who bounds a
// value does not mean as one.
func sameQuantity(a, b *claims.Number) bool {
	if !numbersAgree(a, b) {
		return false
	}
	if !a.Approx && !b.Approx {
		return true
	}
	near := func(x, y float64) bool { return math.Abs(x-y) <= conversionSlack*math.Max(math.Abs(x), math.Abs(y)) }
	return near(a.Value, b.Value) && near(a.Max, b.Max)
}

// conversionSlack is how far apart, as a share of the larger, two values
// of which one is qualified may be and still be one quantity written in
// two units: a conversion rounds ("about 2,300 feet" for 700 metres is
// 0.2% off), an approximation of another value need not.
const conversionSlack = 0.02

// sameValue reports two numbers that state the same value in the same
// unit and kind, over no different periods: "at least $6" and "$6", not
// "$6.52" (which approximates the first) nor "6 people".
func sameValue(a, b *claims.Number) bool {
	return a.Unit == b.Unit && a.Ordinal == b.Ordinal && a.Value == b.Value && a.Max == b.Max && !periodsDiffer(a, b)
}
