// Package textpos turns byte offsets into line:column positions.
package textpos

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// markEvery is how many bytes of a line may lie between two marks: a
// column is counted from the nearest mark before the offset, so that the
// positions of the claims of a text of megabytes on one line cost a few
// kilobytes of counting each, not the whole line.
const markEvery = 4096

// An Index finds the line and column of byte offsets into one text. Lines
// end at '\n'. It is safe for concurrent use.
type Index struct {
	text   string
	starts []int  // the byte offset where each line starts
	marks  []mark // in order of offset; only in lines longer than markEvery
}

// A mark is a column known in advance: the byte at off is the col-th
// character of its line, counting from 0.
type mark struct{ off, col int }

// New indexes the lines of a text.
func New(text string) *Index {
	x := &Index{text: text, starts: []int{0}}
	last, col := 0, 0 // the last mark or line start, and its column
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '\n':
			x.starts = append(x.starts, i+1)
			last, col = i+1, 0
		case i-last >= markEvery && utf8.RuneStart(text[i]):
			// Never at a continuation byte: the runes counted on the two
			// sides of a split before any other byte add up to the count of
			// the whole, valid UTF-8 or not.
			col += utf8.RuneCountInString(text[last:i])
			x.marks = append(x.marks, mark{i, col})
			last = i
		}
	}
	return x
}

// A Pos is a position in a text: Line and Col both count from 1, and Col
// counts characters (runes, an invalid byte being one), not bytes, from the
// start of the line.
type Pos struct{ Line, Col int }

// String writes the position as "line:col".
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Pos returns the position of a byte offset; an offset outside the text is
// clamped to it.
func (x *Index) Pos(off int) Pos {
	off = min(max(off, 0), len(x.text))
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	from, col := x.starts[line], 0
	if m := sort.Search(len(x.marks), func(i int) bool { return x.marks[i].off > off }) - 1; m >= 0 && x.marks[m].off > from {
		from, col = x.marks[m].off, x.marks[m].col
	}
	return Pos{Line: line + 1, Col: col + utf8.RuneCountInString(x.text[from:off]) + 1}
}
