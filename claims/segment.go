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
	// Caption marks a photo's caption, cut out of a run of captions, alt
	// text and credits glued together: a published claim like the others.
	Caption bool
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
// checks more than a long one of real prose. A run of photo captions glued
// with spaces and no full stop (a page pasted as one line) is cut where a
// word that opens a sentence follows one that ends a phrase (runs.go), and
// a link prompt that opens such a piece is excluded as navigation. Both slices are new on every
// call and belong to the caller.
func Split(src string) (sentences []Sentence, excluded []Excluded) {
	s, e, _ := segment(src, nil)
	return s, e
}

// Segment returns the sentences of Split(src): the text that cleaning
// keeps, split into sentences, in order. Call Split instead when the
// excluded pieces are wanted too: Segment and Clean each run the whole pass.
func Segment(src string) []Sentence {
	s, _, _ := segment(src, nil)
	return s
}

// Clean returns the excluded pieces of Split(src): what cleaning leaves out
// of the claims, in order. See Excluded for the reasons it gives. Call Split
// instead when the sentences are wanted too.
func Clean(src string) []Excluded {
	_, e, _ := segment(src, nil)
	return e
}

type segmenter struct {
	src       string
	sentences []Sentence
	excluded  []Excluded
	lowerText int8 // 0 unknown, 1 the text is written in lower case, -1 it is not
	// The run of lower-case lines read last by runEndsSentence: it ends
	// before src[runEnd:], and runPunct tells whether it ends a sentence.
	runEnd   int
	runPunct bool
	block    int           // where the paragraph being split starts
	parts    []captionPart // the parts of the caption run being read, reused
	// lookBudget is what is left of the bytes that the searches for a
	// list's second marker may read.
	lookBudget int
}

// lowerCased reports, once per text, whether it is written (almost) all in
// lower case (see isLowerCase): then a lower-case word after a full stop
// does start a new sentence.
func (sg *segmenter) lowerCased() bool {
	if sg.lowerText == 0 {
		sg.lowerText = -1
		if isLowerCase(sg.src) {
			sg.lowerText = 1
		}
	}
	return sg.lowerText > 0
}

// segment splits src, appending its sentences to buf[:0] (nil for a new
// array). lower is the segmenter's answer to isLowerCase(src) as
// lowerCased keeps it: 0 when it never needed to ask.
func segment(src string, buf []Sentence) (sentences []Sentence, excluded []Excluded, lower int8) {
	sg := segmenter{src: src, lookBudget: listLookahead + lookBudgetFactor*len(src)}
	// News has a sentence every 120 bytes or so; room for a few more
	// saves growing the slice for most texts.
	sg.sentences = buf[:0]
	if cap(buf) == 0 {
		sg.sentences = make([]Sentence, 0, len(src)/100+1)
	}
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
		if reason == "" && isCaption(line) {
			flush()
			sg.captionRun(ts, te)
			continue
		}
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
			!endsSentence(prevLine) && sg.hardBreak(prevLine, line, ts, width)) {
			flush()
		}
		if blockStart < 0 {
			blockStart = ts
		}
		blockEnd, prevLine = te, line
	}
	flush()
	return sg.sentences, sg.excluded, sg.lowerText
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
		n := runeCountTo(src[ts:te], 101) // what is past 100 counts alike
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

