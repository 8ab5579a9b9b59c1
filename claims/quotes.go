package claims

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// A Quote is a quotation: Text is the quoted words without the quotation
// marks, Start and End their byte offsets. Straight and curly, double and
// single marks are recognised, and quotations nested inside one another.
type Quote struct {
	Text       string
	Start, End int
	Depth      int // 0 for an outermost quotation, 1 for one nested in it
}

type openMark struct {
	pos   int  // offset just after the opening mark
	mark  rune // the opening mark as written
	depth int
}

// Quotes finds the quotations of src, in order of their opening marks. A
// quotation left open at the end of a paragraph ends there.
func Quotes(src string) []Quote {
	var out []Quote
	var stack []openMark
	// closeAt ends the quotation opened by stack[k] at end; closed is false
	// when no closing mark was met by the end of the paragraph.
	closeAt := func(k, end int, closed bool) {
		o := stack[k]
		if !closed && (o.mark == '\'' || o.mark == '‘') {
			// A single mark left open is more likely an apostrophe or a
			// typo than a quotation.
			stack = stack[:k]
			return
		}
		s, e := trimSpace(src, o.pos, end)
		if s < e {
			out = append(out, Quote{Text: src[s:e], Start: s, End: e, Depth: o.depth})
		}
		stack = stack[:k]
	}
	prev := ' '
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		next := rune(' ')
		if i+size < len(src) {
			next, _ = utf8.DecodeRuneInString(src[i+size:])
		}
		switch r {
		case '\n':
			if next == '\n' || next == '\r' || len(stack) > 0 && endsParagraph(src, i) {
				for len(stack) > 0 {
					closeAt(len(stack)-1, i, false)
				}
			}
		case '“', '„', '«':
			stack = append(stack, openMark{i + size, r, len(stack)})
		case '”', '»':
			if k := findOpen(stack, '“', '„', '«', '"'); k >= 0 {
				closeAt(k, i, true)
			} else if r == '”' && isSpaceOrStart(prev) && !unicode.IsSpace(next) {
				// A right mark used as an opener, as some typesetting does.
				stack = append(stack, openMark{i + size, '“', len(stack)})
			}
		case '‘':
			if !isLetterOrDigit(prev) { // "Canada‘s" misuses it as an apostrophe
				stack = append(stack, openMark{i + size, r, len(stack)})
			}
		case '’':
			if !isLetterOrDigit(next) || !isLetterOrDigit(prev) {
				if k := findOpen(stack, '‘', '\''); k >= 0 && !isSpaceOrStart(prev) {
					closeAt(k, i, true)
				}
			}
		case '"':
			top := findOpen(stack, '"')
			switch {
			case top >= 0 && !isSpaceOrStart(prev):
				closeAt(top, i, true)
			case isSpaceOrStart(prev) || isOpener(prev) || prev == ':' || prev == '—':
				stack = append(stack, openMark{i + size, r, len(stack)})
			case top >= 0:
				closeAt(top, i, true)
			}
		case '\'':
			if k := findOpen(stack, '\''); k >= 0 && !isSpaceOrStart(prev) && !isLetterOrDigit(next) {
				closeAt(k, i, true)
			} else if (isSpaceOrStart(prev) || isOpener(prev)) && isLetterOrDigit(next) && !isClitic(src[i+size:]) {
				stack = append(stack, openMark{i + size, r, len(stack)})
			}
		}
		if len(stack) > 64 {
			stack = stack[:0] // pathological input: give up on deep nesting
		}
		prev = r
		i += size
	}
	for len(stack) > 0 {
		closeAt(len(stack)-1, len(src), false)
	}
	// Inner quotations close first; report in order of opening marks.
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
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
