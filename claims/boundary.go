package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// This file decides whether a full stop, question mark or exclamation mark
// ends a sentence: the words around it (abbreviations, initials, numbers,
// addresses, the pronoun "I"), the case of the next word, and glued
// sentences ("system.However").

// boundary decides whether the terminal punctuation src[i:j], followed by
// closers up to k and white space up to m, ends a sentence.
func boundary(src string, bs, i, j, k, m, be int) bool {
	first, second := nextWords(src, m, be)
	if first == "" {
		// A digit or symbol follows: "p. 55" and "No. 2" go on, "in 2022. 2023 was" ends.
		if j-i == 1 && src[i] == '.' {
			if k == j && m == k+1 && isSplitDecimal(src, bs, i, m, be) {
				return false
			}
			var b [8]byte
			lw := string(abbrevKey(&b, wordBefore(src, bs, i)))
			return !lex.IsNumberAbbrev(lw) && !lex.IsTitleAbbrev(lw) && !lex.IsAmbiguousAbbrev(lw)
		}
		return true
	}
	r, _ := utf8.DecodeRuneInString(first)
	if unicode.IsLower(r) {
		return false // "etc. and", "?” she said"
	}
	if k > j && second != "" && lex.IsReportingVerb(second) && unicode.IsUpper(r) &&
		!lex.IsSentenceStarter(lex.Lower(first)) {
		return false // "“Why?” Ortiz asked."
	}
	if j-i != 1 || src[i] != '.' {
		return true
	}
	w := wordBefore(src, bs, i)
	if w == "" {
		return true
	}
	var b [8]byte
	lw := string(abbrevKey(&b, w))
	nextIsDigit := m < be && '0' <= src[m] && src[m] <= '9'
	switch {
	case lex.IsNumberAbbrev(lw):
		return !nextIsDigit && lex.IsSentenceStarter(lex.Lower(first))
	case lex.IsTitleAbbrev(lw):
		return false
	case strings.IndexByte(w, '.') >= 0 && (isDottedNumber(w) || isAddressBefore(src, bs, i)):
		// "at No. 1026.253.553. Treasure", "at https://example.org/a.html.
		// Voters": the dots inside a number or an address abbreviate nothing.
		return true
	case w == "I" && isPronounI(src, bs, i, m, be, first):
		return true // "you and I. Voters"
	case lex.IsAmbiguousAbbrev(lw) || strings.IndexByte(w, '.') >= 0 || isInitial(w):
		return lex.IsSentenceStarter(lex.Lower(first))
	}
	return true
}

// isSplitDecimal reports whether the full stop at src[i], followed by one
// space up to m, is the point of a decimal a tokeniser split ("31. 8
// million", "6. 9 %"): digits before it, one to three of them, and digits
// after it followed by a scale, a percentage or a unit of measure. Years and
// other durations are left out, for "aged 31. 8 years later" is as likely
// two sentences.
func isSplitDecimal(src string, bs, i, m, be int) bool {
	d := i
	for d > bs && i-d <= 3 && '0' <= src[d-1] && src[d-1] <= '9' {
		d--
	}
	if d == i || i-d > 3 || d > bs && (isASCIIAlnum(src[d-1]) || src[d-1] == '.' || src[d-1] == ',') {
		return false
	}
	p := m
	for p < be && p-m < 3 && '0' <= src[p] && src[p] <= '9' {
		p++
	}
	if p == m || p < be && '0' <= src[p] && src[p] <= '9' {
		return false
	}
	if p < be && src[p] == ' ' {
		p++
	}
	if p < be && src[p] == '%' {
		return true
	}
	q := p
	for q < be && 'a' <= src[q]|0x20 && src[q]|0x20 <= 'z' {
		q++
	}
	return q > p && isScaleOrMeasure(lex.Lower(src[p:q]))
}

// isScaleOrMeasure reports whether a lower-case word scales the number
// before it or measures something other than time ("million", "bn",
// "percent", "km").
func isScaleOrMeasure(lower string) bool {
	if _, ok := lex.Multiplier(lower); ok {
		return true
	}
	u, _, ok := lex.Unit(lower)
	return ok && u != "year" && u != "month" && u != "day" && u != "second"
}

// abbrevKey returns w lower-cased into b, the key of the abbreviation
// tables, or nothing when w is too long to be an abbreviation. The tables
// hold ASCII letters and "°", "º", so lower-casing ASCII is enough.
func abbrevKey(b *[8]byte, w string) []byte {
	if len(w) > min(lex.MaxAbbrevLen, len(b)) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b[:len(w)]
}

