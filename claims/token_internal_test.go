package claims

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
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

// TestTokenForms checks that the tokens of one word share it, each
// keeping the number of its spelling, and that a spelling past the
// MaxForms a word numbers gets a word of its own, with the same text,
// lower case, stem and key.
func TestTokenForms(t *testing.T) {
	spellings := []string{"zorblat", "Zorblat", "ZORBLAT", "zOrblat", "zoRblat", "zorBlat", "zorbLat", "zorblAt", "zorblaT", "ZOrblat"}
	src := strings.Join(spellings, " ") + " Zorblat zorblaT, 7 and U.S. towns."
	toks := Tokenize(nil, src, 0, len(src))
	for i := range toks {
		if tok := &toks[i]; tok.Text() != src[tok.Start():tok.End()] {
			t.Errorf("token %d is %q at %d-%d, want %q", i, tok.Text(), tok.Start(), tok.End(), src[tok.Start():tok.End()])
		}
	}
	w := toks[0].w
	for i := range spellings {
		tok, shared := &toks[i], i <= lex.MaxForms
		if (tok.w == w) != shared || tok.Lower() != "zorblat" || tok.Stem() != toks[0].Stem() || tok.NameKey() != toks[0].NameKey() {
			t.Errorf("%q: shares the word %v, want %v; lower %q, stem %q, key %q", tok.Text(), tok.w == w, shared, tok.Lower(), tok.Stem(), tok.NameKey())
		}
		if !tok.SameLower(&toks[0]) || !toks[0].SameLower(tok) {
			t.Errorf("%q and %q have the same lower case apart", tok.Text(), toks[0].Text())
		}
	}
	if toks[10].w != toks[1].w || toks[10].flags != toks[1].flags || toks[11].w == toks[8].w || toks[11].Text() != "zorblaT" {
		t.Errorf("a spelling written again is not the same word and form")
	}
	if toks[12].w != toks[14].w && toks[12].Text() == toks[14].Text() {
		t.Errorf("two marks spelt alike have two words")
	}
}

// TestShared checks that the runs of a shared array come back through
// the statements' ends with their elements and order, that keep returns
// the array itself when it is the document's own and little of it is
// spare, and an array of the exact size otherwise.
func TestShared(t *testing.T) {
	var s shared[Number]
	const n = 90 // 133 numbers
	ends := make([]featureEnds, n+1)
	var want [][]Number
	for i := range n {
		var w []Number
		for k := range i % 4 {
			num := Number{Value: float64(i), Max: float64(k)}
			s.add(num, 100)
			w = append(w, num)
		}
		ends[i+1].nums = uint32(len(s.all))
		want = append(want, w)
	}
	if len(s.all) != 133 {
		t.Fatalf("%d numbers, want 133", len(s.all))
	}
	for _, own := range []bool{true, false} {
		a := &arrays{numbers: s.keep(own), ends: ends}
		if cap(a.numbers) != len(a.numbers) && !own {
			t.Errorf("keep(%v) holds %d of %d, want an exact copy", own, len(a.numbers), cap(a.numbers))
		}
		spare := cap(s.all)-len(s.all) > len(s.all)/8+16
		if same := unsafe.SliceData(a.numbers) == unsafe.SliceData(s.all); same != (own && !spare) {
			t.Errorf("keep(%v) with %d of %d spare: the array itself %v, want %v", own, cap(s.all)-len(s.all), cap(s.all), same, own && !spare)
		}
		for i := range n {
			st := Statement{a: a, i: uint32(i)}
			if got := st.Numbers(); !slices.Equal(got, want[i]) || (got == nil) != (len(want[i]) == 0) || cap(got) != len(got) {
				t.Fatalf("keep(%v): claim %d's numbers are %v (cap %d), want %v", own, i, got, cap(got), want[i])
			}
		}
	}
	var none shared[Number]
	if none.keep(true) != nil || none.keep(false) != nil {
		t.Errorf("keep of no elements is not nil")
	}
	var zero Statement
	if zero.Numbers() != nil || zero.Tokens != nil || zero.Text() != "" || zero.Dangling() != nil || zero.Start() != 0 {
		t.Errorf("the zero Statement is not empty")
	}
}

// TestTokenizeConcurrent checks that goroutines tokenising words new to
// the caches at once, in several spellings each, get the same tokens,
// each with its own text.
func TestTokenizeConcurrent(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var b strings.Builder
	for range 3000 {
		w := []byte{'q', 'x'}
		for range 3 + r.IntN(5) {
			w = append(w, byte('a'+r.IntN(26)))
		}
		switch r.IntN(4) {
		case 0:
			w[0] -= 'a' - 'A'
		case 1:
			w = bytes.ToUpper(w)
		case 2:
			w[len(w)-1] -= 'a' - 'A'
		}
		b.Write(w)
		b.WriteString(" ")
	}
	src := b.String()
	got := make([][]Token, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[g] = Tokenize(nil, src, 0, len(src))
		}()
	}
	wg.Wait()
	for g, toks := range got {
		if len(toks) != 3000 {
			t.Fatalf("goroutine %d: %d tokens, want 3000", g, len(toks))
		}
		for i := range toks {
			tok, first := &toks[i], &got[0][i]
			if tok.Text() != src[tok.Start():tok.End()] || tok.Lower() != strings.ToLower(tok.Text()) ||
				tok.Stem() != first.Stem() || !tok.SameLower(first) {
				t.Fatalf("goroutine %d, token %d: %q (lower %q, stem %q), want %q (stem %q)", g, i,
					tok.Text(), tok.Lower(), tok.Stem(), src[tok.Start():tok.End()], first.Stem())
			}
		}
	}
}
