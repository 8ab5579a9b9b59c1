package claims

import (
	"strconv"
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A Date is a calendar reference: a year, month, day or weekday, alone or
// together, or a range of years. Fields the text does not state are 0.
type Date struct {
	Text       string
	Start, End int
	Year       int
	Month      int // 1-12
	Day        int // 1-31
	Weekday    int // 1 (Monday) - 7 (Sunday)
	EndYear    int // the last year of a range ("2008 to 2012"), or 0
	Decade     bool
	Part       string // "early", "mid" or "late" when the text qualifies the date
}

// An Entity is a name: a run of capitalised words that is not just a

func isYear(t *Token) (int, bool) {
	if t.Kind != NumberToken || len(t.Lower) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.Lower)
	if err != nil || y < 1800 || y > 2100 {
		return 0, false
	}
	return y, true
}

// date parses a date starting at token i and returns it with the index of
// the token after it.
func (d *Document) date(toks []Token, i int) (Date, int, bool) {
	var dt Date
	j := i
	if j < len(toks) {
		switch toks[j].Lower {
		case "early", "mid", "late":
			if j+1 < len(toks) {
				if _, ok := isYear(&toks[j+1]); ok {
					dt.Part = toks[j].Lower
					j++
				} else if _, ok := lex.Month(toks[j+1].Lower); ok && toks[j+1].Cap {
					dt.Part = toks[j].Lower
					j++
				}
			}
		}
	}
	start := j
	if wd, ok := lex.Weekday(toks[j].Lower); ok && toks[j].Cap {
		dt.Weekday = wd
		j++
		// "Tuesday, March 3": the comma belongs to the date only when more
		// of the date follows it.
		if j+1 < len(toks) && toks[j].Text == "," {
			if _, ok := monthAt(toks, j+1); ok || toks[j+1].Kind == NumberToken {
				j++
			}
		}
		if j >= len(toks) {
			return d.finishDate(dt, toks, i, j), j, true // "... on Tuesday" ends the sentence
		}
	}
	// ISO 2025-08-11.
	if y, ok := isYear(&toks[j]); ok && j+4 < len(toks) && toks[j+1].Text == "-" && toks[j+3].Text == "-" &&
		toks[j+2].Kind == NumberToken && toks[j+4].Kind == NumberToken && adjacent(toks, j, j+1) {
		m, _ := strconv.Atoi(toks[j+2].Lower)
		day, _ := strconv.Atoi(toks[j+4].Lower)
		if m >= 1 && m <= 12 && day >= 1 && day <= 31 {
			dt.Year, dt.Month, dt.Day = y, m, day
			return d.finishDate(dt, toks, i, j+5), j + 5, true
		}
	}
	// Day before month: "21 February 2022".
	if toks[j].Kind == NumberToken && j+1 < len(toks) {
		if day, err := strconv.Atoi(strings.TrimRight(toks[j].Lower, "stndrh")); err == nil && day >= 1 && day <= 31 {
			if m, ok := monthAt(toks, j+1); ok {
				dt.Day, dt.Month = day, m
				j += 2
				if j < len(toks) && toks[j].Kind == PunctToken && toks[j].Text == "." {
					j++
				}
				if j < len(toks) {
					if y, ok := isYear(&toks[j]); ok {
						dt.Year = y
						j++
					}
				}
				return d.finishDate(dt, toks, i, j), j, true
			}
		}
	}
	if m, ok := monthAt(toks, j); ok {
		dt.Month = m
		j++
		if j < len(toks) && toks[j].Text == "." && adjacent(toks, j-1, j) && j+1 < len(toks) && len(toks[j-1].Lower) <= 4 {
			j++ // "Sept."
		}
		if j < len(toks) && toks[j].Kind == NumberToken {
			if day, err := strconv.Atoi(strings.TrimRight(toks[j].Lower, "stndrh")); err == nil && day >= 1 && day <= 31 {
				dt.Day = day
				j++
				if j+1 < len(toks) && toks[j].Text == "," {
					if _, ok := isYear(&toks[j+1]); ok {
						j++
					}
				}
			}
		}
		if j < len(toks) {
			if y, ok := isYear(&toks[j]); ok {
				dt.Year = y
				j++
			}
		}
		return d.finishDate(dt, toks, i, j), j, true
	}
	if y, ok := isYear(&toks[j]); ok {
		dt.Year = y
		j++
		// Not a year when money or a unit follows: "1500 soldiers" is below
		// the year range anyway, "$2000" has a currency before it.
		if start > 0 && toks[start-1].Kind == PunctToken && adjacent(toks, start-1, start) {
			if _, cur := lex.Currency(toks[start-1].Text); cur {
				return Date{}, i, false
			}
		}
		if j < len(toks) {
			if _, ok := lex.Multiplier(toks[j].Lower); ok && len(toks[j].Lower) > 2 {
				return Date{}, i, false
			}
			if toks[j].Lower == "%" || toks[j].Lower == "percent" {
				return Date{}, i, false
			}
		}
		// Ranges: "2008-12", "2008 to 2012", "2008-2012".
		if j+1 < len(toks) && (toks[j].Text == "-" || toks[j].Text == "–" || toks[j].Lower == "to") && toks[j+1].Kind == NumberToken {
			if e, err := strconv.Atoi(toks[j+1].Lower); err == nil {
				if e < 100 && len(toks[j+1].Lower) == 2 {
					e += y / 100 * 100
				}
				if e > y && e < y+100 {
					dt.EndYear = e
					j += 2
				}
			}
		}
		return d.finishDate(dt, toks, i, j), j, true
	}
	if t := &toks[j]; t.Kind == NumberToken && len(t.Lower) == 5 && t.Lower[4] == 's' {
		if y, err := strconv.Atoi(t.Lower[:4]); err == nil && y >= 1000 && y <= 2100 && y%10 == 0 {
			dt.Year, dt.Decade = y, true
			return d.finishDate(dt, toks, i, j+1), j + 1, true
		}
	}
	if dt.Weekday != 0 {
		return d.finishDate(dt, toks, i, j), j, true
	}
	return Date{}, i, false
}

// monthAt reports a month name at token j. "May" must be capitalised and
// "March" or "May" not followed by a verb-like lower-case word is still
// taken as the month; lower-case "may" is the modal verb.
func monthAt(toks []Token, j int) (int, bool) {
	if j >= len(toks) || !toks[j].Cap || toks[j].Kind != WordToken {
		return 0, false
	}
	m, ok := lex.Month(toks[j].Lower)
	if !ok {
		return 0, false
	}
	if len(toks[j].Lower) <= 4 && toks[j].Lower != "may" && toks[j].Lower != "june" && toks[j].Lower != "july" {
		// Abbreviations ("Jan", "Sept") must be followed by a dot or a number.
		if j+1 >= len(toks) || toks[j+1].Text != "." && toks[j+1].Kind != NumberToken {
			return 0, false
		}
	}
	return m, true
}

func (d *Document) finishDate(dt Date, toks []Token, i, j int) Date {
	dt.Start, dt.End = toks[i].Start, toks[j-1].End
	dt.Text = d.Text[dt.Start:dt.End]
	return dt
}

func isDateWord(t *Token) bool {
	if _, ok := lex.Weekday(t.Lower); ok {
		return true
	}
	_, ok := lex.Month(t.Lower)
	return ok && len(t.Lower) > 3
}
