package claims

import (
	"strconv"
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A Number is a quantity stated in a claim: digits or number words, with the
// value it denotes and its unit where the text states one.
type Number struct {
	Text       string  // the words that state it
	Start, End int     // byte offsets into the original text
	Value      float64 // in Unit; for a range, its low end
	Max        float64 // the high end of a range ("5 to 10"); equal to Value otherwise
	// Unit is what is counted: "age", "percent", a currency code ("USD"), a
	// canonical measure ("year", "day", "second", "metre", "kg"), or the stem
	// of the noun that follows ("farmer" in "six farmers"); "" when unknown.
	Unit    string
	Ordinal bool // "second day", "2nd"
	Approx  bool // "about", "almost", "more than" come before it
}

var notNumbers = setOf("once", "single", "lone", "sole", "double", "triple", "twice", "both",
	"half", "quarter", "last", "couple")

func (d *Document) numbersAndDates(c *Statement, nums []Number, dates []Date) ([]Number, []Date) {
	toks := c.Tokens
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == PunctToken || t.Kind == WordToken &&
			t.class&(lex.CardinalWord|lex.OrdinalWord|lex.MonthName|lex.WeekdayName|lex.DatePart) == 0 {
			continue
		}
		if dt, j, ok := d.date(toks, i); ok {
			dates = append(dates, dt)
			i = j - 1
			continue
		}
		var n Number
		j := i + 1
		switch {
		case t.Kind == NumberToken:
			v, suffix, ok := parseNumber(t.Lower)
			if !ok {
				continue
			}
			// Tokenised text splits thousands: "235, 000" is 235000.
			for suffix == "" && len(t.Lower) <= 3 && j+1 < len(toks) && toks[j].Text == "," &&
				adjacent(toks, j-1, j) && toks[j+1].Kind == NumberToken && len(toks[j+1].Lower) == 3 &&
				toks[j+1].Start == toks[j].End+1 && isDigits(toks[j+1].Lower) {
				v = v*1000 + float64(atoi(toks[j+1].Lower))
				j += 2
			}
			n.Value = v
			switch suffix {
			case "":
			case "st", "nd", "rd", "th":
				n.Ordinal = true
			case "s":
				continue // "1990s" is a decade, handled by date
			default:
				if m, ok := lex.Multiplier(suffix); ok {
					n.Value *= m
				} else if u, f, ok := lex.Unit(suffix); ok {
					n.Unit, n.Value = u, n.Value*f
				}
			}
		default:
			// "a third of", "two-thirds of", "one quarter of" are fractions,
			// read at the denominator; its numerator is skipped.
			if f, ok := fraction(toks, i); ok {
				n.Value = f
				n.Unit = nounAfterOf(toks, i+1)
				j = i + 1
				break
			}
			if k := i + 1; k < len(toks) {
				if toks[k].Text == "-" {
					k++
				}
				if _, ok := fraction(toks, k); ok {
					continue
				}
			}
			if notNumbers[t.Lower] {
				continue
			}
			if v, ok := lex.Ordinal(t.Lower); ok {
				n.Value, n.Ordinal = v, true
				break
			}
			v, ok := lex.Cardinal(t.Lower)
			if !ok {
				continue
			}
			if t.Lower == "one" && (j >= len(toks) || toks[j].Lower == "of" || toks[j].Kind == PunctToken) {
				continue // "one of the aides", a pronoun
			}
			if t.Lower == "dozen" && i > 0 && toks[i-1].Lower == "a" {
				v = 12
			}
			// "twenty-five"
			if j+1 < len(toks) && toks[j].Text == "-" && adjacent(toks, i, j) && adjacent(toks, j, j+1) {
				if u, ok := lex.Cardinal(toks[j+1].Lower); ok && u < 10 && v >= 20 {
					v += u
					j += 2
				}
			}
			n.Value = v
		}
		n.Max = n.Value
		// Multipliers: "1.2 billion", "two dozen".
		if j < len(toks) && !n.Ordinal {
			if m, ok := lex.Multiplier(toks[j].Lower); ok && len(toks[j].Lower) > 2 {
				n.Value *= m
				n.Max = n.Value
				j++
			}
		}
		// Currency before: "$1.2", "£5".
		if i > 0 && toks[i-1].Kind == PunctToken && adjacent(toks, i-1, i) {
			if cur, ok := lex.Currency(toks[i-1].Text); ok {
				n.Unit = cur
			}
		}
		// Ranges: "5 to 10", "5-10".
		if j+1 < len(toks) && (toks[j].Lower == "to" || toks[j].Text == "-" || toks[j].Text == "–") &&
			toks[j+1].Kind == NumberToken {
			if v, suffix, ok := parseNumber(toks[j+1].Lower); ok && suffix == "" && v > n.Value {
				n.Max = v
				j += 2
			}
		}
		hyphen := j < len(toks) && toks[j].Text == "-" && adjacent(toks, j-1, j)
		if hyphen {
			j++
		}
		if n.Unit == "" && j < len(toks) {
			next := toks[j].Lower
			switch {
			case next == "%" || next == "percent" || next == "pc" || next == "per" && j+1 < len(toks) && toks[j+1].Lower == "cent":
				n.Unit = "percent"
				j++
				if next == "per" {
					j++
				}
			case hyphen && next == "year" && j+2 < len(toks) && toks[j+1].Text == "-" && toks[j+2].Lower == "old":
				n.Unit = "age"
				j += 3
			default:
				if cur, ok := lex.Currency(next); ok {
					n.Unit = cur
					j++
				} else if u, f, ok := lex.Unit(next); ok && (len(next) > 1 || hyphen) {
					n.Unit, n.Value, n.Max = u, n.Value*f, n.Max*f
					j++
					if u == "year" && j+1 < len(toks) && toks[j].Lower == "old" {
						n.Unit, n.Value, n.Max = "age", n.Value/f, n.Max/f
						j++
					}
				} else if toks[j].Kind == WordToken && !toks[j].Stop {
					n.Unit = toks[j].Stem
				}
			}
		}
		if n.Unit == "" && isAge(toks, i, n.Value) {
			n.Unit = "age"
		}
		// "almost 550", "about £5bn": the approximator may stand before a
		// currency sign.
		before := i - 1
		if before > 0 && toks[before].Kind == PunctToken {
			if _, ok := lex.Currency(toks[before].Text); ok {
				before--
			}
		}
		if before >= 0 && toks[before].class&lex.Approximator != 0 {
			n.Approx = true
		}
		end := toks[j-1].End
		n.Text, n.Start, n.End = d.Text[t.Start:end], t.Start, end
		nums = append(nums, n)
		i = j - 1
	}
	return nums, dates
}