// lowerCaseBoundary ends a sentence at a lone full stop followed by a
// lower-case word, in a text written in lower case or where a line break
// comes between them (a file of one claim a line, some in lower case),
// unless the word before is an abbreviation.
func (sg *segmenter) lowerCaseBoundary(bs, i, j, m, be int) bool {
	if j-i != 1 || sg.src[i] != '.' || m >= be || !('a' <= sg.src[m] && sg.src[m] <= 'z') ||
		!sg.lowerCased() && strings.IndexByte(sg.src[j:m], '\n') < 0 {
		return false
	}
	w := wordBefore(sg.src, bs, i)
	var b [8]byte
	lw := string(abbrevKey(&b, w))
	if strings.IndexByte(w, '.') >= 0 {
		return false
	}
	return !lex.IsTitleAbbrev(lw) && !lex.IsNumberAbbrev(lw) && !lex.IsAmbiguousAbbrev(lw)
}

// nextWords returns the first two words that start at or after m, skipping
// opening quotes and brackets; a word is a run of letters.
func nextWords(src string, m, be int) (first, second string) {
	p := m
	for p < be {
		r, size := utf8.DecodeRuneInString(src[p:be])
		if !isOpener(r) && r != '—' && r != '-' {
			break
		}
		p += size
	}
	q := p
	for q < be {
		if c := src[q]; c < utf8.RuneSelf {
			if !('a' <= c|0x20 && c|0x20 <= 'z') && !(q > p && c == '\'') {
				break
			}
			q++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[q:be])
		if !unicode.IsLetter(r) && !(q > p && r == '’') {
			break
		}
		q += size
	}
	first = src[p:q]
	for q < be && src[q] == ' ' {
		q++
	}
	e := q
	for e < be && 'a' <= src[e] && src[e] <= 'z' {
		e++
	}
	return first, src[q:e]
}

// isDottedNumber reports whether w is digits with dots inside ("1.2.3").
func isDottedNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' && strings.IndexByte(w, '.') > 0 &&
		strings.Trim(w, "0123456789.") == ""
}

// isAddressBefore reports whether the run of non-space bytes that ends at
// i is a web address or an e-mail address.
func isAddressBefore(src string, bs, i int) bool {
	s := i
	for s > bs && i-s < 512 && !isSpaceByte(src[s-1]) {
		s--
	}
	for s < i && isOpener(rune(src[s])) {
		s++
	}
	word := src[s:i]
	if strings.Contains(word, "://") || strings.HasPrefix(word, "www.") {
		return true
	}
	at := strings.IndexByte(word, '@')
	return at > 0 && strings.IndexByte(word[at:], '.') > 1
}

// isPronounI reports whether the "I" that ends at the full stop src[i] is
// the pronoun, not an initial: it follows a lower-case word ("you and I.")
// and the next word is not another initial ("by I. M. Pei").
func isPronounI(src string, bs, i, m, be int, first string) bool {
	p := i - 1
	if p-1 < bs || src[p-1] != ' ' {
		return false
	}
	prev := wordBefore(src, bs, p-1)
	if prev == "" || !('a' <= prev[0] && prev[0] <= 'z') {
		return false
	}
	q := m + len(first)
	return !(isInitial(first) && q < be && strings.HasPrefix(src[m:], first) && src[q] == '.')
}

// wordBefore returns the letters, digits and dots that end at i; a degree
// sign counts as a letter, for "N°".
func wordBefore(src string, bs, i int) string {
	s := i
	for s > bs && i-s < 64 {
		if c := src[s-1]; c < utf8.RuneSelf {
			if !isASCIIAlnum(c) && c != '.' {
				break
			}
			s--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(src[bs:s])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '°' {
			break
		}
		s -= size
	}
	return src[s:i]
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// glued reports whether the punctuation src[i:j] sits between two sentences
// written without a space ("the plan.However"): a lower-case word or a number
// before, a capitalised word after, and no URL or e-mail address around.
func glued(src string, bs, i, j, be int) bool {
	if j+1 >= be || j-i != 1 || i-2 < bs {
		return false
	}
	if !('A' <= src[j] && src[j] <= 'Z') || !('a' <= src[j+1] && src[j+1] <= 'z') {
		return false
	}
	a, b := src[i-1], src[i-2]
	if !(('a' <= a && a <= 'z' || '0' <= a && a <= '9') && ('a' <= b && b <= 'z' || '0' <= b && b <= '9')) {
		return false
	}
	// Look at most maxWord bytes either way, so a long run without spaces
	// stays linear.
	const maxWord = 256
	ws := i
	for ws > bs && i-ws < maxWord && src[ws-1] != ' ' && src[ws-1] != '\n' {
		ws--
	}
	we := j
	for we < be && we-j < maxWord && src[we] != ' ' && src[we] != '\n' {
		we++
	}
	word := src[ws:we]
	return !strings.Contains(word, "@") && !strings.Contains(word, "://") &&
		!strings.Contains(word, "www.")
}
