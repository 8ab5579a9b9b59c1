package claims

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Quote is a quotation: Text is the quoted words without the quotation
// marks, Start and End their byte offsets. Straight and curly, double and
// single marks are recognised, and quotations nested inside one another.
//
// Its offsets and depth are methods, as a Token's offsets are: it keeps
// its start and depth in 32 bits each and ends where its text does.
type Quote struct {
	Text  string
	start uint32 // byte offset of Text in the original text
	depth uint32 // see Depth
}

// Depth returns 0 for an outermost quotation, 1 for one nested in it, and
// so on.
func (q *Quote) Depth() int { return int(q.depth) }

// Start returns the byte offset of the quoted words in the original text.
func (q *Quote) Start() int { return int(q.start) }

// End returns the byte offset of the end of the quoted words.
func (q *Quote) End() int { return int(q.start) + len(q.Text) }

type openMark struct {
	pos   int  // offset just after the opening mark
	mark  rune // the opening mark as written
	depth int
}

// Quotes finds the quotations of src, in order of their opening marks. A
// quotation left open at the end of a paragraph ends there.
func Quotes(src string) []Quote {
	q := quoteScan{src: src}
	prev := ' '
	for i := 0; i < len(src); {
		// Most bytes are ASCII that no quotation mark is: mark would do
		// nothing with them.
		if i < q.skipTo {
			prev = rune(src[i])
			i++
			continue
		}
		if j := plainRun(src, i); j > i {
			prev = rune(src[j-1])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		next := rune(' ')
		if i+size < len(src) {
			next, _ = utf8.DecodeRuneInString(src[i+size:])
		}
		q.mark(r, prev, next, i, size)
		if len(q.stack) > 64 {
			q.stack = q.stack[:0] // pathological input: give up on deep nesting
		}
		prev = r
		i += size
	}
	q.closeAll(len(src))
	// Inner quotations close first; report in order of opening marks.
	slices.SortStableFunc(q.out, func(a, b Quote) int { return cmp.Compare(a.Start(), b.Start()) })
	return q.out
}

// plainRun returns the end of the run of bytes from i on that are ASCII
// and no quotation mark or line break.
func plainRun(src string, i int) int {
	for i+8 <= len(src) {
		if m := quoteMarks(load8(src[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for i < len(src) && !quoteByte[src[i]] {
		i++
	}
	return i
}

// quoteMarks returns the 8 bytes of k (little-endian) with the high bit
// of the first one that quoteByte marks set, maybe of later ones too, and
// of none before: 0 when none is marked. A byte equal to c is a zero byte
// of k^c, which subtracting 1 from every byte finds (a borrow flags only
// bytes after a zero one).
func quoteMarks(k uint64) uint64 {
	const lsb = 0x0101010101010101
	const high = 0x80 * lsb
	nl, dq, ap, bt := k^(lsb*'\n'), k^(lsb*'"'), k^(lsb*'\''), k^(lsb*'`')
	return (k | (nl-lsb)&^nl | (dq-lsb)&^dq | (ap-lsb)&^ap | (bt-lsb)&^bt) & high
}

// quoteByte marks the bytes that may be or start a quotation mark or a
// line break: a line feed, the double quote, the apostrophe, the backtick
// and every byte of a multi-byte rune.
var quoteByte = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	t['\n'], t['"'], t['\''], t['`'] = true, true, true, true
	return t
}()

// A quoteScan holds the quotations open at a point of the text and those
// found so far.
type quoteScan struct {
	src    string
	stack  []openMark
	out    []Quote
	skipTo int // marks before this offset were read with the one before them (a doubled mark)
}

// mark reads the rune r at byte i (size bytes long), between prev and
// next: it opens or closes a quotation, or ends the paragraph.
func (q *quoteScan) mark(r, prev, next rune, i, size int) {
	switch r {
	case '\n':
		if next == '\n' || next == '\r' || len(q.stack) > 0 && endsParagraph(q.src, i) {
			q.closeAll(i)
		}
	case '“', '„', '«':
		q.open(i+size, r)
	case '”', '»':
		if k := findOpen(q.stack, '“', '„', '«', '"'); k >= 0 {
			q.closeAt(k, i, true)
		} else if r == '”' && isSpaceOrStart(prev) && !unicode.IsSpace(next) {
			q.open(i+size, '“') // a right mark used as an opener, as some typesetting does
		}
	case '‘':
		if !isLetterOrDigit(prev) { // "Canada‘s" misuses it as an apostrophe
			q.open(i+size, r)
		}
	case '’':
		if !isLetterOrDigit(next) || !isLetterOrDigit(prev) {
			if k := findOpen(q.stack, '‘', '\''); k >= 0 && !isSpaceOrStart(prev) {
				q.closeAt(k, i, true)
			}
		}
	case '"':
		q.straightDouble(prev, next, i, size)
	case '\'':
		// Two apostrophes, the closing mark of tokenised text, perhaps
		// escaped with backslashes as some data sets keep them.
		if n := closingPair(q.src, i); n > 0 {
			if k := findOpen(q.stack, '"'); k >= 0 {
				end := i
				if prev == '\\' {
					end--
				}
				q.closeAt(k, end, true)
				q.skipTo = i + n
				return
			}
		}
		q.straightSingle(prev, next, i, size)
	case '`':
		q.backtick(prev, next, i)
	}
}

// closingPair returns the length of the two apostrophes at src[i:], plain
// or each escaped with a backslash, or 0.
func closingPair(src string, i int) int {
	switch {
	case strings.HasPrefix(src[i:], "''"):
		return 2
	case strings.HasPrefix(src[i:], "'\\'"):
		return 3
	}
	return 0
}

// backtick reads a '`', an opening mark of tokenised text: two of them,
// together or one space apart, open a double quotation (closed by two
// apostrophes or a '"'); one before a word opens a single one (closed by an
// apostrophe).
func (q *quoteScan) backtick(prev, next rune, i int) {
	switch {
	case next == '`':
		q.open(i+2, '"')
		q.skipTo = i + 2
	case next == ' ' && i+2 < len(q.src) && q.src[i+2] == '`':
		q.open(i+3, '"')
		q.skipTo = i + 3
	case !isLetterOrDigit(prev) && (isLetterOrDigit(next) || next == ' ' && i+2 < len(q.src) && isASCIILetter(q.src[i+2])):
		q.open(i+1, '`')
	}
}

// straightDouble reads a '"', which may open or close a quotation: it
// closes the one open after a word, or standing apart as tokenised text
// writes it ("the \" Star Wars \" saga"); it opens one after a space, an
// opening bracket, a colon or a dash.
func (q *quoteScan) straightDouble(prev, next rune, i, size int) {
	top := findOpen(q.stack, '"')
	switch {
	case top >= 0 && (!isSpaceOrStart(prev) || unicode.IsSpace(prev) && unicode.IsSpace(next)):
		q.closeAt(top, i, true)
	case isSpaceOrStart(prev) || isOpener(prev) || prev == ':' || prev == '—':
		q.open(i+size, '"')
	case top >= 0:
		q.closeAt(top, i, true)
	}
}

// straightSingle reads a "'", an apostrophe more often than a quotation
// mark: it closes an open quotation after a word and before no letter, and
// opens one before a word that is not a tokeniser's clitic ("'s", "n't").
//
// A '`' is closed by a "'" after a word or standing apart ("` short '").
func (q *quoteScan) straightSingle(prev, next rune, i, size int) {
	if k := findOpen(q.stack, '\'', '`'); k >= 0 && !isLetterOrDigit(next) &&
		(!isSpaceOrStart(prev) || q.stack[k].mark == '`' && unicode.IsSpace(prev)) {
		q.closeAt(k, i, true)
	} else if (isSpaceOrStart(prev) || isOpener(prev)) && isLetterOrDigit(next) && !isClitic(q.src[i+size:]) {
		q.open(i+size, '\'')
	}
}

func (q *quoteScan) open(pos int, mark rune) {
	q.stack = append(q.stack, openMark{pos, mark, len(q.stack)})
}

// closeAll ends every open quotation at end, the end of a paragraph.
func (q *quoteScan) closeAll(end int) {
	for len(q.stack) > 0 {
		q.closeAt(len(q.stack)-1, end, false)
	}
}

// closeAt ends the quotation opened by stack[k] at end; closed is false
// when no closing mark was met by the end of the paragraph.
func (q *quoteScan) closeAt(k, end int, closed bool) {
	o := q.stack[k]
	q.stack = q.stack[:k]
	if !closed && (o.mark == '\'' || o.mark == '‘' || o.mark == '`') {
		// A single mark left open is more likely an apostrophe or a typo
		// than a quotation.
		return
	}
	if s, e := trimSpace(q.src, o.pos, end); s < e {
		q.out = append(q.out, Quote{Text: q.src[s:e], start: uint32(s), depth: uint32(o.depth)})
	}
}

// endsParagraph reports whether the line ending at the newline at i ends
// with terminal punctuation, so that a quotation open on it is not carried
// onto the next line.
func endsParagraph(src string, i int) bool {
	s := i
	for s > 0 && src[s-1] != '\n' && i-s < 4096 {
		s--
	}
	_, e := trimSpace(src, s, i)
	return endsSentence(src[s:e])
}

func findOpen(stack []openMark, marks ...rune) int {
	for k := len(stack) - 1; k >= 0; k-- {
		for _, m := range marks {
			if stack[k].mark == m {
				return k
			}
		}
	}
	return -1
}

func isSpaceOrStart(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '-'
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isClitic reports a contraction split off by a tokeniser ("kilmarnock 's",
// "do n't"), which opens no quotation: the text after the apostrophe.
func isClitic(rest string) bool {
	for _, c := range []string{"s", "t", "re", "ve", "ll", "d", "m"} {
		if len(rest) >= len(c) && rest[:len(c)] == c && (len(rest) == len(c) || !isASCIILetter(rest[len(c)])) {
			return true
		}
	}
	return false
}
