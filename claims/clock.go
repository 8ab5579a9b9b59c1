package claims

import (
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// N14: a time of day: hours and minutes joined by a colon ("1:34 PM",
// "22:10"), or hours, perhaps with minutes after a point, before "am" or
// "pm" ("6pm", "6.55 p.m."). Its unit is "clock" and its value the minutes
// past twelve on a twelve-hour dial, so "1:34 PM" and "13:34" agree: the
// hour is not read as a count of its own, nor the minutes as a count of
// "PM". An hour before "o'clock" is a time too ("three o'clock", "3
// o'clock").
func clockValue(s *numberScan) match {
	if h, ok := oclock(s.toks, s.i); ok {
		s.n.Value, s.n.Unit, s.n.Step = float64(h%12*60), "clock", 1
		s.j = s.i + 2
		return matched
	}
	if s.toks[s.i].Kind != NumberToken {
		return noMatch
	}
	h, m, j, ok := colonTime(s.toks, s.i)
	if !ok {
		h, m, j, ok = meridiemTime(s.toks, s.i)
	}
	if !ok || h > 24 || m > 59 {
		return noMatch
	}
	s.n.Value, s.n.Unit, s.n.Step = float64(h%12*60+m), "clock", 1
	s.j = j
	return matched
}

// colonTime reads hours and minutes joined by a colon at token i ("22:10",
// "1:34 PM"), with the "am" or "pm" after them, and returns them with the
// index of the token after the time.
func colonTime(toks []Token, i int) (h, m, j int, ok bool) {
	lower, j := toks[i].Lower(), i+1
	if !isDigits(lower) || len(lower) > 2 || j+1 >= len(toks) || toks[j].Text() != ":" ||
		!adjacent(toks, i, j) || !adjacent(toks, j, j+1) || len(toks[j+1].Lower()) != 2 || !isDigits(toks[j+1].Lower()) {
		return 0, 0, 0, false
	}
	h, m = atoi(lower), atoi(toks[j+1].Lower())
	j += 2
	if j < len(toks) && isMeridiem(toks[j].Lower()) {
		j++
	}
	return h, m, j, true
}

// meridiemTime reads hours, perhaps with minutes after a point, before
// "am" or "pm" at token i ("6pm", "6.55 p.m."), and returns them with the
// index of the token after the time.
func meridiemTime(toks []Token, i int) (h, m, j int, ok bool) {
	lower, j := toks[i].Lower(), i+1
	digits, suffix := lower, ""
	if k := strings.IndexFunc(lower, func(r rune) bool { return r != '.' && (r < '0' || r > '9') }); k > 0 {
		digits, suffix = lower[:k], lower[k:]
	}
	switch {
	case isMeridiem(suffix):
	case suffix == "" && j < len(toks) && isMeridiem(toks[j].Lower()):
		j++
	default:
		return 0, 0, 0, false
	}
	hh, mm, point := strings.Cut(digits, ".")
	if !isDigits(hh) || len(hh) > 2 || point && (len(mm) != 2 || !isDigits(mm)) {
		return 0, 0, 0, false
	}
	h = atoi(hh)
	if point {
		m = atoi(mm)
	}
	return h, m, j, true
}

// isMeridiem reports "am", "pm", "a.m." or "p.m." in lower case.
func isMeridiem(lower string) bool {
	switch strings.TrimSuffix(lower, ".") {
	case "am", "pm", "a.m", "p.m":
		return true
	}
	return false
}

// oclock reads an hour, a number word or digits from 1 to 12, before
// "o'clock" (or "oclock") at token i.
func oclock(toks []Token, i int) (int, bool) {
	if i+1 >= len(toks) || toks[i+1].Stem() != "o'clock" && toks[i+1].Lower() != "oclock" {
		return 0, false
	}
	var h int
	switch t := &toks[i]; t.Kind {
	case NumberToken:
		if !isDigits(t.Lower()) {
			return 0, false
		}
		h = atoi(t.Lower())
	case WordToken:
		v, ok := lex.Cardinal(t.Lower())
		if !ok {
			return 0, false
		}
		h = int(v)
	default:
		return 0, false
	}
	return h, h >= 1 && h <= 12
}
