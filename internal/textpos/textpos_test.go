package textpos

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPos(t *testing.T) {
	text := "Ab\n“Qu” x\n\nz"
	tests := []struct {
		reason string
		off    int
		want   Pos
	}{
		{"the first byte", 0, Pos{1, 1}},
		{"the newline belongs to its line", 2, Pos{1, 3}},
		{"the start of line 2", 3, Pos{2, 1}},
		{"columns count runes: “ is 3 bytes", 6, Pos{2, 2}},
		{"after two 3-byte quotes and two letters", 11, Pos{2, 5}},
		{"an empty line", 14, Pos{3, 1}},
		{"the last byte", 15, Pos{4, 1}},
		{"the end of the text", 16, Pos{4, 2}},
		{"past the end is clamped", 99, Pos{4, 2}},
		{"before the start is clamped", -5, Pos{1, 1}},
	}
	x := New(text)
	for _, tt := range tests {
		if got := x.Pos(tt.off); got != tt.want {
			t.Errorf("%s: Pos(%d) = %v, want %v", tt.reason, tt.off, got, tt.want)
		}
	}
}

// naivePos counts the column from the start of the line, with no marks:
// the plain form of Pos that the test checks it against.
func naivePos(text string, off int) Pos {
	off = min(max(off, 0), len(text))
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if text[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	return Pos{Line: line, Col: utf8.RuneCountInString(text[start:off]) + 1}
}

// TestPosLongLines checks the marks kept in lines longer than markEvery
// against counting from the line's start, across multi-byte runes, invalid
// bytes and line breaks falling near the marks.
func TestPosLongLines(t *testing.T) {
	pieces := []string{"a", "é", "“", "😀", "\xff", "\xe2\x82", "\x80", " ", "\n"}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < 5*markEvery {
		p := pieces[r.IntN(len(pieces)-1)] // no newline in the first lines
		if b.Len() > 3*markEvery && r.IntN(500) == 0 {
			p = "\n"
		}
		b.WriteString(p)
	}
	text := b.String()
	x := New(text)
	if len(x.marks) == 0 {
		t.Fatal("no marks kept in a text of several long lines")
	}
	for off := 0; off <= len(text); off++ {
		if got, want := x.Pos(off), naivePos(text, off); got != want {
			t.Fatalf("Pos(%d) = %v, want %v", off, got, want)
		}
	}
}

// BenchmarkPosOneLine asks the position of offsets spread over a 4 MB text
// with no line break, as the check program does for every claim of it.
func BenchmarkPosOneLine(b *testing.B) {
	text := strings.Repeat("Some words, “quoted” and not. ", 4<<20/32)
	x := New(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for off := 0; off < len(text); off += 4096 {
			x.Pos(off)
		}
	}
}
