// Package textpos turns byte offsets into line:column positions.
package textpos

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// An Index finds the line and column of byte offsets into one text. Lines
// end at '\n'. It is safe for concurrent use.
type Index struct {
	text   string
	starts []int // the byte offset where each line starts
}

// New indexes the lines of a text.
func New(text string) *Index {
	x := &Index{text: text, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			x.starts = append(x.starts, i+1)
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
	return Pos{Line: line + 1, Col: utf8.RuneCountInString(x.text[x.starts[line]:off]) + 1}
}
