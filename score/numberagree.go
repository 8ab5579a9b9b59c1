package score

import (
	"math"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// When two numbers agree: the same role (unit, kind, rate, share), the
// same amount within rounding and bounds, a fraction against a percentage,
// a share of a whole the source gives. numbers (number.go) asks these of
// the claim's numbers against the source's.

// sameNumberRole reports two numbers of the same unit and kind. Durations
// are all in seconds ("three days" agrees with "72 hours"), but one is in
// another's role only on the same side of a day, or within a factor of ten
// of it (see sameMagnitude): "two weeks" is a rival of "10 days", "5
// minutes" of "5 seconds" and "48 hours" of "three days", but "in 20
// minutes" no rival of "4 days ago".
//
// A share ("half of the voters", "three in five voters") is in the role of
// another share of the same noun only, not of a count of it ("300
// voters"): the claim may count what the source divides. Rates over
// different periods are in one role only for the same amount (see
// ratesApart).
func sameNumberRole(a, b *claims.Number) bool {
	if a.Unit == "" || a.Unit != b.Unit || a.Ordinal != b.Ordinal || isShare(a) != isShare(b) || ratesApart(a, b) {
		return false
	}
	return a.Unit != "second" || (a.Value < claims.SecondsPerDay) == (b.Value < claims.SecondsPerDay) || sameMagnitude(a, b)
}

// numbersAgree reports whether two numbers can state the same quantity:
// the same period, when both are rates ("£100,000 a week" is not "£100,000
// a month"; see amountsAgree for the rest).
func numbersAgree(a, b *claims.Number) bool {
	return !periodsDiffer(a, b) && amountsAgree(a, b)
}

// periodsDiffer reports two rates over different periods ("a week", "a
// month"). A number that states no period may be a rate over any: "a
// £100,000 contract" is not contradicted by "£100,000 a week".
func periodsDiffer(a, b *claims.Number) bool {
	return a.Per != claims.NoPeriod && b.Per != claims.NoPeriod && a.Per != b.Per
}

// ratesApart reports two rates that state nothing about each other: over
// different periods, and different amounts. claimcheck does not turn one
// period into another ("£5.2m a year" against "£100,000 a week"), so such
// rates are in no role of each other; the same amount over another period
// ("£100,000 a month" for "£100,000 a week") is a rival.
func ratesApart(a, b *claims.Number) bool {
	return periodsDiffer(a, b) && !amountsAgree(a, b)
}

// amountsAgree reports whether two numbers, their periods aside, can
// state the same quantity: compatible units (counts of different nouns
// may still be the same count, but not two different measures) and values
// equal, or within 15% when either is approximate, or overlapping ranges,
// or one the other rounded to the precision it is written to.
func amountsAgree(a, b *claims.Number) bool {
	if a.Ordinal != b.Ordinal {
		return false
	}
	if f, p, ok := fractionAndPercent(a, b); ok {
		return fractionIsPercent(f, p)
	}
	if a.Unit != b.Unit && lex.IsMeasure(a.Unit) && lex.IsMeasure(b.Unit) {
		return false
	}
	tol := 1e-9
	if a.Approx || b.Approx {
		tol = 0.15
	}
	lo := math.Max(a.Value, b.Value)
	hi := math.Min(a.Max, b.Max)
	// The tolerance widens by the size of the value: "-5C" is "minus 5C",
	// which hi*(1+tol) would move below itself.
	return lo <= hi+tol*math.Abs(hi)+1e-9 || roundsTo(a, b) || roundsTo(b, a)
}

// fractionAndPercent returns, of two numbers, the fraction and the
// percentage, when one is each: a fraction ("two-thirds of", "three in
// five", "2/3 of") is a value between 0 and 1 that claims takes as exact
// (Step 0; digits such as "0.6" have a step) of no measure.
func fractionAndPercent(a, b *claims.Number) (f, p *claims.Number, ok bool) {
	switch {
	case isShare(a) && b.Unit == "percent":
		return a, b, true
	case isShare(b) && a.Unit == "percent":
		return b, a, true
	}
	return nil, nil, false
}

// isShare reports a fraction of a whole ("two-thirds of", "three in five",
// "2/3 of"): a value between 0 and 1 that claims takes as exact (Step 0;
// digits such as "0.6" have a step) of no measure.
func isShare(n *claims.Number) bool {
	return n.Value > 0 && n.Value < 1 && n.Max == n.Value && n.Step == 0 && !n.Ordinal && !lex.IsMeasure(n.Unit)
}

// fractionSlack is how many points a percentage may stand from a fraction
// in words and still state it: "two-thirds" is 66% or 67%, "one in three"
// 33%.
const fractionSlack = 1.0

// smallShareSlack is the share of its own value that a small fraction's
// percentage may stand from it, where that is less than fractionSlack:
// "one in 25" is 4% but not 5%, and "one in 20" 5% but not 4%.
const smallShareSlack = 0.15

// fractionIsPercent reports whether percentage p states fraction f, within
// fractionSlack points (or smallShareSlack of a small fraction), or within
// the tolerance of an approximate value ("about 70%" for "two-thirds").
func fractionIsPercent(f, p *claims.Number) bool {
	v := 100 * f.Value
	tol := math.Min(fractionSlack, smallShareSlack*v)
	if f.Approx || p.Approx {
		tol = math.Max(tol, 0.15*v)
	}
	return v >= p.Value-tol && v <= p.Max+tol
}

// boundHolds reports whether claim number n of c is a lower bound ("more
// than 100 bodies") that number m of source sentence s keeps: "more than
// 100" holds of 116, though 116 is further from 100 than an approximation
// may be. Only a number of the same unit or counted noun, stated without a
// qualifier of its own ("up to 70 per cent" is no value), can keep it, and
// only one below twice the bound: any larger number would keep "more than",
// and a writer who rounds a value down to a bound rounds to a value near
// it. An ordinal or a range is left to numbersAgree, and so is an upper
// bound ("up to 50%"), which every smaller number of the sentence would
// keep.
func boundHolds(c, s *claims.Statement, n, m *claims.Number) bool {
	if n.Ordinal || m.Ordinal || m.Approx || m.Max != m.Value || n.Max != n.Value || n.Value <= 0 || n.Unit == "" || n.Unit != m.Unit {
		return false
	}
	if s == nil || boundOf(s, m) != noBound {
		return false
	}
	return boundOf(c, n) == lowerBound && m.Value >= n.Value && m.Value < 2*n.Value
}

// sentenceOf returns the aligned source sentence that holds number m, or
// nil.
func (v *view) sentenceOf(m *claims.Number) *claims.Statement {
	for _, si := range v.m.Sentences {
		if s := v.sent(si); s.Start() <= m.Start() && m.End() <= s.Start()+len(s.Text()) {
			return s
		}
	}
	return nil
}

// The bounds a number's qualifier may set.
const (
	noBound = iota
	lowerBound
	upperBound
)

// boundPhrases are the qualifiers that make a number a bound, by the one
// or two words before it. Origin: hand-written, the English phrases of
// "at least" and "at most".
var boundPhrases = map[string]int{"more than": lowerBound, "over": lowerBound, "at least": lowerBound,
	"upwards of": lowerBound, "above": lowerBound, "less than": upperBound, "fewer than": upperBound,
	"under": upperBound, "up to": upperBound, "at most": upperBound, "below": upperBound}

// boundOf returns the bound the words before number n of c set ("more than
// 100", "up to $5bn"), skipping a currency sign before it.
func boundOf(c *claims.Statement, n *claims.Number) int {
	a, _ := tokenRange(c, n.Start(), n.End())
	if a > 0 && c.Tokens[a-1].Kind == claims.PunctToken {
		a-- // a currency sign: "more than $5bn"
	}
	if a >= 2 {
		if b, ok := boundPhrases[c.Tokens[a-2].Lower()+" "+c.Tokens[a-1].Lower()]; ok {
			return b
		}
	}
	if a >= 1 {
		return boundPhrases[c.Tokens[a-1].Lower()]
	}
	return noBound
}

// roundsTo reports whether single value a is written less precisely than
// b and b rounds to it: "97%" for "97.2%", "$3.1 billion" for "$3.14
// billion"; "99%" is not "99.9%" rounded, nor "3%" "3.5%", nor "0"
// "0.07", nor a bare "1" (an item of a list) "10 months" (0.83 years).
func roundsTo(a, b *claims.Number) bool {
	if a.Max != a.Value || b.Max != b.Value || a.Step <= b.Step || a.Value*b.Value <= 0 {
		return false // a range, or a zero that anything small rounds to
	}
	if lex.IsMeasure(a.Unit) != lex.IsMeasure(b.Unit) {
		return false // a measure is not rounded to a value of no measure
	}
	return math.Abs(a.Value-b.Value) < a.Step/2*(1-1e-9)
}

// shareOf returns the share of source number m of s that the words before
// it take, when m is a whole a part of which is meant: "half of the 300
// workers" (0.5), "a third of the 90 pupils" (1/3); 0 for none. A whole
// stays a rival of a claim's count, which may be about the whole: "has 26
// timepieces" is contradicted by "showing off some of the 16 ...
// timepieces".
func shareOf(s *claims.Statement, m *claims.Number) float64 {
	if s == nil {
		return 0
	}
	i, _ := tokenRange(s, m.Start(), m.End())
	i--
	for i >= 0 && wholeDeterminers[s.Tokens[i].Lower()] {
		i--
	}
	if i < 1 || s.Tokens[i].Lower() != "of" {
		return 0
	}
	p := &s.Tokens[i-1]
	if f, ok := shareWords[p.Lower()]; ok {
		return f
	}
	for k := range s.Numbers() {
		if x := &s.Numbers()[k]; x.End() == p.End() && x.Value > 0 && x.Value < 1 {
			return x.Value // "a third", "two-thirds"
		}
	}
	return 0
}

// shareAgrees reports whether claim number n is the share of source number
// m of s that the words before m take, worked out: "some 150 workers" for
// "about half of the 300 workers". A share in words is loose, so the part
// is taken as approximate.
func shareAgrees(s *claims.Statement, n, m *claims.Number) bool {
	f := shareOf(s, m)
	if f == 0 {
		return false
	}
	part := *m
	part.Value, part.Max, part.Approx, part.Step = m.Value*f, m.Max*f, true, 0
	return numbersAgree(n, &part)
}

// wholeDeterminers are the words that may stand between "of" and a whole
// ("half of the 300 workers"). Origin: the English articles, possessives
// and demonstratives.
var wholeDeterminers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "these": true, "those": true, "this": true, "that": true}

// shareWords are the words of a share before "of" and a whole, with the
// share they take, where claims reads no number ("the bottom half of the
// 300", "quarter of the 90"); it reads the others as numbers ("a third",
// "two-thirds", "half of"), which shareOf takes too. Origin: hand-written
// for claimcheck from English usage.
var shareWords = map[string]float64{"half": 0.5, "quarter": 0.25}
