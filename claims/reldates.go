package claims

import (
	"strconv"
	"strings"
)

// A RelativeDate is a date given from the day the text was written:
// "today", "yesterday", "tomorrow", "tonight", "last night", "this
// morning", "last week", "next month", "this year", "last season", "this
// weekend". It is a date of its own kind, not a Date: which day "today"
// is depends on when the text was written, so a check compares it only
// with another relative date, never with a calendar date or a weekday
// ("on Tuesday" may be "yesterday" for a later writer).
//
// Its offsets are methods, as a Date's are.
type RelativeDate struct {
	Text  string
	start uint32 // byte offset of Text in the original text
	// Scale is the unit it counts in: a day for "today", a year for "last
	// year".
	Scale Scale
	// Part is the part of the day "this morning", "tonight" and "last
	// night" name, or NoPart.
	Part DayPart
	// Offset counts units from the writer's own: -1 for "yesterday" and
	// "last week", 0 for "today" and "this year", +1 for "tomorrow" and
	// "next month", -2 and +2 for "the day before yesterday" and "the day
	// after tomorrow".
	Offset int8
}

// Start returns the byte offset of the relative date's text in the
// original text.
func (r *RelativeDate) Start() int { return int(r.start) }

// End returns the byte offset of the end of the relative date's text.
func (r *RelativeDate) End() int { return int(r.start) + len(r.Text) }

// A Scale is the unit a RelativeDate counts in. Day, Week, Month and Year
// nest, each within the next; the others are compared only with
// themselves.
type Scale uint8

// The scales of relative dates.
const (
	NoScale Scale = iota
	Day           // "today", "yesterday", "tonight", "this morning", "last night"
	Week          // "this week", "last week"
	Month         // "next month"
	Year          // "last year"
	Weekend       // "this weekend"
	Season        // a season of sport or of a show: "last season"
	Spring        // "this spring"
	Summer        // "last summer"
	Autumn        // "next autumn", "this fall"
	Winter        // "last winter"
)

var scaleNames = [...]string{"none", "day", "week", "month", "year", "weekend", "season", "spring", "summer", "autumn", "winter"}

// String returns the scale's name in lower case: "day", "week", "month".
func (s Scale) String() string {
	if int(s) < len(scaleNames) {
		return scaleNames[s]
	}
	return "scale(" + strconv.Itoa(int(s)) + ")"
}

// Nested reports whether the scale is one of Day, Week, Month and Year,
// each of which falls within the next.
func (s Scale) Nested() bool { return s >= Day && s <= Year }

// A DayPart is the part of a day that a relative date of the Day scale
// names.
type DayPart uint8

// The parts of a day. An evening and a night are one part: "tonight" is
// "this evening", "last night" is "yesterday evening".
const (
	NoPart    DayPart = iota
	Morning           // "this morning", "yesterday morning"
	Afternoon         // "this afternoon"
	Evening           // "tonight", "last night", "tomorrow evening"
)

var partNames = [...]string{"none", "morning", "afternoon", "evening"}

// String returns the part's name in lower case: "morning", "afternoon",
// "evening".
func (p DayPart) String() string {
	if int(p) < len(partNames) {
		return partNames[p]
	}
	return "part(" + strconv.Itoa(int(p)) + ")"
}

// relativeDays are the words that name a day from the writer's.
var relativeDays = map[string]int8{"yesterday": -1, "today": 0, "tomorrow": 1}

// relativeWords are the words before a unit that count from the writer's
// ("last week", "this year", "next month").
var relativeWords = map[string]int8{"last": -1, "this": 0, "next": 1}

// relativeUnits are the units "last", "this" and "next" count in. The
// parts of a day name the Day scale (see dayParts).
var relativeUnits = map[string]Scale{
	"week": Week, "weekend": Weekend, "month": Month, "year": Year, "season": Season,
	"spring": Spring, "summer": Summer, "autumn": Autumn, "fall": Autumn, "winter": Winter,
}

// dayParts are the parts of a day a day's word may be followed by
// ("yesterday morning", "tomorrow night"), and that "this" or "last" may
// stand before ("this morning", "last night").
var dayParts = map[string]DayPart{"morning": Morning, "afternoon": Afternoon, "evening": Evening, "night": Evening}

// notRelative are the words before "last", "this" or "next" that make it
// no date from the writer's: "the last year" is the past twelve months,
// "the next day" a day of the story, "his last season" his final one (and
// so "the club's last season": see possessiveToken).
var notRelative = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "my": true, "your": true, "whose": true,
	"that": true, "this": true, "every": true, "each": true,
}

// contractions are the words whose "'s" is "is" or "has".
var contractions = map[string]bool{"it": true, "he": true, "she": true, "that": true, "there": true, "what": true, "who": true, "here": true, "where": true}

// genericNow are the nouns after "today's" ("today's teenagers") or before
// "of today" ("the youth of today") for which "today" is "nowadays", no
// date.
var genericNow = map[string]bool{
	"world": true, "society": true, "youth": true, "generation": true, "generations": true,
	"teenagers": true, "teens": true, "children": true, "kids": true, "young": true,
	"standards": true, "culture": true, "age": true,
}

// titleNouns are the nouns after which a day's word is a title, not a date:
// "the today programme" in a text written in lower case, where it is no
// capitalised name.
var titleNouns = map[string]bool{"programme": true, "program": true, "show": true, "newspaper": true}

