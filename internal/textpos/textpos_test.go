package textpos

import "testing"

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
