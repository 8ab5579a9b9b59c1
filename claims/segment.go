package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A Sentence is one sentence of a text, with its exact place in it:
// Text == src[Start:End]. Leading and trailing white space is not part of it.
type Sentence struct {
	Text       string
	Start, End int // byte offsets into the original text
}

// Split cleans src and splits what cleaning keeps into sentences, in one
// pass over the text: sentences are the sentences kept, in order, and
// excluded the pieces cleaning left out (see Excluded for the reasons), in
// order. Every byte of src that is not white space falls either in one of
// the sentences or in one of the excluded pieces; no byte is in both. Empty
// or all-space input gives neither. Invalid UTF-8 is not an error: invalid
// bytes stay inside the sentence they occur in. A run of text with no
// sentence end for more than 4000 bytes (a table, a dump, a megabyte on one
// line) is cut after a clause or a word, so that no sentence costs the
// checks more than a long one of real prose. Both slices are new on every
// call and belong to the caller.
func Split(src string) (sentences []Sentence, excluded []Excluded) {
	return segment(src)
}

// Segment returns the sentences of Split(src): the text that cleaning
// keeps, split into sentences, in order. Call Split instead when the
// excluded pieces are wanted too: Segment and Clean each run the whole pass.
func Segment(src string) []Sentence {
	s, _ := segment(src)
	return s
}

// Clean returns the excluded pieces of Split(src): what cleaning leaves out
// of the claims, in order. See Excluded for the reasons it gives. Call Split
// instead when the sentences are wanted too.
func Clean(src string) []Excluded {
	_, e := segment(src)
	return e
}

type segmenter struct {
	src       string
	sentences []Sentence
	excluded  []Excluded
	lowerText int8 // 0 unknown, 1 the text is written in lower case, -1 it is not
}

// lowerCased reports, once per text, whether it is written (almost) all in
// lower case, as tokenised summaries often are: then a lower-case word after
// a full stop does start a new sentence.
func (sg *segmenter) lowerCased() bool {
	if sg.lowerText == 0 {
		sg.lowerText = -1
		// Words, not letters, and only capitalised ones ("The", "Paris"):
		// an acronym ("BBC", a tokeniser's "UNK") says nothing of whether
		// sentences start with a capital.
		upper, lower := 0, 0
		for i := 0; i+1 < len(sg.src); i++ {
			c, next := sg.src[i], sg.src[i+1]
			if i > 0 && isASCIILetter(sg.src[i-1]) {
				continue
			}
			switch {
			case 'A' <= c && c <= 'Z' && 'a' <= next && next <= 'z':
				upper++
			case 'a' <= c && c <= 'z':
				lower++
			}
		}
		if lower >= 10 && upper*lowerCaseShare < lower {
			sg.lowerText = 1
		}
	}
	return sg.lowerText > 0
}

// lowerCaseShare: a text of ten lower-case words or more is written in
// lower case when fewer than one word in lowerCaseShare is capitalised;
// news capitalises one in five or six (16-23% of the words of the bundled
// articles and of the SummEdits sources: sentence starts and names).
const lowerCaseShare = 25

func segment(src string) ([]Sentence, []Excluded) {
	sg := segmenter{src: src}
	sg.sentences = make([]Sentence, 0, len(src)/120+1)
	width := wrapWidth(src)
	blockStart, blockEnd := -1, -1
	prevLine := ""
	flush := func() {
		if blockStart >= 0 {
			sg.splitBlock(blockStart, blockEnd)
		}
		blockStart, blockEnd, prevLine = -1, -1, ""
	}
	for pos := 0; pos < len(src); {
		le := len(src)
		next := len(src)
		if nl := strings.IndexByte(src[pos:], '\n'); nl >= 0 {
			le, next = pos+nl, pos+nl+1
		}
		ts, te := trimSpace(src, pos, le)
		pos = next
		if ts == te {
			flush() // a blank line ends a paragraph
			continue
		}
		line := src[ts:te]
		reason, labelLen := lineBoilerplate(line)
		if reason != "" {
			flush()
			if labelLen == 0 {
				sg.excluded = append(sg.excluded, Excluded{Text: line, Start: ts, End: te, Reason: reason})
				continue
			}
			_, le := trimSpace(src, ts, ts+labelLen)
			sg.excluded = append(sg.excluded, Excluded{Text: src[ts:le], Start: ts, End: le, Reason: reason})
			ts += labelLen
			line = src[ts:te]
		} else if blockStart >= 0 && (isListItem(line) ||
			!endsSentence(prevLine) && hardBreak(prevLine, line, width)) {
			flush()
		}
		if blockStart < 0 {
			blockStart = ts
		}
		blockEnd, prevLine = te, line
	}
	flush()
	return sg.sentences, sg.excluded
}