// fraction reads "a third of", "one quarter of", "two-thirds of" at token i
// (the denominator), returning the fraction's value.
func fraction(toks []Token, i int) (float64, bool) {
	if i >= len(toks) {
		return 0, false
	}
	den := strings.TrimSuffix(toks[i].Lower, "s")
	if den == "half" {
		return 0, false
	}
	d, ok := lex.Ordinal(den)
	if den == "quarter" {
		d, ok = 4, true
	}
	if !ok || d < 3 || i == 0 || i+1 >= len(toks) || toks[i+1].Lower != "of" {
		return 0, false
	}
	k := i - 1
	if toks[k].Text == "-" && k > 0 {
		k--
	}
	num := 1.0
	switch p := toks[k].Lower; {
	case p == "a" || p == "one":
	default:
		v, ok := lex.Cardinal(p)
		if !ok || v < 1 || v >= d {
			return 0, false
		}
		num = v
	}
	return num / d, true
}

// nounAfterOf returns the stem of the first content word after the "of" at
// token i ("a third of the budget" -> "budget").
func nounAfterOf(toks []Token, i int) string {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Kind == WordToken && !toks[k].Stop {
			return toks[k].Stem
		}
	}
	return ""
}

// isAge recognises "Ortiz, 54," and "aged 54".
func isAge(toks []Token, i int, v float64) bool {
	if v < 1 || v > 120 || v != float64(int(v)) || i == 0 {
		return false
	}
	if p := toks[i-1].Lower; p == "aged" || p == "age" {
		return true
	}
	if i < 2 || toks[i-1].Text != "," || !toks[i-2].Cap {
		return false
	}
	return i+1 == len(toks) || toks[i+1].Text == "," || toks[i+1].Text == "." || toks[i+1].Text == ")"
}

// parseNumber parses "1,200", "3.5", "2nd", "5m" into a value and the
// letters glued after the digits.
func parseNumber(s string) (float64, string, bool) {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
		i++
	}
	digits := s[:i]
	if strings.IndexByte(digits, ',') >= 0 {
		digits = strings.ReplaceAll(digits, ",", "")
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return 0, "", false
	}
	return v, s[i:], true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
