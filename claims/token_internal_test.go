package claims

import (
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// TestTokenSize holds the Token to its compact layout: a prepared source
// keeps one for every five bytes of its text.
func TestTokenSize(t *testing.T) {
	if got := unsafe.Sizeof(Token{}); got != 16 {
		t.Errorf("a Token is %d bytes, want 16", got)
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
	tok := Tokenize(nil, "an ordinary word", 0, 16)[2]
	if tok.Start() != 12 || tok.End() != 16 || tok.Text() != "word" {
		t.Errorf("Start, End, Text = %d, %d, %q, want 12, 16, \"word\"", tok.Start(), tok.End(), tok.Text())
	}
}

// TestSpellingsShared checks that tokens spelt alike share one spelling,
// and that once the cache is full each new spelling is a token's own,
// with the same text, offsets, word and flags as a cached one.
func TestSpellingsShared(t *testing.T) {
	src := "Zorblat met zorblat and ZORBLAT, 7 of them, in U.S. towns: “Zorblat” won."
	want := Tokenize(nil, src, 0, len(src))
	if want[0].sp != want[15].sp || want[15].Text() != "Zorblat" || want[0].sp == want[2].sp {
		t.Errorf("tokens spelt alike do not share a spelling, or ones spelt apart do")
	}
	defer func(c *lex.Cache[spelling]) { spellings = c }(spellings)
	spellings = &lex.Cache[spelling]{} // full: it holds nothing
	got := Tokenize(nil, src, 0, len(src))
	if len(got) != len(want) {
		t.Fatalf("%d tokens with a full cache, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := &got[i], &want[i]
		if g.sp == w.sp && g.Kind != PunctToken {
			t.Errorf("token %q has the cached spelling with a full cache", g.Text())
		}
		if g.Text() != w.Text() || g.Start() != w.Start() || g.End() != w.End() || g.Kind != w.Kind ||
			g.flags != w.flags || g.Lower() != w.Lower() || g.Stem() != w.Stem() || g.NameKey() != w.NameKey() ||
			g.Text() != src[g.Start():g.End()] {
			t.Errorf("token %d: %q %d-%d %b with a full cache, want %q %d-%d %b", i,
				g.Text(), g.Start(), g.End(), g.flags, w.Text(), w.Start(), w.End(), w.flags)
		}
	}
}

// TestExact checks that exact moves the runs of a shared array's last
// array, and only those, to an array of their exact size, their elements
// and order kept, and that a full array stays.
func TestExact(t *testing.T) {
	var s shared[Number]
	sts := make([]Statement, 90) // 135 numbers: a full array of 104, and a second one

	for i := range sts {
		s.start()
		for k := range i % 4 {
			s.add(Number{Start: i, End: k}, 100)
		}
		sts[i].Numbers = s.run()
	}
	before := make([][]Number, len(sts))
	for i := range sts {
		before[i] = slices.Clone(sts[i].Numbers)
	}
	last := s.all
	if cap(last)-len(last) <= len(last)/8+16 || len(last) == 135 {
		t.Fatalf("the last array holds %d of %d: nothing to test", len(last), cap(last))
	}
	exact(sts, &s, func(st *Statement) *[]Number { return &st.Numbers })
	if cap(s.all) != len(s.all) || len(s.all) != len(last) {
		t.Fatalf("the last array holds %d of %d, want all of %d", len(s.all), cap(s.all), len(last))
	}
	at := 0
	for i := range sts {
		if !slices.Equal(sts[i].Numbers, before[i]) {
			t.Fatalf("claim %d's numbers are %v, were %v", i, sts[i].Numbers, before[i])
		}
		if len(sts[i].Numbers) == 0 {
			continue
		}
		moved := unsafe.SliceData(sts[i].Numbers) == &s.all[min(at, len(s.all)-1)]
		if in := at < len(s.all) && moved; in {
			at += len(sts[i].Numbers)
		} else if at > 0 {
			t.Fatalf("claim %d's run was not moved, but one before it was", i)
		}
	}
	if at != len(s.all) {
		t.Errorf("%d elements of the last array are claims', want %d", at, len(s.all))
	}
	full := s.all
	exact(sts, &s, func(st *Statement) *[]Number { return &st.Numbers })
	if unsafe.SliceData(full) != unsafe.SliceData(s.all) {
		t.Errorf("a full array was moved")
	}
}