// wrapWidth returns the line width of a hard-wrapped text, or 0 when lines
// are paragraphs. A text is hard-wrapped when most lines that continue onto
// the next line are of similar, moderate length.
func wrapWidth(src string) int {
	continued, moderate, width := 0, 0, 0
	prevLen := -1
	for pos := 0; pos < len(src) && continued < 200; {
		le, next := len(src), len(src)
		if nl := strings.IndexByte(src[pos:], '\n'); nl >= 0 {
			le, next = pos+nl, pos+nl+1
		}
		ts, te := trimSpace(src, pos, le)
		n := utf8.RuneCountInString(src[ts:te])
		if n > 0 && prevLen > 0 {
			continued++
			if prevLen >= 40 && prevLen <= 100 {
				moderate++
				width = max(width, prevLen)
			}
		}
		prevLen = n
		pos = next
	}
	if continued >= 2 && moderate*10 >= continued*6 {
		return width
	}
	return 0
}

// hardBreak decides whether a line that lacks final punctuation ends its
// sentence (a headline, a list item) or is wrapped onto the next line.
func hardBreak(prev, next string, width int) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return false
	}
	if width > 0 && utf8.RuneCountInString(prev)*4 >= width*3 {
		return false
	}
	// A line ending in a lower-case function word ("and", "of the") runs on.
	last := prev[strings.LastIndexByte(prev, ' ')+1:]
	if last != "" && 'a' <= last[0] && last[0] <= 'z' && lex.IsStop(last) {
		return false
	}
	return true
}

// listMarker returns the length of a numbered list marker ("1. ", "2) ")
// opening a line, so that its dot is not taken for a sentence end.
func listMarker(line string) int {
	i := 0
	for i < len(line) && i < 3 && '0' <= line[i] && line[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
		return i + 2
	}
	return 0
}

func isListItem(line string) bool {
	if len(line) < 3 {
		return false
	}
	switch {
	case (line[0] == '-' || line[0] == '*') && line[1] == ' ':
		return true
	case strings.HasPrefix(line, "• "), strings.HasPrefix(line, "· "), strings.HasPrefix(line, "– "):
		return true
	}
	return listMarker(line) > 0
}

// terminal marks the bytes that can end a sentence; 0xE2 starts "…".
var terminal = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

func isEllipsis(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0xA6
}

// splitBlock splits the paragraph src[bs:be] (trimmed, possibly spanning
// several lines) into sentences.
func (sg *segmenter) splitBlock(bs, be int) {
	src := sg.src
	start := bs
	for i := bs + listMarker(src[bs:be]); i < be; {
		if !terminal[src[i]] {
			i++
			continue
		}
		if src[i] == 0xE2 && !isEllipsis(src, i) {
			i++
			continue
		}
		j := i
		for j < be {
			if src[j] == '.' || src[j] == '!' || src[j] == '?' {
				j++
			} else if isEllipsis(src, j) {
				j += 3
			} else {
				break
			}
		}
		k := j
		for k < be {
			r, size := utf8.DecodeRuneInString(src[k:be])
			if !isCloser(r) {
				break
			}
			k += size
		}
		if k >= be {
			break
		}
		r, size := utf8.DecodeRuneInString(src[k:be])
		if !unicode.IsSpace(r) {
			if k == j && glued(src, bs, i, j, be) {
				sg.emit(start, j)
				start, i = j, j
				continue
			}
			i = k
			if k == i {
				i += size
			}
			continue
		}
		m := k
		for m < be {
			r, size := utf8.DecodeRuneInString(src[m:be])
			if !unicode.IsSpace(r) {
				break
			}
			m += size
		}
		if boundary(src, bs, i, j, k, m, be) || sg.lowerCaseBoundary(bs, i, j, m, be) {
			sg.emit(start, k)
			start = m
		}
		i = m
	}
	sg.emit(start, be)
}

func (sg *segmenter) emit(start, end int) {
	start, end = trimSpace(sg.src, start, end)
	for end-start > maxSentenceBytes {
		cut := cutPoint(sg.src, start, start+maxSentenceBytes)
		sg.emit(start, cut)
		start, _ = trimSpace(sg.src, cut, end)
	}
	if start >= end {
		return
	}
	if isNavigationSentence(sg.src[start:end]) {
		sg.excluded = append(sg.excluded, Excluded{Text: sg.src[start:end], Start: start, End: end, Reason: "navigation"})
		return
	}
	sg.sentences = append(sg.sentences, Sentence{Text: sg.src[start:end], Start: start, End: end})
}