// relativeDates reads the relative dates of a claim's tokens, left to
// right, leaving out the words inside its names (ents): "the Today
// programme", "USA Today" and "This Morning" are no dates.
func (d *Document) relativeDates(sc *scans, toks []Token, ents []Entity) {
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != WordToken || !opensRelative(toks[i].Lower()) {
			continue
		}
		r, j, ok := relativeDate(d.Text, toks, i)
		if !ok || inEntity(ents, toks[i].Start(), toks[j-1].End()) {
			continue
		}
		r.Text, r.start = d.Text[toks[i].Start():toks[j-1].End()], uint32(toks[i].Start())
		sc.rels.add(r, 8)
		i = j - 1
	}
}

// opensRelative reports whether a lower-cased word may open a relative
// date: a switch, cheaper than the maps for the words that cannot.
func opensRelative(w string) bool {
	switch w {
	case "yesterday", "today", "tomorrow", "tonight", "last", "this", "next", "day":
		return true
	}
	return false
}

// relativeDate reads the relative date that starts at token i, if any, and
// returns it (without its text) with the index of the token after it.
//
//	R1: a day's word, maybe with a part of the day: "today", "yesterday
//	    morning", "tomorrow night"; not "today's teenagers", "the today
//	    programme".
//	R2: "tonight": this evening.
//	R3: "last", "this" or "next", maybe with "past" or "coming", before a
//	    unit or a part of a day: "last week", "this past weekend", "next
//	    season", "this morning", "last night"; not after "the", a
//	    possessive or "every" ("the last year", "his last season",
//	    "the club's last season", but "it's last year's").
//	R4: "day before yesterday" and "day after tomorrow", two days away.
func relativeDate(text string, toks []Token, i int) (RelativeDate, int, bool) {
	w := toks[i].Lower()
	if w == "day" { // R4
		if i+2 < len(toks) {
			// Word by word: "day" is common, and a joined string for each
			// would be an allocation.
			switch next, after := toks[i+1].Lower(), toks[i+2].Lower(); {
			case next == "before" && after == "yesterday":
				return RelativeDate{Scale: Day, Offset: -2}, i + 3, true
			case next == "after" && after == "tomorrow":
				return RelativeDate{Scale: Day, Offset: 2}, i + 3, true
			}
		}
		return RelativeDate{}, i, false
	}
	if off, ok := relativeDays[w]; ok { // R1
		if genericToday(text, toks, i) {
			return RelativeDate{}, i, false
		}
		r := RelativeDate{Scale: Day, Offset: off}
		j := i + 1
		if j < len(toks) && toks[j].Kind == WordToken {
			if p, ok := dayParts[toks[j].Lower()]; ok && off != 0 {
				r.Part = p
				j++
			}
		}
		return r, j, true
	}
	if w == "tonight" { // R2
		return RelativeDate{Scale: Day, Part: Evening}, i + 1, true
	}
	off, ok := relativeWords[w] // R3
	if !ok || i > 0 && (notRelative[toks[i-1].Lower()] && !possessiveAfter(text, toks[i-1].End()) || off == -1 && possessiveToken(text, toks, i-1)) {
		return RelativeDate{}, i, false
	}
	j := i + 1
	if j < len(toks) && off == 0 {
		switch toks[j].Lower() {
		case "past":
			off, j = -1, j+1
		case "coming":
			off, j = 1, j+1
		}
	}
	if j >= len(toks) || toks[j].Kind != WordToken {
		return RelativeDate{}, i, false
	}
	u := toks[j].Lower()
	if s, ok := relativeUnits[u]; ok {
		return RelativeDate{Scale: s, Offset: off}, j + 1, true
	}
	p, ok := dayParts[u]
	switch {
	case !ok || off == 1: // "next morning" is a morning of the story
		return RelativeDate{}, i, false
	case off == -1 && p != Evening: // "last morning" is a final one
		return RelativeDate{}, i, false
	case off == 0 && u == "night": // "this night" is rare and often a story's
		return RelativeDate{}, i, false
	}
	return RelativeDate{Scale: Day, Part: p, Offset: off}, j + 1, true
}

// genericToday reports whether the day's word at i is no date: "today"
// meaning "nowadays" ("today's teenagers", "the youth of today") or a
// title ("the today programme").
func genericToday(text string, toks []Token, i int) bool {
	next := func(k int) string {
		if k < len(toks) {
			return toks[k].Lower()
		}
		return ""
	}
	if n := next(i + 1); titleNouns[n] {
		return true
	}
	if toks[i].Lower() != "today" {
		return false
	}
	if possessiveAfter(text, toks[i].End()) {
		return genericNow[next(i+1)] // "today's" is one token
	}
	if next(i+1) == "'" && next(i+2) == "s" {
		return genericNow[next(i+3)] // "today 's", tokenised
	}
	return i >= 2 && toks[i-1].Lower() == "of" && genericNow[toks[i-2].Lower()]
}

// possessiveToken reports whether token k is a possessive: "club's", or "club
// ' s" as a tokeniser writes it; not "it's", a contraction.
func possessiveToken(text string, toks []Token, k int) bool {
	if contractions[toks[k].Lower()] {
		return false // "it's last year's model": "it is"
	}
	return possessiveAfter(text, toks[k].End()) || toks[k].Text() == "s" && k > 0 && toks[k-1].Text() == "'"
}

// possessiveAfter reports whether the text at byte off is a possessive's
// "'s", which no token holds.
func possessiveAfter(text string, off int) bool {
	rest := text[off:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// inEntity reports whether bytes [start, end) overlap a name.
func inEntity(ents []Entity, start, end int) bool {
	for k := range ents {
		if e := &ents[k]; e.Start() < end && start < e.End() {
			return true
		}
	}
	return false
}
