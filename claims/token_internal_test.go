package claims

import (
	"strings"
	"testing"
	"unsafe"
)

// TestTokenSize holds the Token to its compact layout: a prepared source
// keeps one for every five bytes of its text.
func TestTokenSize(t *testing.T) {
	if got := unsafe.Sizeof(Token{}); got != 24 {
		t.Errorf("a Token is %d bytes, want 24", got)
	}
}

// TestLongToken checks that a word or number longer than MaxTokenLen is
// cut into tokens of at most that many bytes, none lost, each pointing
// at its bytes.
func TestLongToken(t *testing.T) {
	for _, unit := range []string{"a", "é", "7"} {
		src := "x " + strings.Repeat(unit, 2*MaxTokenLen/len(unit)+5) + " y"
		toks := Tokenize(nil, src, 0, len(src))
		var joined strings.Builder
		for i := range toks {
			tok := &toks[i]
			if len(tok.Text()) > MaxTokenLen || tok.Text() != src[tok.Start():tok.End()] {
				t.Fatalf("%q: token %d is %d bytes at %d-%d", unit, i, len(tok.Text()), tok.Start(), tok.End())
			}
			joined.WriteString(tok.Text())
		}
		if want := strings.ReplaceAll(src, " ", ""); joined.String() != want || len(toks) < 5 {
			t.Errorf("%q: %d tokens hold %d bytes, want %d", unit, len(toks), joined.Len(), len(want))
		}
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
	tok := makeToken("an ordinary word", 12, 16, WordToken, nil)
	if tok.Start() != 12 || tok.End() != 16 || tok.Text() != "word" {
		t.Errorf("Start, End, Text = %d, %d, %q, want 12, 16, \"word\"", tok.Start(), tok.End(), tok.Text())
	}
}