// maxSentenceBytes bounds a sentence. The longest in the development
// benchmarks' 36 000 sentences of news is 1581 bytes.
const maxSentenceBytes = 4000

// cutPoint returns where to cut src[start:limit] short: after the last
// comma or semicolon followed by a space in its second half, else at its
// last space, else at the last rune boundary before limit.
func cutPoint(src string, start, limit int) int {
	half := start + (limit-start)/2
	for i := limit - 1; i > half; i-- {
		if (src[i-1] == ',' || src[i-1] == ';') && src[i] == ' ' {
			return i
		}
	}
	if i := strings.LastIndexByte(src[half:limit], ' '); i > 0 {
		return half + i
	}
	for limit > start+1 && !utf8.RuneStart(src[limit]) {
		limit--
	}
	return limit
}

// boundary decides whether the terminal punctuation src[i:j], followed by
// closers up to k and white space up to m, ends a sentence.
func boundary(src string, bs, i, j, k, m, be int) bool {
	first, second := nextWords(src, m, be)
	if first == "" {
		// A digit or symbol follows: "p. 55" and "No. 2" go on, "in 2022. 2023 was" ends.
		if j-i == 1 && src[i] == '.' {
			lw := lex.Lower(wordBefore(src, bs, i))
			return !numberAbbrevs[lw] && !titleAbbrevs[lw] && !ambiguousAbbrevs[lw]
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
	lw := lex.Lower(w)
	nextIsDigit := m < be && '0' <= src[m] && src[m] <= '9'
	switch {
	case numberAbbrevs[lw]:
		return !nextIsDigit && lex.IsSentenceStarter(lex.Lower(first))
	case titleAbbrevs[lw]:
		return false
	case ambiguousAbbrevs[lw] || strings.IndexByte(w, '.') >= 0 || isInitial(w):
		return lex.IsSentenceStarter(lex.Lower(first))
	}
	return true
}

// lowerCaseBoundary ends a sentence at a lone full stop followed by a
// lower-case word, in a text written in lower case, unless the word before
// is an abbreviation.
func (sg *segmenter) lowerCaseBoundary(bs, i, j, m, be int) bool {
	if j-i != 1 || sg.src[i] != '.' || m >= be || !('a' <= sg.src[m] && sg.src[m] <= 'z') || !sg.lowerCased() {
		return false
	}
	lw := lex.Lower(wordBefore(sg.src, bs, i))
	return !titleAbbrevs[lw] && !numberAbbrevs[lw] && !ambiguousAbbrevs[lw] && strings.IndexByte(lw, '.') < 0
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
		r, size := utf8.DecodeRuneInString(src[q:be])
		if !unicode.IsLetter(r) && !(q > p && (r == '\'' || r == '’')) {
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

// wordBefore returns the letters, digits and dots that end at i.
func wordBefore(src string, bs, i int) string {
	s := i
	for s > bs && i-s < 64 {
		r, size := utf8.DecodeLastRuneInString(src[bs:s])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' {
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

var titleAbbrevs = setOf("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt",
	"col", "capt", "sgt", "cpl", "adm", "maj", "rev", "hon", "pres", "fr", "supt", "det",
	"insp", "cmdr", "brig", "messrs", "mme", "mlle", "atty", "gens", "sens", "reps", "rt")

var numberAbbrevs = setOf("no", "nos", "p", "pp", "vol", "fig", "figs", "art", "sec", "ch",
	"para", "ed", "eds", "op", "tel")

var ambiguousAbbrevs = setOf("inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "bros",
	"etc", "al", "vs", "v", "approx", "est", "dept", "univ", "assn", "ave", "blvd", "rd",
	"st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"govt", "intl", "natl", "cf", "ca", "viz", "min", "max", "misc", "dist", "mass", "calif",
	"fla", "ill", "wash", "penn", "conn", "colo", "ariz", "mich", "minn", "wis", "tenn")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// trimSpace narrows src[s:e] to exclude leading and trailing white space,
// Unicode spaces included.
func trimSpace(src string, s, e int) (int, int) {
	for s < e {
		c := src[s]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' {
				break
			}
			s++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		c := src[e-1]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' {
				break
			}
			e--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(src[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}
