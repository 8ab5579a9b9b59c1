package claims

import "strings"

// List items. An item opens with a marker: a bullet ("•", "‣", "- "), an
// enumerator with its punctuation ("1.", "2)", "3.)", "b.", "iv)"), or a
// bullet and an enumerator ("• 7.", "‣3."). The marker's dot never ends a
// sentence, and an item ends where the next one begins, on the same line
// or not: an enumerator that continues the current item's sequence ("2)"
// after "1)", "ii." after "i.", "c." after "b."), a bullet, or the first
// enumerator of a sequence whose second follows it.

// A marker is the enumerator of a list item, read every way it can be read:
// "i" is both the ninth letter and the roman one. A zero field does not apply.
type marker struct {
	digits, letter, roman int
	upper                 bool // a letter or roman numeral written in capitals
	style                 byte // '.' for "1.", ')' for "1)", ']' for "1.)"; 0: no enumerator
}

// follows reports whether n is the enumerator after m in one list.
func (m marker) follows(n marker) bool {
	if m.style == 0 || m.style != n.style {
		return false
	}
	return m.digits > 0 && n.digits == m.digits+1 ||
		m.upper == n.upper && (m.letter > 0 && n.letter == m.letter+1 || m.roman > 0 && n.roman == m.roman+1)
}

// initial reports whether m may be the initial of a name: "A." and "I."
// number nothing in "A. Smith" and "F. B. Rasmussen".
func (m marker) initial() bool {
	return m.style == '.' && m.upper && m.digits == 0 && m.letter > 0
}

// first reports whether m can open a list: 1, a, A, i or I.
func (m marker) first() bool {
	return m.style != 0 && (m.digits == 1 || m.letter == 1 || m.roman == 1)
}

// enumerator parses "12", "b", "IV" (a run of ASCII letters or digits) and
// reports whether it can number a list item: one to three digits, one
// letter, or a roman numeral up to 39 written in one case.
func enumerator(s string) (marker, bool) {
	var m marker
	switch {
	case s == "" || len(s) > 6:
		return m, false
	case isDigits(s):
		if len(s) > 3 {
			return m, false
		}
		for i := 0; i < len(s); i++ {
			m.digits = m.digits*10 + int(s[i]-'0')
		}
		return m, m.digits > 0
	}
	m.upper = 'A' <= s[0] && s[0] <= 'Z'
	if len(s) == 1 {
		m.letter = int(s[0]|0x20-'a') + 1
	}
	m.roman = romanValue(s)
	return m, m.letter > 0 && m.letter <= 26 || m.roman > 0
}

// maybeEnumerator is a quick test that s may be an enumerator: a digit
// first, one letter, or roman letters only.
func maybeEnumerator(s string) bool {
	if len(s) == 1 || '0' <= s[0] && s[0] <= '9' {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'i', 'v', 'x':
		default:
			return false
		}
	}
	return true
}

// romanValue returns the value of a roman numeral of the letters i, v and x
// written in one case in its canonical form ("iv", not "iiii"), or 0.
func romanValue(s string) int {
	if s == "" || len(s) > 6 {
		return 0
	}
	var b [6]byte
	fold := s[0] & 0x20 // 0x20 for lower case, 0 for upper case
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c | 0x20 {
		case 'i', 'v', 'x':
		default:
			return 0
		}
		if c&0x20 != fold {
			return 0
		}
		b[i] = c | 0x20
	}
	lower := b[:len(s)]
	tens := 0
	for tens < len(lower) && lower[tens] == 'x' {
		tens++
	}
	for u, r := range romanUnits {
		if string(lower[tens:]) == r {
			if v := 10*tens + u; v > 0 && v <= 39 {
				return v
			}
		}
	}
	return 0
}

// romanUnits are the canonical roman numerals of the units, by value.
var romanUnits = [...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}

// bulletSize returns the length of a bullet character at src[i], or 0.
func bulletSize(src string, i int) int {
	if i+2 >= len(src) || src[i] != 0xE2 {
		return 0
	}
	switch src[i+1 : i+3] {
	case "\x80\xa2", // • U+2022
		"\x80\xa3", // ‣ U+2023
		"\x81\x83", // ⁃ U+2043
		"\x97\xa6", // ◦ U+25E6
		"\x96\xaa", // ▪ U+25AA
		"\x97\x8f", // ● U+25CF
		"\x96\xa0": // ■ U+25A0
		return 3
	}
	return 0
}

// readMarker reads a list-item marker at src[p:be]: a bullet, an
// enumerator and its punctuation, or both, and the spaces after it. It
// returns the end of the marker (p when there is none) and the enumerator
// read (zero style when the item has none). A dash or asterisk is a
// bullet only before a space; an enumerator must be followed by a space
// and, when it is a letter, not by a digit ("p. 55" is a page).
func readMarker(src string, p, be int) (int, marker) {
	q, bullet := readBullet(src, p, be)
	e := q
	for e < be && e-q < 4 && isASCIIAlnum(src[e]) {
		e++
	}
	// Most sentences open with a word: no ".", ")" after at most four
	// letters or digits, and nothing to parse.
	if e > q && e < be && (src[e] == '.' || src[e] == ')') {
		if after, m, ok := readEnumerator(src, q, e, be); ok {
			return after, m
		}
	}
	if bullet {
		return q, marker{}
	}
	return p, marker{}
}

