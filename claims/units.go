package claims

import (
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A unitRule reads one form of the unit after a value, at the scan's j;
// hyphen says whether one joins it to the value.
type unitRule struct {
	name string
	read func(s *numberScan, hyphen bool) bool
}

// N10: the unit after the value, past a hyphen that joins them ("30-year",
// or "two - hour" as a tokeniser writes it), read by the first of
// unitWords that matches.
func unitAfter(s *numberScan) {
	hyphen := s.j < len(s.toks) && s.toks[s.j].Text() == "-" && (adjacent(s.toks, s.j-1, s.j) || spacedMeasure(s.toks, s.j))
	if hyphen {
		s.j++
	}
	if s.n.Unit != "" || s.j >= len(s.toks) {
		return
	}
	for _, u := range unitWords {
		if u.read(s, hyphen) {
			return
		}
	}
}

// unitWords are the forms of the unit after a value, tried in order; the
// word read is at the scan's j, and hyphen says whether one joins it to
// the value.
var unitWords = []unitRule{
	{"U1 percent", percentUnit},    // "3.5%", "62 percent", "62 pc", "62 per cent"
	{"U2 age", yearOldUnit},        // "66-year-old", "18-month-old"
	{"U3 currency", currencyUnit},  // "5 dollars", "10 euros"
	{"U4 measure", measureUnit},    // "30 feet", "three decades", "40-minute"; "54 years old" is an age
	{"U5 temperature", degreeUnit}, // "5°C", "5 degrees Celsius", "40 °F"
	{"U6 noun", nounUnit},          // "six farmers"
}

// U1: a percentage.
func percentUnit(s *numberScan, _ bool) bool {
	toks, j := s.toks, s.j
	switch next := toks[j].Lower(); {
	case next == "%" || next == "percent" || next == "pc":
		s.j++
	case next == "per" && j+1 < len(toks) && toks[j+1].Lower() == "cent":
		s.j += 2
	default:
		return false
	}
	s.n.Unit = "percent"
	return true
}

// U2: an age written as a compound adjective, "66-year-old", in years:
// "an 18-month-old son" is 1.5, "the two-day-old baby" 2/365.25, so that
// it is no duration ("an 18-month contract") and is another age than
// "18-year-old".
func yearOldUnit(s *numberScan, hyphen bool) bool {
	toks, j := s.toks, s.j
	if !hyphen || j+2 >= len(toks) || toks[j+1].Text() != "-" || toks[j+2].Lower() != "old" || s.n.Ordinal {
		return false
	}
	u, f, ok := measure(toks[j].Lower())
	if !ok || u != "year" && u != "second" {
		return false
	}
	n := &s.n
	n.Unit, n.Value, n.Max, n.Step = "age", ageYears(n.Value*f, u), ageYears(n.Max*f, u), ageYears(n.Step*f, u)
	s.j += 3
	return true
}

// U3: a currency word. A word that is also a measure ("pounds") is money
// after a multiplier ("5 million pounds") and a weight after a bare value
// ("lost 30 pounds"), as the texts mostly use it: sums in pounds are
// written "£30".
func currencyUnit(s *numberScan, _ bool) bool {
	word := s.toks[s.j].Lower()
	cur, ok := lex.Currency(word)
	if !ok {
		return false
	}
	if _, _, measure := lex.Unit(word); measure && !s.multiplied {
		return false
	}
	s.n.Unit = cur
	s.j++
	return true
}

// U4: a measure, turned into its canonical unit ("three decades" is 30
// years); a one-letter unit only joined by a hyphen ("5-m"). "54 years
// old" is an age; "2 weeks old" stays the duration, which a source may
// give without "old" ("about 2 weeks", asked how old).
func measureUnit(s *numberScan, hyphen bool) bool {
	next, n := s.toks[s.j].Lower(), &s.n
	u, f, ok := measure(next)
	if n.Ordinal {
		u, f, ok = lex.Unit(next) // "the 3rd day" is the day it names, not a duration
	}
	if !ok || len(next) <= 1 && !hyphen || next == "per" {
		return false // "per" alone is a rate ("191,000 per year"); "per cent" is U1's
	}
	n.Unit, n.Value, n.Max, n.Step = u, n.Value*f, n.Max*f, n.Step*f
	s.j++
	if raw, _, _ := lex.Unit(next); raw == "year" && s.j < len(s.toks) && s.toks[s.j].Lower() == "old" {
		n.Unit = "age"
		s.j++
	}
	return true
}

// U5: a temperature: a degree sign or "degrees", then maybe the scale
// ("5°C", "5 degrees Celsius", "40 degrees F"). The unit is "celsius",
// "fahrenheit", or "degree" when no scale is named; Fahrenheit is not
// turned into Celsius (the scales do not differ by a factor).
func degreeUnit(s *numberScan, _ bool) bool {
	toks, j := s.toks, s.j
	if toks[j].Text() != "°" && toks[j].Lower() != "degrees" && toks[j].Lower() != "degree" {
		return false
	}
	s.n.Unit = "degree"
	s.j++
	if s.j < len(toks) {
		if u, ok := temperatureScale(toks[s.j].Lower()); ok {
			s.n.Unit = u
			s.j++
		}
	}
	return true
}

// temperatureScale returns the unit of a temperature scale's name or
// letter.
func temperatureScale(lower string) (string, bool) {
	switch lower {
	case "c", "celsius", "centigrade":
		return "celsius", true
	case "f", "fahrenheit":
		return "fahrenheit", true
	}
	return "", false
}

// U6: the noun counted, by its stem ("six farmers"); it stays outside the
// number's text. A noun hyphenated to a cardinal makes a compound modifier
// ("a two-stage plan", "his three-point record", "a seven-time winner"),
// which counts no such noun but compares with the same compound: its unit
// is the stem and a hyphen, "stage-". An ordinal's compound names its
// thing as the words apart do ("fourth-quarter" is "fourth quarter").
func nounUnit(s *numberScan, hyphen bool) bool {
	t := &s.toks[s.j]
	if t.Kind != WordToken || t.Stop() || s.n.Value > 0 && s.n.Value < 1 && (comparatives[t.Lower()] || strings.HasSuffix(t.Lower(), "ed")) {
		return false // "a third less likely" counts no "less", "one-fifth contained" no "contained"
	}
	s.n.Unit = t.Stem()
	if hyphen && !s.n.Ordinal {
		s.n.Unit += "-"
	}
	return true
}

// spacedMeasure reports whether the hyphen at j stands apart from the words
// on both sides, as a tokeniser writes a compound adjective, before a
// measure: "two - hour", "66 - year - old". Only a measure is read past it,
// whose value the hyphen changes ("two-hour" is 7,200 seconds); "2 - 0" is a
// score and "a two - stage plan" agrees with "two-stage" as it stands.
func spacedMeasure(toks []Token, j int) bool {
	if j+1 >= len(toks) || adjacent(toks, j-1, j) || adjacent(toks, j, j+1) {
		return false
	}
	_, _, ok := measure(toks[j+1].Lower())
	return ok && toks[j+1].Lower() != "per"
}

// measure returns the canonical unit of a measure word and the factor that
// turns a value in it into one in that unit, as lex.Unit does, but for a
// duration of days or weeks, which is in seconds, and one of months, which
// is in years: a duration is one quantity in one unit, so that "three
// days" is "72 hours", "two weeks" is "14 days" and "a 12-month ban" is "a
// one-year ban" (months and years, of no fixed number of days, are not
// turned into seconds).
func measure(lower string) (unit string, factor float64, ok bool) {
	unit, factor, ok = lex.Unit(lower)
	switch {
	case ok && unit == "day":
		return "second", factor * SecondsPerDay, true
	case ok && unit == "month":
		return "year", factor / 12, true
	}
	return unit, factor, ok
}

// ageYears returns a duration as an age in years: "18 months" is 1.5, "two
// days" 2/365.25. value is in unit, "year" or "second" (see measure).
func ageYears(value float64, unit string) float64 {
	if unit == "second" {
		return value / (365.25 * SecondsPerDay)
	}
	return value
}

// SecondsPerDay is the length of a day in seconds: a Number whose Unit is
// "second" is a duration, days and weeks included ("three days" is 259200).
const SecondsPerDay = 24 * 60 * 60

// N18: the period of a rate, after the value or after the noun it counts:
// "£100,000-a-week", "£5 per month", "£1,750 per annum", "$2bn annually",
// "5% a year", "20 patients a day", "four times a year". A period after
// the value is part of the number's text; one after its noun stays
// outside it, as the noun does. A time after an amount is no rate: "£5m
// a year ago", "20 people a day after the attack", "a year earlier" (see
// periodTimes). An ordinal, an age, a time of day and a compound
// modifier ("a two-day-a-week job") count over no period. The amount is
// not turned into another period: "£5.2m a year" is not "£100,000 a
// week".
func ratePart(s *numberScan) {
	if s.n.Ordinal || s.n.Unit == "age" || s.n.Unit == "clock" || strings.HasSuffix(s.n.Unit, "-") {
		return
	}
	toks := s.toks
	if p, end, ok := ratePeriod(s.text, toks, s.j); ok {
		s.n.Per, s.j = p, end
		return
	}
	// After the noun counted (U6 leaves it outside the number's text).
	if k := s.j; k+1 < len(toks) && s.n.Unit != "" && toks[k].Kind == WordToken && toks[k].Stem() == s.n.Unit {
		if p, _, ok := ratePeriod(s.text, toks, k+1); ok {
			s.n.Per = p
		}
	}
}

// ratePeriod reads the period of a rate at token k of the tokens of text:
// "a week", "a-week" (joined by hyphens), "an hour", "per month", "per
// annum", "annually", returning it and the token after it. A possessive
// period ("a year's salary", whose "'s" the tokens leave out) is none.
func ratePeriod(text string, toks []Token, k int) (Period, int, bool) {
	if k >= len(toks) {
		return NoPeriod, k, false
	}
	w := toks[k].Lower()
	if w == "annually" {
		return PerYear, k + 1, true
	}
	if w != "a" && w != "an" && w != "per" {
		return NoPeriod, k, false
	}
	k++
	if k+1 < len(toks) && toks[k].Text() == "-" && adjacent(toks, k-1, k) && adjacent(toks, k, k+1) {
		k++ // "a-week"
	}
	if k >= len(toks) {
		return NoPeriod, k, false
	}
	var p Period
	switch toks[k].Lower() {
	case "hour":
		p = PerHour
	case "day":
		p = PerDay
	case "week":
		p = PerWeek
	case "month":
		p = PerMonth
	case "year":
		p = PerYear
	case "annum":
		if w == "per" {
			p = PerYear
		}
	}
	if p == NoPeriod || w == "an" && p != PerHour || w == "a" && p == PerHour {
		return NoPeriod, k, false
	}
	if end := toks[k].End(); end < len(text) && (text[end] == '\'' || strings.HasPrefix(text[end:], "’")) {
		return NoPeriod, k, false // "a year's"
	}
	k++
	if k < len(toks) && periodTimes[toks[k].Lower()] {
		return NoPeriod, k, false // "a year ago"
	}
	return p, k, true
}

// periodTimes are the words after "a year", "a day" that make it a time
// rather than a rate's period: "£5m a year ago", "a day after the
// attack", "a week earlier", "a year old". Origin:
// hand-written from English usage; "before" and "after" also follow a
// rate ("£30,000 a year before tax"), which is then read as no rate, and
// compared as before.
var periodTimes = map[string]bool{"ago": true, "earlier": true, "later": true, "before": true, "after": true,
	"since": true, "old": true}

// gluedMetres reports whether the "m" glued to the digits of token i is a
// length, not a million: no currency sign stands before it ("£4.5m" is
// money), and a word of extent follows it ("a 30m high wall", "20m away"),
// or a preposition of place stands before it and no noun it would count
// follows ("peaked at 4.1m on Sunday", "a shot from 20m"; not "rose to
// 4.1m viewers", nor "raised 5m for charity"). j is the token after the
// number.
func gluedMetres(toks []Token, i, j int) bool {
	if moneySign(toks, i) {
		return false
	}
	if j < len(toks) && extentWords[toks[j].Lower()] {
		return true
	}
	if i == 0 || !placePrepositions[toks[i-1].Lower()] {
		return false
	}
	if j >= len(toks) {
		return true
	}
	next := &toks[j]
	return next.Kind == PunctToken && next.Text() != "-" || next.Kind == WordToken && next.Stop()
}

// extentWords say what a length measures ("30m high"); placePrepositions
// put a point at a distance or height ("at 4.1m", "from 20m"). Origin:
// hand-written for claimcheck.
var (
	extentWords = map[string]bool{"high": true, "tall": true, "long": true, "deep": true, "wide": true,
		"away": true, "above": true, "below": true, "across": true}
	placePrepositions = map[string]bool{"at": true, "from": true, "to": true, "within": true, "beyond": true}
)