// runeCountTo returns the number of runes in s, or limit when it has
// more: a line of a megabyte is not counted to its end.
func runeCountTo(s string, limit int) int {
	if len(s) <= limit {
		return utf8.RuneCountInString(s)
	}
	n := 0
	for i := 0; i < len(s) && n < limit; n++ {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}

// hardBreak decides whether a line that lacks final punctuation ends its
// sentence (a headline, a list item, a line of a menu) or is wrapped onto
// the next line, which starts at src[next:].
func (sg *segmenter) hardBreak(prev, line string, next, width int) bool {
	// A line ending in a lower-case function word ("and", "of the") runs on.
	last := prev[strings.LastIndexByte(prev, ' ')+1:]
	if last != "" && 'a' <= last[0] && last[0] <= 'z' && lex.IsStop(last) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	if unicode.IsLower(r) {
		// A lower-case line continues the sentence after a comma or a
		// hyphen, when it opens with a conjunction ("or look at all
		// packages"), or when the lines from it on read as wrapped prose
		// ("It was a cold\nnight in the city."); a paragraph of lines none of
		// which ends a sentence is a list, one item a line ("features\ncontact
		// manager").
		if c := prev[len(prev)-1]; c == ',' || c == '-' {
			return false
		}
		if sp := strings.IndexByte(line, ' '); sp > 0 && lex.IsContinuer(line[:sp]) {
			return false
		}
		return !sg.runEndsSentence(next)
	}
	// In a hard-wrapped text a long line is wrapped.
	return width == 0 || utf8.RuneCountInString(prev)*4 < width*3
}

// runEndsSentence reports whether the line at src[from:] and the lines
// after it that start in lower case read as wrapped prose: they reach a
// line with final punctuation, or a line that starts otherwise, before a
// blank line or the end of the text. A paragraph of lower-case lines none
// of which ends a sentence is a list, one item a line. The answer holds for
// every line of the run, so each run is read once.
func (sg *segmenter) runEndsSentence(from int) bool {
	if from < sg.runEnd {
		return sg.runPunct
	}
	pos, first := from, true
	for pos < len(sg.src) {
		le, next := len(sg.src), len(sg.src)
		if nl := strings.IndexByte(sg.src[pos:], '\n'); nl >= 0 {
			le, next = pos+nl, pos+nl+1
		}
		ts, te := trimSpace(sg.src, pos, le)
		if ts == te {
			break
		}
		if r, _ := utf8.DecodeRuneInString(sg.src[ts:te]); !first && !unicode.IsLower(r) {
			// Another kind of line follows: the run is a sentence that
			// lost its full stop, as chat logs and pasted PDFs do.
			sg.runEnd, sg.runPunct = pos, true
			return true
		}
		sg.runEnd = next
		if endsSentence(sg.src[ts:te]) {
			sg.runPunct = true
			return true
		}
		pos, first = next, false
	}
	sg.runEnd = max(sg.runEnd, pos)
	sg.runPunct = false
	return false
}

// terminal marks the bytes the sentence splitter stops at: those that can
// end a sentence or close a list enumerator ("2)"); 0xE2 starts "…" and
// the bullets.
var terminal = [256]bool{'.': true, '!': true, '?': true, ')': true, 0xE2: true}

// nextTerminal returns the index of the first terminal byte of src[i:be],
// or be: the splitter's inner loop, kept small so that it stays fast.
func nextTerminal(src string, i, be int) int {
	s := src[:be]
	// Four bytes a step: most text is letters and spaces.
	for ; i+4 <= len(s); i += 4 {
		if terminal[s[i]] || terminal[s[i+1]] || terminal[s[i+2]] || terminal[s[i+3]] {
			break
		}
	}
	for ; i < len(s); i++ {
		if terminal[s[i]] {
			return i
		}
	}
	return len(s)
}

func isEllipsis(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0xA6
}

// splitBlock splits the paragraph src[bs:be] (trimmed, possibly spanning
// several lines) into sentences. It stops at each byte that can end a
// sentence or an enumerator and decides there: an inline list marker or a
// bullet starts an item, a run of terminal marks followed by closers and
// white space ends a sentence where boundary says so, a run glued to the
// next word ("system.However") ends one where glued says so.
func (sg *segmenter) splitBlock(bs, be int) {
	src := sg.src
	start := bs
	sg.block = bs
	words := wordScan{from: -1}
	i, item := readMarker(src, bs, be) // the list item being read, if any
	for i < be {
		if i = nextTerminal(src, i, be); i >= be {
			break
		}
		if p, next, m, ok := sg.itemAt(start, i, be, item, &words); ok {
			sg.emit(start, p)
			start, i, item = p, next, m
			continue
		}
		if c := src[i]; c == ')' || (c == 0xE2 && !isEllipsis(src, i)) {
			i++ // a closing bracket or a bullet that starts no item
			continue
		}
		j := terminalRun(src, i, be)
		if bracketedEllipsis(src, bs, i, j, be) {
			i = j + 1
			continue
		}
		k := skipClosers(src, j, be)
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
			i = k + size // past the mark and the rune glued to it
			continue
		}
		m := skipSpace(src, k, be)
		if q := spacedCloser(src, m, be); q > m {
			// "we played well . ''": a tokeniser's closing quotation mark,
			// set apart, ends the sentence with its full stop.
			k, m = q, skipSpace(src, q, be)
		}
		if (boundary(src, bs, i, j, k, m, be) || sg.lowerCaseBoundary(bs, i, j, m, be)) &&
			(words.since(src, start, i) || sg.attachable(start)) {
			sg.emit(start, k)
			start = m
			if next, mk := readMarker(src, m, be); next > m {
				i, item = next, mk // "1. First. | 2. Second."
				continue
			}
		}
		i = m
	}
	sg.emit(start, be)
}

// itemAt reports whether the terminal byte src[i] of the sentence that
// began at start opens a list item: an inline enumerator ("1) Turn left |
// 2) Park") or a bullet between items that have words ("• 7. first | • 8.
// second"; "• • •" is an ornament). It returns where the item starts, where
// reading goes on and the item's marker.
func (sg *segmenter) itemAt(start, i, be int, item marker, words *wordScan) (p, next int, m marker, ok bool) {
	src := sg.src
	switch c := src[i]; {
	case c == '.' || c == ')':
		// An enumerator ends in a letter or a digit: "2)", "iv.".
		if i > start && isASCIIAlnum(src[i-1]) {
			return sg.inlineMarker(start, i, be, item)
		}
	case c == 0xE2:
		if n := bulletSize(src, i); n > 0 && i > start && isSpaceByte(src[i-1]) {
			if next, m := readMarker(src, i, be); next < be && bulletSize(src, next) == 0 &&
				!lineBreakAfter(src, i+n, be) && words.since(src, start, i) {
				return i, next, m, true
			}
		}
	}
	return 0, 0, m, false
}