// readBullet reads a bullet at src[p:be] and the spaces after it,
// returning where they end (p when there is none). A dash, an asterisk or
// a middle dot is a bullet only before a space.
func readBullet(src string, p, be int) (int, bool) {
	n, spaced := bulletSize(src, p), false
	switch {
	case n > 0 && p+n <= be:
	case p+1 < be && (src[p] == '-' || src[p] == '*'):
		n, spaced = 1, true
	case p+1 < be && src[p] == 0xC2 && src[p+1] == 0xB7: // · U+00B7
		n, spaced = 2, true
	default:
		return p, false
	}
	if spaced && !(p+n < be && src[p+n] == ' ') {
		return p, false
	}
	q := p + n
	for q < be && src[q] == ' ' {
		q++
	}
	return q, true
}

// readEnumerator reads the enumerator src[q:e] and its punctuation at
// src[e] ("2.", "b)", "iv.)"). It must be followed by a space and, when it
// is a letter, not by a digit ("p. 55" is a page). It returns where the
// item's text begins, past the spaces, and the enumerator.
func readEnumerator(src string, q, e, be int) (int, marker, bool) {
	m, ok := enumerator(src[q:e])
	if !ok {
		return 0, m, false
	}
	end := e
	switch {
	case src[e] == '.' && e+1 < be && src[e+1] == ')':
		m.style, end = ']', e+2
	case src[e] == '.' || src[e] == ')':
		m.style, end = src[e], e+1
	}
	if m.style == 0 || end >= be || src[end] != ' ' {
		return 0, m, false
	}
	after := end
	for after < be && src[after] == ' ' {
		after++
	}
	if m.digits == 0 && after < be && '0' <= src[after] && src[after] <= '9' {
		return 0, m, false
	}
	return after, m, true
}

// inlineMarker looks at the punctuation src[i] ('.' or ')') for an
// enumerator that opens a new list item inside the sentence that began at
// start: " 2) " after item "1)", or the first of a sequence whose second
// follows. It returns where the new item begins and where its text begins.
func (sg *segmenter) inlineMarker(start, i, be int, item marker) (p, next int, m marker, ok bool) {
	src := sg.src
	p = i
	for p > start && i-p < 4 && isASCIIAlnum(src[p-1]) {
		p--
	}
	if p == i || p-1 <= start || src[p-1] != ' ' || !maybeEnumerator(src[p:i]) {
		return 0, 0, m, false
	}
	next, m = readMarker(src, p, be)
	// An enumerator inside a sentence that the lower-case rest of the
	// sentence follows ("either a) doesn't care or b) has a problem")
	// enumerates within the sentence.
	if m.style == 0 || m.initial() || next >= be || 'a' <= src[next] && src[next] <= 'z' {
		return 0, 0, m, false
	}
	if item.follows(m) {
		return p, next, m, true
	}
	if m.first() && sg.lookBudget > 0 && sg.secondFollows(p, next, be, m) {
		return p, next, m, true
	}
	return 0, 0, m, false
}

// secondFollows reports whether the enumerator after m appears as a marker
// in the next listLookahead bytes, so that m opens a list; unless both are
// led by the same word ("chapter 1 ... chapter 2" numbers chapters).
func (sg *segmenter) secondFollows(p, next, be int, m marker) bool {
	src := sg.src
	end := min(be, next+listLookahead)
	sg.lookBudget -= end - next
	for q := next; q < end; q++ {
		if src[q] != ' ' || q+1 >= end || !isASCIIAlnum(src[q+1]) {
			continue
		}
		e, n := readMarker(src, q+1, be)
		if n.style != 0 && m.follows(n) && e > q+1 && e < be && !('a' <= src[e] && src[e] <= 'z') {
			return !strings.EqualFold(wordBefore(src, 0, p-1), wordBefore(src, 0, q))
		}
	}
	return false
}

// listLookahead bounds the search for a list's second marker; all the
// searches of a text together read at most lookBudgetFactor times its
// length, so that "1. 1. 1. ..." stays linear.
const (
	listLookahead    = 1000
	lookBudgetFactor = 2
)

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isListItem reports whether a trimmed line opens with a list marker, so
// that it starts a new item even without final punctuation on the line
// before. A capital letter with a dot ("A. Smith") is an initial there,
// not a marker.
func isListItem(line string) bool {
	if len(line) < 3 {
		return false
	}
	if strings.HasPrefix(line, "– ") {
		return true
	}
	end, m := readMarker(line, 0, len(line))
	if end == 0 || end >= len(line) {
		return false
	}
	// "A. Smith" and "I. Introduction" keep the line they start in the
	// paragraph; after a bullet ("• A. first") the letter numbers an item.
	return !(m.style == '.' && m.upper && m.digits == 0 && end == 3)
}
