package claims

import (
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A Date is a calendar reference: a year, month, day or weekday, alone or
// together, or a range of years. Fields the text does not state are 0.
//
// Its offsets are methods, as a Token's are: it keeps its start in 32 bits
// and ends where its text does.
type Date struct {
	Text    string
	Year    int
	Month   int    // 1-12
	Day     int    // 1-31
	Weekday int    // 1 (Monday) - 7 (Sunday)
	EndYear int    // the last year of a range ("2008 to 2012"), or 0
	Part    string // "early", "mid" or "late" when the text qualifies the date
	start   uint32 // byte offset of Text in the original text
	Decade  bool
	// EndMonth is the last month (1-12) of a range of months ("June to
	// September", "between June 2019 and September 2019", "June 3 to
	// September 5"), whose first is Month, or 0. It is before Month for a
	// range into the next year ("November to February"), whose years, when
	// the text gives one, are Year and EndYear. It is a byte so that a Date
	// keeps its size.
	EndMonth uint8
}

// Start returns the byte offset of the date's text in the original text.
func (dt *Date) Start() int { return int(dt.start) }

// End returns the byte offset of the end of the date's text.
func (dt *Date) End() int { return int(dt.start) + len(dt.Text) }

func isYear(t *Token) (int, bool) {
	if t.Kind != NumberToken || len(t.Lower()) != 4 {
		return 0, false
	}
	y, ok := parseInt(t.Lower())
	if !ok || y < 1800 || y > 2100 {
		return 0, false
	}
	return y, true
}

// A dateScan is the state of reading one date: its first token i, the
// token j after what has been read so far, and the date found.
type dateScan struct {
	toks  []Token
	i, j  int
	lower bool // the text is written in lower case (see isLowerCase)
	dt    Date
}

// A dateRule reads one form of a date at the scan's j.
type dateRule struct {
	name string
	read func(*dateScan) match
}

// A dateQualifier reads what may come before the date proper, at the
// scan's j, moving past what it takes.
type dateQualifier struct {
	name string
	read func(*dateScan)
}

// dateParts are what may come before a date proper, read in order.
var dateParts = []dateQualifier{
	{"D1 part", datePart},       // "early 2022", "late May"
	{"D2 weekday", weekdayPart}, // "Tuesday", "Tuesday, March 3"
}

// dateForms are the forms of a date after its qualifiers, tried in order;
// the first that matches or rejects decides. A weekday that none of them
// follows is a date by itself ("on Tuesday").
var dateForms = []dateRule{
	{"D3 ISO date", isoDate},   // "2025-08-11"
	{"D4 day month", dayMonth}, // "21 February 2022", "21st February"
	{"D5 month day", monthDay}, // "February 21, 2022", "Sept. 2019", "May"
	{"D6 year", yearForm},      // "2019", "2008-12", "2008 to 2012"; not "$2000", "2000 million"
	{"D7 decade", decadeForm},  // "1990s"
}

// date reads the date that starts at token i and returns it with the index
// of the token after it.
func (d *Document) date(sc *scans, toks []Token, i int) (Date, int, bool) {
	s := &sc.date
	*s = dateScan{toks: toks, i: i, j: i, lower: d.lowerCased}
	for _, q := range dateParts {
		if s.j < len(toks) {
			q.read(s)
		}
	}
	if s.j < len(toks) {
		for _, f := range dateForms {
			switch f.read(s) {
			case matched:
				return d.finishDate(s.dt, toks, i, s.j), s.j, true
			case rejected:
				return Date{}, i, false
			}
		}
	}
	if s.dt.Weekday != 0 {
		return d.finishDate(s.dt, toks, i, s.j), s.j, true
	}
	return Date{}, i, false
}

// D1: "early", "mid" or "late" before a year or a capitalised month.
func datePart(s *dateScan) {
	toks, j := s.toks, s.j
	switch toks[j].Lower() {
	case "early", "mid", "late":
	default:
		return
	}
	if j+1 >= len(toks) {
		return
	}
	_, year := isYear(&toks[j+1])
	_, month := s.monthAt(j + 1)
	if year || month {
		s.dt.Part = toks[j].Lower()
		s.j++
	}
}

// D2: a capitalised weekday (in a text written in lower case, any weekday,
// as a month), and the comma after it when more of the date follows
// ("Tuesday, March 3").
func weekdayPart(s *dateScan) {
	toks := s.toks
	if toks[s.j].class()&lex.WeekdayName == 0 {
		return
	}
	wd, ok := lex.Weekday(toks[s.j].Lower())
	if !ok || !toks[s.j].Cap() && !s.lower {
		return
	}
	s.dt.Weekday = wd
	s.j++
	if j := s.j; j+1 < len(toks) && toks[j].Text() == "," {
		if _, ok := s.monthAt(j + 1); ok || toks[j+1].Kind == NumberToken {
			s.j++
		}
	}
}

// D3: an ISO date, "2025-08-11".
func isoDate(s *dateScan) match {
	toks, j := s.toks, s.j
	y, ok := isYear(&toks[j])
	if !ok || j+4 >= len(toks) || toks[j+1].Text() != "-" || toks[j+3].Text() != "-" ||
		toks[j+2].Kind != NumberToken || toks[j+4].Kind != NumberToken || !adjacent(toks, j, j+1) {
		return noMatch
	}
	m := atoi(toks[j+2].Lower())
	day := atoi(toks[j+4].Lower())
	if m < 1 || m > 12 || day < 1 || day > 31 {
		return noMatch
	}
	s.dt.Year, s.dt.Month, s.dt.Day = y, m, day
	s.j += 5
	return matched
}

// dayNumber reads a day of the month, "21" or "21st", at token j.
func dayNumber(t *Token) (int, bool) {
	if t.Kind != NumberToken {
		return 0, false
	}
	day, ok := parseInt(strings.TrimRight(t.Lower(), "stndrh"))
	return day, ok && day >= 1 && day <= 31
}

// D4: the day before the month, then a year: "21 February 2022",
// "21 Feb. 2022".
func dayMonth(s *dateScan) match {
	toks, j := s.toks, s.j
	if j+1 >= len(toks) {
		return noMatch
	}
	day, ok := dayNumber(&toks[j])
	if !ok {
		return noMatch
	}
	m, ok := s.monthAt(j + 1)
	if !ok {
		return noMatch
	}
	s.dt.Day, s.dt.Month = day, m
	s.j += 2
	if s.j < len(toks) && toks[s.j].Kind == PunctToken && toks[s.j].Text() == "." {
		s.j++
	}
	yearAfter(s)
	monthRangeEnd(s)
	if s.dt.EndYear == 0 {
		monthsRangeEnd(s)
	}
	return matched
}

// monthRangeEnd reads, after a month and year, the end of a range that
// ends in a later year ("April 2004 to February 2014", "between May 3,
// 2018 and June 2020", "3 May 2018 to 1 June 2020"), and makes the date the range of their years: the
// months and days of its ends are left out, so a date in any year of it
// falls within it. Only a word joins such a range (see the dash below).
func monthRangeEnd(s *dateScan) {
	toks, j := s.toks, s.j
	if s.dt.Year == 0 || j+1 >= len(toks) || toks[j].Kind != WordToken ||
		!rangeWord(toks[j].Lower(), s.i > 0 && toks[s.i-1].Lower() == "between") {
		return // a dash between full dates is most often a life or a term ("(May 1, 1916 – 20 November 1917)"), each end a date
	}
	k := j + 1
	if _, ok := isYear(&toks[k]); !ok { // "May 2018 to 2020" has no month at its end
		if _, ok := dayNumber(&toks[k]); ok {
			k++ // "to 1 June 2020"
		}
		if k >= len(toks) {
			return
		}
		if _, ok := s.monthAt(k); !ok {
			return
		}
		k++
	}
	if k < len(toks) && toks[k].Text() == "." {
		k++
	}
	if k < len(toks) {
		if _, ok := dayNumber(&toks[k]); ok {
			k++
			if k < len(toks) && toks[k].Text() == "," {
				k++
			}
		}
	}
	if k < len(toks) {
		if e, ok := isYear(&toks[k]); ok && e > s.dt.Year && e < s.dt.Year+100 {
			s.dt.EndYear, s.dt.Month, s.dt.Day = e, 0, 0
			s.j = k + 1
		}
	}
}

// rangeWord reports whether a lower-cased word joins the two ends of a
// range: "to", a dash, "through", "until", "till", and "and" after
// "between" (between).
func rangeWord(w string, between bool) bool {
	switch w {
	case "-", "–", "to", "through", "until", "till":
		return true
	case "and":
		return between
	}
	return false
}

// D5: the month first, then a day and a year: "February 21, 2022",
// "Sept. 2019", "May".
func monthDay(s *dateScan) match {
	toks := s.toks
	m, ok := s.monthAt(s.j)
	if !ok {
		return noMatch
	}
	s.dt.Month = m
	s.j++
	if j := s.j; j < len(toks) && toks[j].Text() == "." && adjacent(toks, j-1, j) && j+1 < len(toks) && len(toks[j-1].Lower()) <= 4 {
		s.j++ // "Sept."
	}
	if s.j < len(toks) {
		if day, ok := dayNumber(&toks[s.j]); ok {
			s.dt.Day = day
			s.j++
			if j := s.j; j+1 < len(toks) && toks[j].Text() == "," {
				if _, ok := isYear(&toks[j+1]); ok {
					s.j++
				}
			}
		}
	}
	yearAfter(s)
	monthRangeEnd(s)
	if s.dt.EndYear == 0 {
		monthsRangeEnd(s)
	}
	return matched
}

// monthsRangeEnd reads, after a month, the end of a range of months and
// makes the date that range, so that a month within it falls within it: a
// later month, maybe with the year ("June to September", "June-September
// 2019", "between June 2019 and September 2019"); an earlier one, the
// range running into the next year ("November to February", "November
// 2019 to February", "November-February 2020", whose years it takes); and
// days of two months ("June 3 to September 5", "from 3 June to 5
// September", "2 December to 1 January", "June 11 to June 13"), a range of
// their months whose days are left out, as a range of years leaves out
// its months. An end with a day where the start has none, or none where it
// has one ("June to September 5"), is left alone, and so are full dates
// joined by a dash, most often a life or a term (see monthRangeEnd).
func monthsRangeEnd(s *dateScan) {
	toks, j := s.toks, s.j
	if j+1 >= len(toks) || !rangeWord(toks[j].Lower(), s.i > 0 && toks[s.i-1].Lower() == "between") {
		return
	}
	if s.dt.Day != 0 && s.dt.Year != 0 && toks[j].Kind != WordToken {
		return // "(May 1, 1916 – November 20, 1916)"
	}
	k, endDay := j+1, 0
	if d, ok := dayNumber(&toks[k]); ok {
		endDay, k = d, k+1 // "to 5 September"
	}
	e, ok := s.monthAt(k)
	if !ok {
		return
	}
	k++
	if k+1 < len(toks) && toks[k].Text() == "." && adjacent(toks, k-1, k) && len(toks[k-1].Lower()) <= 4 {
		k++ // "to Sept. 7"
	}
	if endDay == 0 && k < len(toks) {
		if d, ok := dayNumber(&toks[k]); ok {
			endDay, k = d, k+1 // "to September 5"
		}
	}
	if (endDay != 0) != (s.dt.Day != 0) || e == s.dt.Month && endDay <= s.dt.Day {
		return
	}
	wraps := e < s.dt.Month
	if k+1 < len(toks) && toks[k].Text() == "," && endDay != 0 {
		if _, ok := isYear(&toks[k+1]); ok {
			k++ // "September 5, 2019"
		}
	}
	year, endYear := s.dt.Year, 0
	if k < len(toks) {
		if y, ok := isYear(&toks[k]); ok {
			switch {
			case !wraps && (year == 0 || year == y):
				year = y
			case wraps && (year == 0 || year == y-1):
				year, endYear = y-1, y
			default:
				return // another year: monthRangeEnd's, or no range
			}
			k++
		}
	}
	if wraps && year != 0 {
		endYear = year + 1
	}
	s.dt.Year, s.dt.EndYear, s.dt.EndMonth, s.dt.Day = year, endYear, uint8(e), 0
	s.j = k
}

// yearAfter reads the year that may close a date at token j.
func yearAfter(s *dateScan) {
	if s.j < len(s.toks) {
		if y, ok := isYear(&s.toks[s.j]); ok {
			s.dt.Year = y
			s.j++
		}
	}
}

// D6: a year, or a range of years ("2008-12", "2008 to 2012", "2008-2012").
// Money or a quantity is no year: "$2000", "2000 million", "2000%".
func yearForm(s *dateScan) match {
	y, ok := isYear(&s.toks[s.j])
	if !ok {
		return noMatch
	}
	if isQuantity(s.toks, s.j) {
		return rejected
	}
	s.dt.Year = y
	s.j++
	between := s.i > 0 && s.toks[s.i-1].Lower() == "between"
	if e, ok := yearRangeEnd(s.toks, s.j, y, between); ok {
		s.dt.EndYear = e
		s.j += 2
	}
	return matched
}

// isQuantity reports whether the four digits at token k are money or a
// quantity: a currency sign before them (or one space before, "$ 2000" as
// a tokeniser writes it; see moneySign), a multiplier or a percent after.
func isQuantity(toks []Token, k int) bool {
	if moneySign(toks, k) {
		return true
	}
	if k+1 < len(toks) {
		next := toks[k+1].Lower()
		if _, ok := lex.Multiplier(next); ok && len(next) > 2 {
			return true
		}
		return next == "%" || next == "percent"
	}
	return false
}

// yearRangeEnd reads the end of a range of years that starts with y, at
// token j: "-12", "to 2012", "–2012", "through 2012", "until 2012", and
// "and 2012" after "between" (between).
func yearRangeEnd(toks []Token, j, y int, between bool) (int, bool) {
	if j+1 >= len(toks) || toks[j+1].Kind != NumberToken || !rangeWord(toks[j].Lower(), between) {
		return 0, false
	}
	e, ok := parseInt(toks[j+1].Lower())
	if !ok {
		return 0, false
	}
	if e < 100 && len(toks[j+1].Lower()) == 2 {
		e += y / 100 * 100
	}
	return e, e > y && e < y+100
}

// D7: a decade, "1990s".
func decadeForm(s *dateScan) match {
	t := &s.toks[s.j]
	if t.Kind != NumberToken || len(t.Lower()) != 5 || t.Lower()[4] != 's' {
		return noMatch
	}
	y, ok := parseInt(t.Lower()[:4])
	if !ok || y < 1000 || y > 2100 || y%10 != 0 {
		return noMatch
	}
	s.dt.Year, s.dt.Decade = y, true
	s.j++
	return matched
}

// monthAt reports a month name at token j. It must be capitalised
// (lower-case "may" is the modal verb), except in a text written in lower
// case, where "may" and "march" count only next to a number or after a
// word that introduces a date ("in march", "5 may", "may 2019").
// Abbreviations ("Jan", "Sept") must be followed by a dot or a number.
func (s *dateScan) monthAt(j int) (int, bool) {
	toks := s.toks
	if j >= len(toks) || toks[j].Kind != WordToken {
		return 0, false
	}
	t := &toks[j]
	if t.class()&lex.MonthName == 0 {
		return 0, false
	}
	m, ok := lex.Month(t.Lower())
	if !ok || !t.Cap() && !s.lower {
		return 0, false
	}
	if len(t.Lower()) <= 4 && t.Lower() != "may" && t.Lower() != "june" && t.Lower() != "july" {
		if j+1 >= len(toks) || toks[j+1].Text() != "." && toks[j+1].Kind != NumberToken {
			return 0, false
		}
	}
	if !t.Cap() && (t.Lower() == "may" || t.Lower() == "march") && !datedContext(toks, j) {
		return 0, false
	}
	return m, true
}

// datedContext reports whether the word at j stands next to a number or
// after a word that introduces a date.
func datedContext(toks []Token, j int) bool {
	if j+1 < len(toks) && toks[j+1].Kind == NumberToken || j > 0 && toks[j-1].Kind == NumberToken {
		return true
	}
	return j > 0 && toks[j-1].class()&lex.DateIntroducer != 0
}

func (d *Document) finishDate(dt Date, toks []Token, i, j int) Date {
	dt.Text, dt.start = d.Text[toks[i].Start():toks[j-1].End()], uint32(toks[i].Start())
	return dt
}

func isDateWord(t *Token) bool {
	c := t.class()
	return c&lex.WeekdayName != 0 || c&lex.MonthName != 0 && len(t.Lower()) > 3
}

// shortMonthAt reports whether token k is a month's short form that a
// day follows, past its full stop ("Dec. 14", "Nov 3"): a date, not a
// name, though "Jan" alone may be one.
func shortMonthAt(toks []Token, k int) bool {
	t := &toks[k]
	if t.Kind != WordToken || t.class()&lex.MonthName == 0 || len(t.Lower()) > 4 {
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].Text() == "." {
		j++
	}
	if j >= len(toks) || toks[j].Kind != NumberToken {
		return false
	}
	d, ok := parseInt(strings.TrimRight(toks[j].Lower(), "stndrh"))
	return ok && d >= 1 && d <= 31
}

// degreeScale reports whether token k is the scale letter of a temperature
// after a degree sign ("41°C", "104 °F"): a unit, not a name.
func degreeScale(toks []Token, k int) bool {
	switch toks[k].Text() {
	case "C", "F", "K":
		return k > 0 && toks[k-1].Text() == "°"
	}
	return false
}
