package claims

import (
	"math"
	"strconv"
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A Number is a quantity stated in a claim: digits or number words, with the
// value it denotes and its unit where the text states one.
//
// Its offsets are methods, as a Token's are: it keeps its start in 32 bits
// and ends where its text does.
type Number struct {
	Text  string  // the words that state it
	Value float64 // in Unit; for a range, its low end
	Max   float64 // the high end of a range ("5 to 10"); equal to Value otherwise
	// Unit is what is counted: "age", "percent", a currency code ("USD"), a
	// canonical measure ("year" for years and months, "second" for every
	// other duration, "metre", "kg"; "day" or "month" for an ordinal's,
	// "the 3rd day"), or the stem
	// of the noun that follows ("farmer" in "six farmers"), with a hyphen
	// when one joins it to a cardinal ("stage-" in "two-stage"); "clock"
	// for a time of day; "" when unknown.
	Unit    string
	Ordinal bool   // "second day", "2nd"
	Approx  bool   // "about", "almost", "more than" come before it
	Per     Period // the period of a rate ("£100,000 a week"); NoPeriod for an amount that is none
	start   uint32 // byte offset of Text in the original text (beside the bools, where a Number has room)
	// Step is the precision the digits of the value are written to, in
	// Unit: 0.1 for "3.5%", 1 for "97%", 0.3048 for "650ft" (in metres),
	// 1e8 for "1.2 billion"; 0 for a value taken as exact (a number word,
	// a fraction, an ordinal, whole digits before a multiplier: "2
	// billion"). A value within half a step of it rounds to it: "97%" for
	// "97.2%".
	Step float64
}

// A Period is the time over which a rate counts its amount: "£100,000 a
// week" is 100,000 GBP PerWeek, "four times a year" 4 times PerYear. The
// zero Period, NoPeriod, says the number is no rate (or states none).
type Period uint8

// The periods of a rate.
const (
	NoPeriod Period = iota
	PerHour         // "an hour", "per hour"
	PerDay          // "a day", "per day"
	PerWeek         // "a week", "a-week", "per week"
	PerMonth        // "a month", "per month"
	PerYear         // "a year", "per year", "per annum", "annually"
)

// String returns the period's word ("week"), or "" for NoPeriod.
func (p Period) String() string {
	switch p {
	case PerHour:
		return "hour"
	case PerDay:
		return "day"
	case PerWeek:
		return "week"
	case PerMonth:
		return "month"
	case PerYear:
		return "year"
	}
	return ""
}

// Start returns the byte offset of the number's text in the original text.
func (n *Number) Start() int { return int(n.start) }

// End returns the byte offset of the end of the number's text.
func (n *Number) End() int { return int(n.start) + len(n.Text) }

// A numberScan is the state of reading one number: its first token i, the
// token j after what has been read so far, and the number found.
type numberScan struct {
	text  string // the document's text, which the tokens point into
	toks  []Token
	i, j  int
	start int // the first token of the number's text: i, or its sign
	n     Number
	// multiplied says a multiplier was read ("5m", "5 million").
	multiplied bool
}

// A match is what a recogniser makes of the tokens before it.
type match uint8

const (
	noMatch  match = iota // not this form; the next recogniser may try
	matched               // read; the scan has moved past it
	rejected              // no number or date starts here, whatever follows
)

// A numberRule reads one form of a number's value at the scan's first
// token.
type numberRule struct {
	name string
	read func(*numberScan) match
}

// A numberPart reads what qualifies a value once it is read.
type numberPart struct {
	name string
	read func(*numberScan)
}

// numberValues are the forms a number's value takes, tried in order at
// its first token; the first that matches or rejects decides.
var numberValues = []numberRule{
	{"N14 clock time", clockValue},      // "1:34 PM", "22:10", "6pm", "6.55 p.m."
	{"N16 share", shareValue},           // "three in five voters", "nine out of 10", "2/3 of"
	{"N1 digits", digitsValue},          // "1,200", "3.5", "99,9", "5m", "2nd", "235, 000"
	{"N17 half a measure", halfValue},   // "half an hour", "half-mile", "an hour and a half"
	{"N2 fraction", fractionValue},      // "a third of", "two-thirds of", "half of", "one-half of"
	{"N3 numerator", numeratorValue},    // the "two" of "two-thirds of" is no number of its own
	{"N4 not a count", notCountValue},   // "once", "both", "half", "last"
	{"N5 ordinal word", ordinalValue},   // "second"
	{"N6 cardinal word", cardinalValue}, // "six", "twenty-five", "a dozen"
}

// numberParts qualify a value once it is read, in order: each reads what
// stands before or after it and moves the scan past what it takes.
var numberParts = []numberPart{
	{"N15 and a half", andAHalfPart},       // "four and a half million", "3 and a quarter hours"
	{"N7 multiplier", multiplierPart},      // "1.2 billion", "two dozen"
	{"N8 currency before", currencyBefore}, // "$1.2", "£5"
	{"N9 range", rangePart},                // "5 to 10", "5-10"
	{"N10 unit after", unitAfter},          // "3.5%", "62 per cent", "66-year-old", "30 feet", "six farmers"
	{"N18 rate period", ratePart},          // "£100,000-a-week", "£5 per month", "four times a year"
	{"N11 age", agePart},                   // "Ortiz, 54,", "aged 54"
	{"N12 sign", signPart},                 // "-2.5%", "+2.5%", "-5C", "minus 5"
	{"N13 approximator", approxPart},       // "about 30", "almost £550bn"
}

// number reads the number that starts at token i and returns it with the
// index of the token after it.
func (d *Document) number(sc *scans, toks []Token, i int) (Number, int, bool) {
	s := &sc.num
	*s = numberScan{text: d.Text, toks: toks, i: i, j: i + 1, start: i}
	m := noMatch
	for _, r := range numberValues {
		if m = r.read(s); m != noMatch {
			break
		}
	}
	if m != matched {
		return Number{}, i, false
	}
	s.n.Max = s.n.Value
	for _, p := range numberParts {
		p.read(s)
	}
	start, end := toks[s.start].Start(), toks[s.j-1].End()
	s.n.Text, s.n.start = d.Text[start:end], uint32(start)
	return s.n, s.j, true
}

// N1: digits, with the letters glued to them ("2nd", "5m", "10km"), and
// the thousands a tokeniser split off ("235, 000").
func digitsValue(s *numberScan) match {
	toks, t := s.toks, &s.toks[s.i]
	if t.Kind != NumberToken {
		return noMatch
	}
	v, suffix, ok := parseNumber(t.Lower())
	if !ok {
		return rejected
	}
	for suffix == "" && len(t.Lower()) <= 3 && s.j+1 < len(toks) && toks[s.j].Text() == "," &&
		adjacent(toks, s.j-1, s.j) && toks[s.j+1].Kind == NumberToken && len(toks[s.j+1].Lower()) == 3 &&
		toks[s.j+1].Start() == toks[s.j].End()+1 && isDigits(toks[s.j+1].Lower()) {
		v = v*1000 + float64(atoi(toks[s.j+1].Lower()))
		s.j += 2
	}
	s.n.Value, s.n.Step = v, writtenStep(t.Lower())
	if frac, next, ok := splitFraction(toks, s.j); ok && suffix == "" && len(t.Lower()) <= 3 && isDigits(t.Lower()) {
		// "31. 8 million": the point of a decimal a tokeniser split off.
		suffix = next.Lower()[len(frac):]
		s.n.Value = v + float64(atoi(frac))/math.Pow(10, float64(len(frac)))
		s.n.Step = math.Pow(10, -float64(len(frac)))
		t = next
		s.j += 2
	}
	switch suffix {
	case "":
	case "st", "nd", "rd", "th":
		s.n.Ordinal, s.n.Step = true, 0
	case "s":
		return rejected // "1990s" is a decade, read as a date
	default:
		if m, ok := lex.Multiplier(suffix); ok && !(suffix == "m" && gluedMetres(toks, s.i, s.j)) {
			s.n.Value, s.n.Step = s.n.Value*m, multipliedStep(s.n.Step, m)
			s.multiplied = true
		} else if u, f, ok := measure(suffix); ok {
			s.n.Unit, s.n.Value, s.n.Step = u, s.n.Value*f, s.n.Step*f
		} else if u, ok := temperatureScale(suffix); ok && t.Text()[len(t.Text())-1] < 'a' {
			s.n.Unit = u // "5C", "41F": a capital letter, not "50c" (cents)
		}
	}
	return matched
}

// splitFraction returns the digits after the point of a decimal a
// tokeniser split at token j ("31", ".", "8 million"; see isSplitDecimal),
// with the token that holds them.
func splitFraction(toks []Token, j int) (frac string, next *Token, ok bool) {
	if j+1 >= len(toks) || toks[j].Text() != "." || !adjacent(toks, j-1, j) ||
		toks[j+1].Kind != NumberToken || toks[j+1].Start() != toks[j].End()+1 {
		return "", nil, false
	}
	next = &toks[j+1]
	lower := next.Lower()
	k := 0
	for k < len(lower) && k <= 3 && '0' <= lower[k] && lower[k] <= '9' {
		k++
	}
	if k == 0 || k > 3 {
		return "", nil, false
	}
	if suffix := lower[k:]; suffix != "" {
		return lower[:k], next, isScaleOrMeasure(suffix)
	}
	if j+2 < len(toks) && (toks[j+2].Text() == "%" || isScaleOrMeasure(toks[j+2].Lower())) {
		return lower, next, true
	}
	return "", nil, false
}

// N4: words that count without stating a quantity to compare ("once",
// "both", "half", "the last", the "one" of "number one").
func notCountValue(s *numberScan) match {
	if t := &s.toks[s.i]; t.Kind == WordToken && t.class()&lex.NotCount != 0 {
		return rejected
	}
	if s.i > 0 && s.toks[s.i].Lower() == "one" && s.toks[s.i-1].Lower() == "number" {
		return rejected // "reached number one": a rank, which the source words otherwise ("topped the charts")
	}
	return noMatch
}

// N5: an ordinal word ("second").
func ordinalValue(s *numberScan) match {
	t := &s.toks[s.i]
	if t.Kind != WordToken {
		return noMatch
	}
	v, ok := lex.Ordinal(t.Lower())
	if !ok {
		return noMatch
	}
	s.n.Value, s.n.Ordinal = v, true
	return matched
}

// N6: a cardinal word ("six", "a dozen"), with the units of a compound
// ("twenty-five"); "one" before "of" or a mark is a pronoun ("one of the
// aides"), but not before a hyphen that joins it to a duration ("a
// one-year ban", "one-month", "a one - day strike" as a tokeniser writes
// it; see durationCompound), which is read as "for one year" is.
func cardinalValue(s *numberScan) match {
	toks, i, j, t := s.toks, s.i, s.j, &s.toks[s.i]
	if t.Kind != WordToken {
		return noMatch
	}
	v, ok := lex.Cardinal(t.Lower())
	if !ok {
		return rejected
	}
	if t.Lower() == "one" && (j >= len(toks) || toks[j].Lower() == "of" || toks[j].Kind == PunctToken && !durationCompound(toks, j)) {
		return rejected
	}
	if t.Lower() == "dozen" && i > 0 && toks[i-1].Lower() == "a" {
		v = 12
	}
	// The units after the tens: "twenty-five", as a tokeniser writes it
	// ("twenty - five") or as speech is transcribed ("twenty five").
	if tens := v >= 20 && v < 100 && math.Mod(v, 10) == 0; tens && j < len(toks) {
		k := j
		if toks[k].Text() == "-" && k+1 < len(toks) {
			k++
		}
		if u := unitsWord(toks[k].Lower()); u > 0 {
			v += u
			s.j = k + 1
		}
	}
	s.n.Value = v
	return matched
}

// durationCompound reports whether the hyphen at token j joins the word
// before it to a duration word after it, making a compound modifier of a
// duration: "one-year", "one - month". "one-off" and "one-time" join no
// duration, and "one-day" before a word of oneDayKinds names a kind of
// cricket match, not its length.
func durationCompound(toks []Token, j int) bool {
	if j+1 >= len(toks) || toks[j].Text() != "-" || !(adjacent(toks, j-1, j) && adjacent(toks, j, j+1) || spacedMeasure(toks, j)) {
		return false
	}
	u, _, ok := measure(toks[j+1].Lower())
	if !ok || u != "year" && u != "second" {
		return false
	}
	return toks[j+1].Lower() != "day" || j+2 >= len(toks) || !oneDayKinds[toks[j+2].Lower()]
}

// oneDayKinds are the words after "one-day" that make it the name of a
// kind of cricket match, the one-day international (ODI), or of its
// competitions and sides, rather than the length of a strike or a visit:
// "the third one-day international", "the one-day series", "England's
// one-day side". Origin: cricket usage (the International Cricket
// Council's "One Day International"), hand-written for claimcheck.
var oneDayKinds = map[string]bool{"international": true, "internationals": true, "series": true,
	"cricket": true, "format": true, "side": true, "squad": true, "team": true, "captain": true, "cup": true}

// unitsWord returns the value of "one" to "nine", or 0.
func unitsWord(lower string) float64 {
	for k, w := range [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"} {
		if lower == w {
			return float64(k + 1)
		}
	}
	return 0
}

// N15: the fraction a whole value is said with, "and a half", "and a
// quarter", "and three quarters", before its multiplier or unit: "four and
// a half million" is 4.5 million, "two and a half years" 2.5 years, and so
// is a compound adjective "two-and-a-half-year". The value is taken as
// exact.
func andAHalfPart(s *numberScan) {
	toks, j := s.toks, s.j
	if s.n.Ordinal || s.n.Value != math.Trunc(s.n.Value) {
		return
	}
	if hyphenedHalf(toks, j) {
		s.n.Value += 0.5
		s.n.Max, s.n.Step = s.n.Value, 0
		s.j += 6 // to the hyphen before the unit, which N10 reads
		return
	}
	if j+2 >= len(toks) || toks[j].Lower() != "and" {
		return
	}
	var f float64
	switch a, b := toks[j+1].Lower(), toks[j+2].Lower(); {
	case (a == "a" || a == "one") && b == "half":
		f = 0.5
	case (a == "a" || a == "one") && b == "quarter":
		f = 0.25
	case a == "three" && b == "quarters":
		f = 0.75
	default:
		return
	}
	if j+3 < len(toks) && toks[j+3].Lower() == "of" {
		return // "four and a half of them": no multiplier or unit follows
	}
	s.n.Value += f
	s.n.Max, s.n.Step = s.n.Value, 0
	s.j += 3
}

// hyphenedHalf reports "-and-a-half" joined by hyphens to the value before
// token j and to a measure after it: "three-and-a-half-year".
func hyphenedHalf(toks []Token, j int) bool {
	if j+7 >= len(toks) || toks[j+1].Lower() != "and" || toks[j+3].Lower() != "a" || toks[j+5].Lower() != "half" {
		return false
	}
	for h := j; h <= j+6; h += 2 {
		if toks[h].Text() != "-" || !adjacent(toks, h-1, h) || !adjacent(toks, h, h+1) {
			return false
		}
	}
	_, _, ok := measure(toks[j+7].Lower())
	return ok
}

// N7: a multiplier word after the value ("1.2 billion", "two dozen"); an
// ordinal takes none. A short one ("m", "bn") is read apart from the value
// only after a currency sign ("£ 7.8 m", as a tokeniser writes "£7.8m"):
// "5 m" alone is a length.
func multiplierPart(s *numberScan) {
	if s.j >= len(s.toks) || s.n.Ordinal {
		return
	}
	if m, ok := lex.Multiplier(s.toks[s.j].Lower()); ok && (len(s.toks[s.j].Lower()) > 2 || moneySign(s.toks, s.i)) {
		s.n.Value *= m
		s.n.Max = s.n.Value
		s.n.Step = multipliedStep(s.n.Step, m)
		s.multiplied = true
		s.j++
	}
}

// N8: a currency sign just before the value ("$1.2", "£5"), or one space
// before it, as a tokeniser writes it ("$ 5 million").
func currencyBefore(s *numberScan) {
	toks, i := s.toks, s.i
	if moneySign(toks, i) {
		s.n.Unit, _ = lex.Currency(toks[i-1].Text())
	}
}

// moneySign reports whether a currency sign stands just before token i, or
// one space before it.
func moneySign(toks []Token, i int) bool {
	if i == 0 || toks[i-1].Kind != PunctToken || toks[i].Start()-toks[i-1].End() > 1 {
		return false
	}
	_, ok := lex.Currency(toks[i-1].Text())
	return ok
}

// N9: the high end of a range ("5 to 10", "5-10").
func rangePart(s *numberScan) {
	toks, j := s.toks, s.j
	if j+1 < len(toks) && (toks[j].Lower() == "to" || toks[j].Text() == "-" || toks[j].Text() == "–") &&
		toks[j+1].Kind == NumberToken {
		if v, suffix, ok := parseNumber(toks[j+1].Lower()); ok && suffix == "" && v > s.n.Value {
			s.n.Max = v
			s.j += 2
		}
	}
}

// N11: an age without a unit: "Ortiz, 54," and "aged 54".
func agePart(s *numberScan) {
	if s.n.Unit == "" && isAge(s.toks, s.i, s.n.Value) {
		s.n.Unit = "age"
	}
}

// N12: a sign just before the value, or before its currency sign, that
// stands apart from the word before it (so not the hyphen of "COVID-19" or
// of a range "5-10"): "-2.5%", "+2.5%", "-5C", "-$5"; or "minus" before it.
// A minus makes the value negative (the low end only, for a range); the
// sign is part of the number's text.
func signPart(s *numberScan) {
	toks, k := s.toks, s.start-1
	if k > 0 && toks[k].Kind == PunctToken && adjacent(toks, k, k+1) {
		if _, ok := lex.Currency(toks[k].Text()); ok {
			k--
		}
	}
	if k < 0 {
		return
	}
	minus := false
	switch t := &toks[k]; {
	case t.Lower() == "minus":
		minus = true
	case (t.Text() == "-" || t.Text() == "−" || t.Text() == "+") && adjacent(toks, k, k+1) && (k == 0 || !adjacent(toks, k-1, k)):
		minus = t.Text() != "+"
	default:
		return
	}
	if minus {
		if s.n.Max == s.n.Value {
			s.n.Max = -s.n.Max
		}
		s.n.Value = -s.n.Value
	}
	s.start = k
}

// N13: an approximator before the value, or before its sign or currency
// sign ("almost 550", "about £5bn", "about -5C").
func approxPart(s *numberScan) {
	toks, before := s.toks, s.start-1
	if before > 0 && toks[before].Kind == PunctToken {
		if _, ok := lex.Currency(toks[before].Text()); ok {
			before--
		}
	}
	if before >= 0 && toks[before].class()&lex.Approximator != 0 {
		s.n.Approx = true
	}
}

// isAge recognises "Ortiz, 54," and "aged 54".
func isAge(toks []Token, i int, v float64) bool {
	if v < 1 || v > 120 || v != float64(int(v)) || i == 0 {
		return false
	}
	if p := toks[i-1].Lower(); p == "aged" || p == "age" {
		return true
	}
	if i < 2 || toks[i-1].Text() != "," || !toks[i-2].Cap() {
		return false
	}
	return i+1 == len(toks) || toks[i+1].Text() == "," || toks[i+1].Text() == "." || toks[i+1].Text() == ")"
}

// parseNumber parses "1,200", "3.5", "2nd", "5m" into a value and the
// letters glued after the digits. A single comma that one or two digits
// follow, with no point, is a decimal comma ("99,9", "1,5"); otherwise
// commas group thousands.
func parseNumber(s string) (float64, string, bool) {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
		i++
	}
	digits := s[:i]
	if c := strings.IndexByte(digits, ','); c >= 0 {
		if after := len(digits) - c - 1; after >= 1 && after <= 2 && strings.Count(digits, ",") == 1 && strings.IndexByte(digits, '.') < 0 {
			digits = digits[:c] + "." + digits[c+1:]
		} else {
			digits = strings.ReplaceAll(digits, ",", "")
		}
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return 0, "", false
	}
	return v, s[i:], true
}

