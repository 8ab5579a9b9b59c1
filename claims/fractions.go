// The recognisers of parts of a whole: a share ("three in five", "2/3 of"), a
// fraction of a measure ("a quarter of a century", "half an hour") and the
// fraction words they read ("a third of", "half of", "one-half of"). Each
// is a row of numberValues (numbers.go).

package claims

import (
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// N16: a share of a whole, read as the fraction it is: "three in five
// voters" and "nine out of 10 doctors" (0.6 and 0.9, of the noun after
// them), "2/3 of voters" (of the noun after "of"), so that it agrees with
// "two-thirds of voters" and, in score, with "60%". The whole is a small or
// round number (2 to 10, 20, 100, 1000) larger than the part, or any
// larger number after one ("one in 25 children", "1 in 14"): "four in 15
// appearances" counts goals over games. A year is no whole ("one in
// 2013"), nor a measure ("one in 10 minutes"). Digits joined by a slash
// are a fraction only before "of" ("24/7" is no share), and a share before
// a multiplier ("one in five million") is left to the numbers it is made
// of.
func shareValue(s *numberScan) match {
	toks, i := s.toks, s.i
	x, ok := wholeNumber(&toks[i])
	if !ok || x < 1 || i+2 >= len(toks) || i > 0 && toks[i-1].Lower() == "number" {
		return noMatch // "number one in 11 countries" is a rank
	}
	k := i + 1 // the whole's token
	switch {
	case toks[k].Text() == "/" && toks[i].Kind == NumberToken && adjacent(toks, i, k) && adjacent(toks, k, k+1):
		k++
		if k+1 >= len(toks) || toks[k].Kind != NumberToken || toks[k+1].Lower() != "of" {
			return noMatch
		}
	case toks[k].Lower() == "in":
		k++
	case toks[k].Lower() == "out" && toks[k+1].Lower() == "of" && k+2 < len(toks):
		k += 2
	default:
		return noMatch
	}
	y, ok := wholeNumber(&toks[k])
	if !ok || x >= y || !(y <= 10 || y == 20 || y == 100 || y == 1000 || x == 1) {
		return noMatch
	}
	if _, year := isYear(&toks[k]); year {
		return noMatch
	}
	if k+1 < len(toks) {
		if _, mult := lex.Multiplier(toks[k+1].Lower()); mult {
			return noMatch
		}
		if _, _, isMeasure := measure(toks[k+1].Lower()); isMeasure && toks[k+1].Lower() != "%" {
			return noMatch
		}
	}
	s.n.Value, s.n.Step = x/y, 0
	s.j = k + 1
	switch {
	case toks[i+1].Text() == "/":
		s.n.Unit = nounAfterOf(toks, k+1)
	case s.j < len(toks) && toks[s.j].Kind == WordToken && !toks[s.j].Stop():
		s.n.Unit = toks[s.j].Stem()
	}
	return matched
}

// N17: half of one measure, read as the measure: "half an hour" is 1,800
// seconds, "half a century" 50 years, "a half-mile" 805 metres; and one
// measure and a half, read back from its "half": "an hour and a half" is
// 5,400 seconds, "a year and a half" 1.5 years (with a whole number, "two
// and a half years" and "three-and-a-half-year" are N15's).
// Half of what is no measure ("half a pizza", "half the town") is no
// number, and a hyphenated half after no article is a period's name ("in
// the half-year", "first-half").
func halfValue(s *numberScan) match {
	toks, i := s.toks, s.i
	if toks[i].Lower() != "half" {
		return noMatch
	}
	// "an hour and a half": the article, the measure, "and", "a".
	if i >= 4 && toks[i-1].Lower() == "a" && toks[i-2].Lower() == "and" && isArticle(toks[i-4].Lower()) {
		if u, f, ok := halfMeasure(toks[i-3].Lower()); ok {
			s.n.Value, s.n.Unit, s.n.Step = 1.5*f, u, 0
			s.start = i - 4
			return matched
		}
	}
	k := i + 1
	hyphen := k+1 < len(toks) && toks[k].Text() == "-" && adjacent(toks, i, k) && adjacent(toks, k, k+1)
	switch {
	case hyphen && i > 0 && toks[i-1].Text() == "-" && adjacent(toks, i-1, i):
		return rejected // "first-half"; N15 reads "three-and-a-half-year" from its whole
	case hyphen && i > 0 && isArticle(toks[i-1].Lower()): // "a half-mile"
		k++
	case k+1 < len(toks) && isArticle(toks[k].Lower()): // "half an hour"
		k++
	default:
		return noMatch
	}
	u, f, ok := halfMeasure(toks[k].Lower())
	if !ok {
		return noMatch
	}
	s.n.Value, s.n.Unit, s.n.Step = f/2, u, 0
	s.j = k + 1
	return matched
}

// halfMeasure returns the canonical unit and factor of a measure word that
// "half" may take ("hour", "century", "mile"), not a letter or "per".
func halfMeasure(lower string) (string, float64, bool) {
	if len(lower) <= 1 || lower == "per" || lower == "percent" || lower == "pc" {
		return "", 0, false
	}
	return measure(lower)
}

// isArticle reports "a" and "an".
func isArticle(lower string) bool { return lower == "a" || lower == "an" }

// wholeNumber returns the value of a cardinal word or of digits that
// spell a whole number.
func wholeNumber(t *Token) (float64, bool) {
	switch t.Kind {
	case NumberToken:
		if isDigits(t.Lower()) {
			return float64(atoi(t.Lower())), true
		}
	case WordToken:
		return lex.Cardinal(t.Lower())
	}
	return 0, false
}

// N2: a fraction in words, read at its denominator: "a third of",
// "two-thirds of", "one quarter of", "half of", "one-half of", "a half
// of" (0.5), or the fraction a change is by ("fell by a fifth", see
// changeFraction); its unit is the noun after "of", and its text runs from the
// numerator ("two-thirds", "a third", "half"). A fraction of one measure is
// that measure: "a quarter of a century" is 25 years, "two-thirds of a
// mile" 1,073 metres.
func fractionValue(s *numberScan) match {
	toks, i := s.toks, s.i
	if toks[i].Kind != WordToken {
		return noMatch
	}
	f, num, ok := fraction(toks, i)
	if !ok {
		return noMatch
	}
	s.start = num
	of := i+1 < len(toks) && toks[i+1].Lower() == "of"
	if k := i + 2; of && k+1 < len(toks) && (toks[k].Lower() == "a" || toks[k].Lower() == "an") { // "of a century"
		if u, factor, isUnit := measure(toks[k+1].Lower()); isUnit && len(toks[k+1].Lower()) > 1 && toks[k+1].Lower() != "per" {
			s.n.Value, s.n.Unit = f*factor, u
			s.j = k + 2
			return matched
		}
	}
	s.n.Value = f
	if of {
		s.n.Unit = nounAfterOf(toks, i+1)
	}
	return matched
}

// N3: the numerator of a fraction ("two" in "two-thirds of", "one" in
// "one-half of") is read with its denominator.
func numeratorValue(s *numberScan) match {
	k := s.i + 1
	if s.toks[s.i].Kind != WordToken || k >= len(s.toks) {
		return noMatch
	}
	if s.toks[k].Text() == "-" {
		k++
	}
	if _, _, ok := fraction(s.toks, k); ok {
		return rejected
	}
	return noMatch
}

// fraction reads "a third of", "one quarter of", "two-thirds of", "half
// of" at token i (the denominator), returning the fraction's value and the
// token its text starts at (the numerator's, or i). A half takes no
// numerator but "a" or "one"; without one it is a share only where no
// word that picks out a part of the whole stands before it ("the second
// half of the season", "the eastern half of", "first-half"), and "a half"
// after "and" is the fraction of the whole number before ("four and a
// half of them", see N15).
func fraction(toks []Token, i int) (float64, int, bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	if i+1 >= len(toks) || toks[i+1].Lower() != "of" {
		return changeFraction(toks, i)
	}
	d, ok := denominator(toks[i].Lower())
	if !ok {
		return 0, 0, false
	}
	if i == 0 || d == 2 && toks[i-1].Lower() != "a" && toks[i-1].Lower() != "one" && toks[i-1].Text() != "-" {
		return 1 / d, i, d == 2 && bareHalf(toks, i)
	}
	k := i - 1
	if toks[k].Text() == "-" && k > 0 {
		k--
	}
	switch p := toks[k].Lower(); {
	case p == "a" || p == "one":
		if d == 2 && k > 1 && toks[k-1].Lower() == "and" && isWhole(&toks[k-2]) {
			return 0, 0, false
		}
		return 1 / d, k, true
	case d == 2:
		return 0, 0, false // "first-half of"
	default:
		v, ok := lex.Cardinal(p)
		if !ok || v < 1 || v >= d {
			return 0, 0, false
		}
		return v / d, k, true
	}
}

// denominator returns the denominator a fraction word names: 2 for
// "half", 4 for "quarter(s)", the ordinal's value from 3 for "third(s)",
// "fifth(s)" and the rest.
func denominator(den string) (float64, bool) {
	switch {
	case den == "half":
		return 2, true
	case den == "quarter" || den == "quarters":
		return 4, true
	}
	v, ok := lex.Ordinal(strings.TrimSuffix(den, "s"))
	return v, ok && v >= 3
}

// changeFraction reads the fraction a change is by, with no "of" after
// it: "fell by a fifth", "cut by half", "rose by two-thirds in March",
// "by almost a third." (the token before the numerator is "by", or "by"
// and an approximator), "a third less likely" (a comparative after it),
// a hyphenated fraction ("one-fifth contained") or one after a form of
// "be" ("turnout was a fifth"), at its denominator i. The phrase must end at the
// denominator: "by a third party" names no fraction, nor "by a
// quarter-final".
func changeFraction(toks []Token, i int) (float64, int, bool) {
	compared := i+1 < len(toks) && comparatives[toks[i+1].Lower()]
	hyphened := i >= 2 && toks[i-1].Text() == "-" && adjacent(toks, i-2, i-1) && adjacent(toks, i-1, i) && isWhole(&toks[i-2])
	if i+1 < len(toks) && !compared && !hyphened {
		if next := &toks[i+1]; next.Kind == NumberToken || next.Text() == "-" || next.Kind == WordToken && !next.Stop() {
			return 0, 0, false
		}
	}
	d, ok := denominator(toks[i].Lower())
	if !ok || d > 10 {
		return 0, 0, false
	}
	num, value := i, 1/d
	if i > 0 {
		k := i - 1
		if toks[k].Text() == "-" && k > 0 {
			k--
		}
		switch p := toks[k].Lower(); {
		case p == "a" || p == "one":
			num = k
		case p == "by" && d == 2:
		default:
			v, ok := lex.Cardinal(p)
			if !ok || v < 1 || v >= d {
				return 0, 0, false
			}
			num, value = k, v/d
		}
	}
	if compared && num < i {
		return value, num, true // "a third less likely", "two-thirds more"
	}
	if hyphened && num < i {
		return value, num, true // "one-fifth contained", "two-thirds backed it"
	}
	b := num - 1
	if b >= 0 && toks[b].class()&lex.Approximator != 0 {
		b--
	}
	if b < 0 || toks[b].Lower() != "by" && !(num < i && lex.IsBeForm(toks[b].Lower())) {
		return 0, 0, false // "by a fifth"; "turnout was a fifth"
	}
	return value, num, true
}

// comparatives are the words after which a fraction with its numerator
// says by how much: "a third less likely", "a quarter more", "two-thirds
// higher". Origin: hand-written for claimcheck, the comparatives of the
// quantities news compares.
var comparatives = map[string]bool{"less": true, "more": true, "fewer": true, "lower": true, "higher": true,
	"smaller": true, "larger": true, "bigger": true, "cheaper": true, "greater": true, "faster": true,
	"slower": true, "shorter": true, "longer": true, "heavier": true, "lighter": true}

// isWhole reports whether t is a whole number, in digits or a word.
func isWhole(t *Token) bool {
	_, ok := wholeNumber(t)
	return ok
}

// bareHalf reports whether "half of" at token i, with no numerator,
// is a share of the whole: a clause's start, a verb or a stop word before
// it ("lost half of", "than half of", "that half of"). A hyphen
// ("first-half of"), a determiner ("the half of", "their half of"), an
// ordinal ("the second half of") or a word after a determiner ("the
// eastern half of", "the top half of") names a part.
func bareHalf(toks []Token, i int) bool {
	if i == 0 {
		return true
	}
	t := &toks[i-1]
	switch {
	case t.Kind == PunctToken:
		return t.Text() != "-"
	case t.Kind != WordToken || partDeterminers[t.Lower()]:
		return false
	case t.class()&lex.OrdinalWord != 0:
		return false
	case !t.Stop() && t.class()&lex.Approximator == 0 && i >= 2:
		p := toks[i-2].Lower()
		return !partDeterminers[p] && p != "a" && p != "an"
	}
	return true
}

// partDeterminers are the stop words before "half" that make it one part
// of a whole rather than a share ("the half of", "its other half of").
// Origin: the English articles, possessives and demonstratives that pick
// out one thing.
var partDeterminers = map[string]bool{"the": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "these": true, "those": true, "other": true,
	"same": true, "another": true, "each": true}

// nounAfterOf returns the stem of the first content word after the "of" at
// token i ("a third of the budget" -> "budget"); "" when a number comes
// first ("half of the 300 workers" is a share of the whole the number
// states, not a count of workers).
func nounAfterOf(toks []Token, i int) string {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Kind == NumberToken {
			return ""
		}
		if toks[k].Kind == WordToken && !toks[k].Stop() {
			return toks[k].Stem()
		}
	}
	return ""
}
