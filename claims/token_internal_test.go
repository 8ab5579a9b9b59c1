package claims

import (
	"testing"
	"unsafe"
)

// TestTokenSize holds the Token to its compact layout: a prepared source
// keeps one for every five bytes of its text.
func TestTokenSize(t *testing.T) {
	if got := unsafe.Sizeof(Token{}); got != 32 {
		t.Errorf("a Token is %d bytes, want 32", got)
	}
}

// TestTokenFlags checks that each flag is set and cleared alone.
func TestTokenFlags(t *testing.T) {
	all := []tokenFlags{stemIsLower, stopWord, capital, attribution}
	for _, f := range all {
		var tok Token
		tok.set(f, true)
		if tok.flags != f {
			t.Errorf("set(%b, true) gives flags %b", f, tok.flags)
		}
		tok.flags = ^tokenFlags(0)
		tok.set(f, false)
		if tok.flags != ^f {
			t.Errorf("set(%b, false) gives flags %b", f, tok.flags)
		}
	}
	tok := Token{Text: "word", start: 7}
	if tok.Start() != 7 || tok.End() != 11 {
		t.Errorf("Start, End = %d, %d, want 7, 11", tok.Start(), tok.End())
	}
}
