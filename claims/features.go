package claims

import (
	"slices"
	"strconv"
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
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
// capitalised first word of a sentence.
type Entity struct {
	Text       string
	Start, End int
	// Words are the name keys (see NameKey) of its words, titles such as
	// "President" or "Mr." left out, in order. The last is the surname for
	// a person.
	Words []string
	// ordinary has bit k set when Words[k] is also an ordinary English word
	// ("Media", "United", "Times"); words past the 64th count as names.
	ordinary uint64
}

// Head returns the key of the entity's last word that is not an ordinary
// English word: the surname of a person, the distinctive part of most
// other names ("ozy" in "Ozy Media"), or the name itself when it is one
// word. It is "" when every word of a longer name is ordinary ("White
// House"): such a name is only ever met whole.
func (e *Entity) Head() string {
	for k := len(e.Words) - 1; k >= 0; k-- {
		if !e.Ordinary(k) {
			return e.Words[k]
		}
	}
	if len(e.Words) == 1 {
		return e.Words[0]
	}
	return ""
}

// Ordinary reports whether Words[k] is also an ordinary English word
// ("Media" in "Ozy Media").
func (e *Entity) Ordinary(k int) bool { return k < 64 && e.ordinary&(1<<k) != 0 }

// allOrdinary reports whether every word of the name is an ordinary
// English word ("United", "The Times").
func (e *Entity) allOrdinary() bool {
	n := min(len(e.Words), 64)
	return e.ordinary == (1<<n)-1
}

// Matches reports whether two entities can name the same thing: every word
// of the shorter name is a variant of a word of the longer one, and the
// shorter holds the longer's head (see Head) unless it is all ordinary
// words, so "Orlov" and "Andrei N. Orlov" match, "United" and "Manchester
// United" too, while "Acme Media" and "Apex Media" do not, nor "London" and
// "London Mexican".
// A single letter matches a word with that initial ("J. Smith", "John
// Smith").
func (e *Entity) Matches(o *Entity) bool {
	if len(e.Words) == 0 || len(o.Words) == 0 {
		return false
	}
	short, long := e, o
	if len(short.Words) > len(long.Words) {
		short, long = long, short
	}
	for _, w := range short.Words {
		if !slices.ContainsFunc(long.Words, func(v string) bool { return sameNameWord(w, v) }) {
			return false
		}
	}
	// The shorter name must hold the longer one's distinctive word:
	// "Orlov" is "Andrei Orlov", but "London" is not "London Mexican".
	// A short form made of ordinary words ("United" for "Manchester United")
	// is let be.
	if h := long.Head(); h != "" && len(short.Words) < len(long.Words) && !short.allOrdinary() {
		return slices.ContainsFunc(short.Words, func(w string) bool { return sameNameWord(w, h) })
	}
	return true
}

// sameNameWord reports whether two name keys are variants of one word, or
// one is the initial of the other ("J." and "John").
func sameNameWord(w, v string) bool {
	return lex.SameNameKey(w, v) || len(w) == 1 && strings.HasPrefix(v, w) || len(v) == 1 && strings.HasPrefix(w, v)
}

// NameKey returns the key under which spelling variants of one name word
// meet ("Andrei" and "Andrey", "Yuri" and "Yury").
func NameKey(word string) string { return lex.NameKey(word) }

// CueKind classifies a cue.
type CueKind uint8

// Cue kinds.
const (
	Negation    CueKind = CueKind(lex.Negation)
	Hedge       CueKind = CueKind(lex.Hedge)
	Attribution CueKind = CueKind(lex.Attribution)
)

// String returns "negation", "hedge" or "attribution".
func (k CueKind) String() string {
	switch k {
	case Negation:
		return "negation"
	case Hedge:
		return "hedge"
	case Attribution:
		return "attribution"
	}
	return "none"
}

// A Cue is a word that negates, hedges or attributes what a claim says.
type Cue struct {
	Kind       CueKind
	Text       string
	Start, End int
	Token      int // index of the cue word in the claim's Tokens
	// Source names who the claim is attributed to, for an attribution cue
	// whose source could be found ("The Daily Example" in "The Daily
	// Example reported"); SourceStart and SourceEnd locate it.
	Source                 string
	SourceStart, SourceEnd int
}

// extract fills the claim's features from its tokens.
func (d *Document) extract(c *Statement, common map[string]bool) {
	c.Numbers, c.Dates = d.numbersAndDates(c, c.Numbers[:0], c.Dates[:0])
	c.Entities = d.entities(c, common)
	c.Cues = d.cues(c)
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

func adjacent(toks []Token, i, j int) bool { return toks[i].End == toks[j].Start }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

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

var nameConnectors = setOf("of", "de", "da", "del", "della", "di", "van", "von", "der", "den",
	"bin", "al", "la", "le", "du", "dos", "das", "y", "ibn", "on", "upon", "and")

// entities finds runs of capitalised words. A capitalised first word of a
// sentence counts only when the document never uses it in lower case.
func (d *Document) entities(c *Statement, common map[string]bool) []Entity {
	var out []Entity
	toks := c.Tokens
	if d.lowerCased {
		return d.lowerCaseEntities(c)
	}
	first := firstWord(toks)
	// In a title-case headline every word is capitalised: only words the
	// document never writes in lower case can be names there.
	titleCase := isTitleCase(toks)
	isName := func(t *Token) bool {
		if titleCase {
			if len(d.midCaps) == 0 {
				return isNameWord(t) && !common[t.Stem] // nothing else to go by
			}
			return isNameWord(t) && d.midCaps[t.Stem] && !common[t.Stem]
		}
		return isNameWord(t)
	}
	for i := 0; i < len(toks); i++ {
		if !isName(&toks[i]) {
			continue
		}
		j := i + 1
		for j < len(toks) {
			t := &toks[j]
			switch {
			case isName(t) && !isShouting(t):
				j++
				continue
			case t.Text == "." && len(toks[j-1].Text) <= 3 && toks[j-1].Cap && adjacent(toks, j-1, j) &&
				j+1 < len(toks) && isNameWord(&toks[j+1]):
				j++ // an initial or abbreviation: "Andrei N. Orlov", "St. Louis"
				continue
			case (t.Text == "-" || t.Text == "'") && adjacent(toks, j-1, j) && j+1 < len(toks) &&
				adjacent(toks, j, j+1) && toks[j+1].Cap:
				j += 2 // "Al-Assad", "O'Brien"
				continue
			case nameConnectors[t.Lower] && t.Lower != "and" && j+1 < len(toks) && isNameWord(&toks[j+1]) && !toks[j+1].Stop:
				j += 2 // "Bank of England"
				continue
			}
			break
		}
		s := i
		// Drop a sentence-initial common word: "The", "However", "Later".
		initial := s == first || s > 0 && toks[s-1].Kind == PunctToken && opensQuote(toks[s-1].Text)
		// An ordinary English word opening a sentence is not a name unless
		// the text capitalises it elsewhere too ("Give me arguments").
		if initial && (toks[s].Stop || common[toks[s].Stem] || toks[s].class&lex.Starter != 0 ||
			lexicon.Common(toks[s].Stem) && !d.midCaps[toks[s].Stem]) {
			s++
		}
		for s < j && (toks[s].Stop || toks[s].Kind != WordToken || isShouting(&toks[s]) || isDateWord(&toks[s]) ||
			lex.IsPronounContraction(toks[s].Lower)) {
			s++
		}
		e := j
		// A weekday or month after a name is a date: "the Ford Explorer
		// Friday", "the Monetary Fund on Thursday".
		for e > s && (toks[e-1].Kind != WordToken || nameConnectors[toks[e-1].Lower] || isDateWord(&toks[e-1])) {
			e--
		}
		if s < e {
			ent := Entity{Start: toks[s].Start, End: toks[e-1].End}
			ent.Text = d.Text[ent.Start:ent.End]
			for k := s; k < e; k++ {
				if toks[k].Kind == WordToken && toks[k].Cap && toks[k].class&lex.TitleWord == 0 {
					if n := len(ent.Words); n < 64 && lexicon.Common(toks[k].Stem) {
						ent.ordinary |= 1 << n
					}
					ent.Words = append(ent.Words, toks[k].NameKey())
				}
			}
			if len(ent.Words) > 0 {
				out = append(out, ent)
			}
		}
		i = j - 1
	}
	return out
}

// lowerCaseEntities finds names in a text written all in lower case, as
// some summarisers and tokenisers leave it: a run of words that are neither
// function words nor ordinary English words is taken for a name.
func (d *Document) lowerCaseEntities(c *Statement) []Entity {
	var out []Entity
	toks := c.Tokens
	isName := func(t *Token) bool {
		return t.Kind == WordToken && !t.Stop && len(t.Lower) >= 3 && t.class&lex.TitleWord == 0 &&
			!lexicon.Common(t.Stem) && !d.midCaps[t.Stem] && isAlpha(t.Lower) && !isDateWord(t)
	}
	for i := 0; i < len(toks); i++ {
		if !isName(&toks[i]) {
			continue
		}
		j := i + 1
		for j < len(toks) {
			if isName(&toks[j]) {
				j++
				continue
			}
			if toks[j].Text == "-" && adjacent(toks, j-1, j) && j+1 < len(toks) && adjacent(toks, j, j+1) &&
				toks[j+1].Kind == WordToken && !toks[j+1].Stop {
				j += 2 // "louis-dreyfus", "al-assad"
				continue
			}
			break
		}
		e := Entity{Start: toks[i].Start, End: toks[j-1].End}
		e.Text = d.Text[e.Start:e.End]
		for k := i; k < j; k++ {
			if toks[k].Kind == WordToken {
				e.Words = append(e.Words, toks[k].NameKey())
			}
		}
		out = append(out, e)
		i = j - 1
	}
	return out
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// isLowerCased reports a text with words enough and almost no capitals.
func isLowerCased(cs []Statement) bool {
	words, caps := 0, 0
	for i := range cs {
		for j := range cs[i].Tokens {
			if t := &cs[i].Tokens[j]; t.Kind == WordToken {
				words++
				if t.Cap {
					caps++
				}
			}
		}
	}
	return words >= 5 && caps*50 < words
}

// isTitleCase reports a sentence of four or more content words, nearly all
// capitalised: a headline written in title case.
func isTitleCase(toks []Token) bool {
	if n := len(toks); n > 0 && toks[n-1].Kind == PunctToken && strings.ContainsAny(toks[n-1].Text, ".!?”\"") {
		return false // headlines do not end with a full stop
	}
	words, caps := 0, 0
	for i := range toks {
		if toks[i].Kind == WordToken && !toks[i].Stop {
			words++
			if toks[i].Cap {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// opensQuote reports a mark after which a capitalised word may just open a
// quoted sentence.
func opensQuote(mark string) bool {
	switch mark {
	case "“", "\"", "‘", "'", "«", "„", ":", "(", "[":
		return true
	}
	return false
}

func isNameWord(t *Token) bool {
	return t.Kind == WordToken && t.Cap
}

// isShouting reports a long all-capitals word, the tabloid emphasis of an
// ordinary word ("A LONE voice"), unlike an acronym ("UNESCO").
func isShouting(t *Token) bool {
	if len(t.Text) <= 5 {
		return false
	}
	for i := 0; i < len(t.Text); i++ {
		if 'a' <= t.Text[i] && t.Text[i] <= 'z' {
			return false
		}
	}
	return true
}

func isDateWord(t *Token) bool {
	if _, ok := lex.Weekday(t.Lower); ok {
		return true
	}
	_, ok := lex.Month(t.Lower)
	return ok && len(t.Lower) > 3
}

func firstWord(toks []Token) int {
	for i := range toks {
		if toks[i].Kind != PunctToken {
			return i
		}
	}
	return -1
}

// negativePhrasalVerb recognises "turned down the offer" and "ruled out a
// deal", verbs that negate their complement as "rejected" does.
func negativePhrasalVerb(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i].Stem + " " + toks[i+1].Lower {
	case "turn down", "rule out":
		return true
	}
	return false
}

// cues finds negation, hedge and attribution words and, for attributions,
// who the claim is attributed to.
func (d *Document) cues(c *Statement) []Cue {
	var out []Cue
	toks := c.Tokens
	for i := range toks {
		t := &toks[i]
		if t.Kind != WordToken {
			continue
		}
		k := t.class.Cue()
		if k == lex.NoCue && negativePhrasalVerb(toks, i) {
			k = lex.Negation
		}
		if k == lex.NoCue {
			continue
		}
		if t.Lower == "according" && (i+1 >= len(toks) || toks[i+1].Lower != "to") {
			continue
		}
		if k == lex.Hedge && capitalisedMay(toks, i) {
			continue
		}
		cue := Cue{Kind: CueKind(k), Text: t.Text, Start: t.Start, End: t.End, Token: i}
		if k == lex.Attribution {
			t.Attribution = true
			if t.Lower == "according" {
				toks[i+1].Attribution = true
			}
			s, e := attributedSource(toks, i)
			if s < e {
				cue.SourceStart, cue.SourceEnd = toks[s].Start, toks[e-1].End
				cue.Source = d.Text[cue.SourceStart:cue.SourceEnd]
				for k := s; k < e; k++ {
					toks[k].Attribution = true
				}
			}
		}
		out = append(out, cue)
	}
	// A sentence that is all attribution ("She commented.") reports nothing
	// else: its words are its content.
	for i := range toks {
		if toks[i].Content() {
			return out
		}
	}
	for i := range toks {
		toks[i].Attribution = false
	}
	return out
}

// capitalisedMay recognises "May" that is the month or a name, not the
// modal verb: capitalised after a word ("in May 2014", "Theresa May"), or
// before a number ("May 22").
func capitalisedMay(toks []Token, i int) bool {
	if toks[i].Lower != "may" || !toks[i].Cap {
		return false
	}
	return i > 0 && toks[i-1].Kind != PunctToken || i+1 < len(toks) && toks[i+1].Kind == NumberToken
}

// clauseOpeners are conjunctions that open the clause an attribution's
// subject stands in.
var clauseOpeners = map[string]bool{"and": true, "but": true, "or": true, "while": true, "whereas": true,
	"because": true, "although": true, "though": true, "as": true, "when": true, "after": true,
	"before": true, "since": true, "so": true, "if": true, "yet": true}

// attributedSource returns the token range naming who said or reported what
// the attribution cue at i introduces.
func attributedSource(toks []Token, i int) (int, int) {
	lw := toks[i].Lower
	forward := func(from int) (int, int) {
		e := from
		for e < len(toks) && e-from < 8 && toks[e].Kind != PunctToken && toks[e].Lower != "that" {
			e++
		}
		return from, e
	}
	switch {
	case lw == "according":
		return forward(i + 2)
	case lw == "citing" || lw == "cited":
		return forward(i + 1)
	}
	if i+1 < len(toks) && toks[i+1].Lower == "by" {
		return forward(i + 2) // "as reported by the publication"
	}
	if i+1 < len(toks) && toks[i+1].Cap && toks[i+1].Kind == WordToken && !toks[i+1].Stop {
		e := i + 1
		for e < len(toks) && toks[e].Cap && toks[e].Kind == WordToken {
			e++
		}
		// "said Ortiz." or "said Ortiz, who..." but not "said Ortiz is...",
		// where the name opens the reported clause.
		if e == len(toks) || toks[e].Kind == PunctToken {
			return i + 1, e
		}
	}
	// The subject before the verb: back to a comma, quote or the start.
	e := i
	for e > 0 && (toks[e-1].Lower == "often" || toks[e-1].Lower == "also" || toks[e-1].Lower == "has" ||
		toks[e-1].Lower == "have" || toks[e-1].Lower == "had" || strings.HasSuffix(toks[e-1].Lower, "ly")) {
		e--
	}
	// "X called and said": the subject is shared with an earlier verb and
	// lies beyond what this simple reading can find.
	if e > 0 && (toks[e-1].Lower == "and" || toks[e-1].Lower == "or" || toks[e-1].Lower == "but") {
		return e, e
	}
	// Step over an appositive: "Jane Doe, a journalist, said".
	if e > 1 && toks[e-1].Text == "," {
		k := e - 2
		for k > 0 && e-k < 12 && toks[k].Text != "," {
			k--
		}
		if k > 0 && toks[k].Text == "," {
			e = k
		}
	}
	// Back to the start of the clause: "X cooked but officials said" is
	// said by "officials", "But the newspaper said" by "the newspaper".
	s := e
	for s > 0 && e-s < 8 && toks[s-1].Kind != PunctToken && toks[s-1].Lower != "that" && !clauseOpeners[toks[s-1].Lower] {
		s--
	}
	for k := s; k < e; k++ {
		if !toks[k].Stop {
			return s, e
		}
	}
	return e, e // only pronouns and function words: "It is noted"
}