// writtenStep returns the precision of the digits that start s: 1 for
// "97", 0.1 for "97.2" or "99,9" (a decimal comma), 0.01 for "6.86".
func writtenStep(s string) float64 {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
		i++
	}
	digits := s[:i]
	point := strings.LastIndexByte(digits, '.')
	if c := strings.IndexByte(digits, ','); point < 0 && c >= 0 && strings.Count(digits, ",") == 1 && len(digits)-c-1 <= 2 {
		point = c
	}
	step := 1.0
	if point >= 0 {
		for range digits[point+1:] {
			step /= 10
		}
	}
	return step
}

// multipliedStep is the step of a value written to step before multiplier
// m: whole digits before a multiplier are a round figure, exact ("2
// billion" is not 1.7 billion rounded), and decimals keep their precision
// ("1.2 billion" to 0.1 billion).
func multipliedStep(step, m float64) float64 {
	if step >= 1 {
		return 0
	}
	return step * m
}

// atoi returns the integer s spells, or 0, as strconv.Atoi does.
func atoi(s string) int {
	n, _ := parseInt(s)
	return n
}

// parseInt is strconv.Atoi without the error value, which it allocates
// for every token that is no integer ("1,200", "3.5"): the value and
// whether s is an integer. Only the long strings that may overflow go to
// strconv.
func parseInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 18 {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	i, neg := 0, false
	if s[0] == '+' || s[0] == '-' {
		if len(s) == 1 {
			return 0, false
		}
		i, neg = 1, s[0] == '-'
	}
	n := 0
	for ; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		n = n*10 + int(d)
	}
	if neg {
		n = -n
	}
	return n, true
}