// terminalRun returns the end of the run of sentence-ending marks that
// starts at src[i]: full stops, "!", "?", "…", and a spaced ellipsis
// (". . ." or ". . . .") as one mark.
func terminalRun(src string, i, be int) int {
	j := i
	for j < be {
		switch {
		case src[j] == '.' || src[j] == '!' || src[j] == '?':
			j++
		case isEllipsis(src, j):
			j += 3
		case src[j] == ' ' && j+1 < be && src[j+1] == '.' && src[j-1] == '.':
			j++
		default:
			return j
		}
	}
	return j
}

// bracketedEllipsis reports whether the run src[i:j] is an ellipsis in
// brackets, "[...]", "(…)", which marks words left out of a quotation and
// never ends a sentence, unless a line break follows it: then it ends a
// teaser cut short.
func bracketedEllipsis(src string, bs, i, j, be int) bool {
	return j-i >= 2 && i > bs && (src[i-1] == '[' || src[i-1] == '(') && j+1 < be && (src[j] == ']' || src[j] == ')') &&
		!lineBreakAfter(src, j+1, be)
}

// skipClosers returns the end of the closing quotes and brackets that
// start at src[k].
func skipClosers(src string, k, be int) int {
	for k < be {
		r, size := utf8.DecodeRuneInString(src[k:be])
		if !isCloser(r) {
			break
		}
		k += size
	}
	return k
}

// spacedCloser returns the end of a closing quotation mark that a
// tokeniser set apart at src[m] (two apostrophes, as Penn Treebank
// tokenisers write one, or a lone straight or right double quotation mark)
// followed by white space or the end, or m when there is none: an opening
// mark sits against the word it opens.
func spacedCloser(src string, m, be int) int {
	q := m
	switch {
	case strings.HasPrefix(src[m:be], "''"):
		q = m + 2
	case strings.HasPrefix(src[m:be], "\""):
		q = m + 1
	case strings.HasPrefix(src[m:be], "”"):
		q = m + len("”")
	default:
		return m
	}
	if q < be && !isSpaceByte(src[q]) {
		return m
	}
	return q
}

// skipSpace returns the end of the white space that starts at src[m].
func skipSpace(src string, m, be int) int {
	for m < be {
		r, size := utf8.DecodeRuneInString(src[m:be])
		if !unicode.IsSpace(r) {
			break
		}
		m += size
	}
	return m
}

// A wordScan tells whether the sentence being read has a letter or a
// digit yet, reading each byte once however often it is asked.
type wordScan struct {
	from, scanned int // the sentence start it is for; how far it has read
	word          bool
}

// since reports whether src[start:i] has a letter or a digit.
func (w *wordScan) since(src string, start, i int) bool {
	if w.from != start {
		w.from, w.scanned, w.word = start, start, false
	}
	for ; !w.word && w.scanned < i; w.scanned++ {
		c := src[w.scanned]
		w.word = c >= utf8.RuneSelf || isASCIIAlnum(c)
	}
	return w.word
}

// hasWordChar reports whether src[s:e] holds a letter or a digit: a
// sentence is never made of punctuation alone (". . ." is not three).
func hasWordChar(src string, s, e int) bool {
	for i := s; i < e; i++ {
		c := src[i]
		if c >= utf8.RuneSelf || isASCIIAlnum(c) {
			return true
		}
	}
	return false
}

// lineBreakAfter reports whether only spaces and a line break follow
// src[p] before the next visible character.
func lineBreakAfter(src string, p, be int) bool {
	for ; p < be; p++ {
		switch src[p] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return false
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (sg *segmenter) emit(start, end int) {
	start, end = trimSpace(sg.src, start, end)
	if start >= end {
		return
	}
	// Punctuation alone (a stray ". ." after a full stop) goes with the
	// sentence before it in the paragraph.
	if !hasWordChar(sg.src, start, end) && sg.attachable(start) {
		last := &sg.sentences[len(sg.sentences)-1]
		last.End = end
		last.Text = sg.src[last.Start:end]
		return
	}
	sg.emitRun(start, end)
}

// attachable reports whether the last sentence is in the paragraph being
// split and only white space lies between it and src[start:].
func (sg *segmenter) attachable(start int) bool {
	n := len(sg.sentences)
	if n == 0 || sg.sentences[n-1].End < sg.block {
		return false
	}
	s, _ := trimSpace(sg.src, sg.sentences[n-1].End, start)
	return s == start
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
