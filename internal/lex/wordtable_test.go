package lex

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// TestPackWord checks that words of up to maxInline bytes pack alike only
// when they are equal, whatever their bytes (NUL, high bytes) and lengths.
func TestPackWord(t *testing.T) {
	seen := map[[2]uint64]string{}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := "\x00ab\xffZ'"
	for n := 0; n < 200000; n++ {
		b := make([]byte, r.IntN(maxInline+1))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		w := string(b)
		k0, k1 := packWord(w)
		if o, ok := seen[[2]uint64{k0, k1}]; ok && o != w {
			t.Fatalf("packWord(%q) = packWord(%q)", w, o)
		}
		seen[[2]uint64{k0, k1}] = w
	}
}

// TestPackWordLayout checks that packWord places byte i of a word at bits
// 8i of the two integers, zero-padded, with the length in the top byte,
// as a loop over the bytes does, for every length it takes.
func TestPackWordLayout(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		b := make([]byte, n%(maxInline+1))
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		var want [2]uint64
		for i, c := range b {
			want[i/8] |= uint64(c) << (8 * (i % 8))
		}
		want[1] |= uint64(len(b)) << 56
		if k0, k1 := packWord(string(b)); k0 != want[0] || k1 != want[1] {
			t.Fatalf("packWord(%q) = %#x, %#x, want %#x, %#x", b, k0, k1, want[0], want[1])
		}
	}
}

// TestFoldASCII checks that foldASCII lower-cases packed ASCII as Lower
// does the string.
func TestFoldASCII(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 100000; n++ {
		b := make([]byte, r.IntN(maxInline+1))
		for i := range b {
			b[i] = byte(r.IntN(0x80))
		}
		w := string(b)
		k0, k1 := packWord(w)
		l0, l1 := packWord(Lower(w))
		if foldASCII(k0) != l0 || foldASCII(k1) != l1 {
			t.Fatalf("foldASCII(packWord(%q)) is not packWord(%q)", w, Lower(w))
		}
	}
}

// TestWordTable checks that a table finds every word added to it, short
// and long, and no other.
func TestWordTable(t *testing.T) {
	var ws []*Word
	for i := range 5000 {
		ws = append(ws, &Word{Lower: fmt.Sprintf("w%d", i)}, &Word{Lower: strings.Repeat("x", i%40) + fmt.Sprint(i)})
	}
	tb := newTable[Word](len(ws))
	for _, w := range ws {
		tb.add(w.Lower, w)
	}
	if tb.n+len(tb.long) != len(ws) || len(tb.slots)*3 < tb.n*4 {
		t.Fatalf("%d words in %d slots and %d long", tb.n, len(tb.slots), len(tb.long))
	}
	n := 0
	tb.each(func(*Word) { n++ })
	if n != len(ws) {
		t.Errorf("each gives %d words, want %d", n, len(ws))
	}
	for _, w := range ws {
		if got := tb.get(w.Lower); got != w {
			t.Errorf("get(%q) = %v", w.Lower, got)
		}
	}
	for _, s := range []string{"", "w", "w5000", "w-1", strings.Repeat("x", 39) + "1"} {
		if got := tb.get(s); got != nil {
			t.Errorf("get(%q) = %+v, want nil", s, *got)
		}
	}
}

// TestLookupFoldedRandom checks LookupFolded against Lookup(Lower(w)) on
// random words of ASCII letters, digits and apostrophes, short and long.
func TestLookupFoldedRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := "abcXYZ09'"
	for n := 0; n < 20000; n++ {
		b := make([]byte, 1+r.IntN(24))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		w := string(b)
		got, want := LookupFolded(w), Lookup(Lower(w))
		if got != want {
			t.Fatalf("LookupFolded(%q) = %+v, want the cached %+v", w, *got, *want)
		}
	}
}

// TestCache checks that a Cache gives back what it holds, keeps the first
// value added for a key, holds at most Max values, and says so.
func TestCache(t *testing.T) {
	c := Cache[int]{Max: 3000}
	vals := make([]int, 5000)
	key := func(i int) string { return strings.Repeat("k", i%20) + fmt.Sprint(i) }
	for i := range vals {
		vals[i] = i
		v, ok := c.Add(key(i), &vals[i], nil)
		if ok != (i < c.Max) || v != &vals[i] {
			t.Fatalf("Add(%q) = %d, %v with %d held", key(i), *v, ok, i)
		}
	}
	if c.Len() != c.Max {
		t.Errorf("Len() = %d, want %d", c.Len(), c.Max)
	}
	for i := range vals {
		got := c.Get(key(i))
		if i < c.Max && got != &vals[i] || i >= c.Max && got != nil {
			t.Fatalf("Get(%q) = %v", key(i), got)
		}
	}
	other := -1
	if v, ok := c.Add(key(7), &other, nil); !ok || v != &vals[7] {
		t.Errorf("Add of a held key gives %d, %v, want the value held", *v, ok)
	}
	marked := 0
	d := Cache[int]{Max: 1}
	d.Add("a", &vals[0], func(*int) { marked++ })
	d.Add("a", &vals[1], func(*int) { marked++ })
	if marked != 1 {
		t.Errorf("mark called %d times, want once", marked)
	}
}

// TestCachePromotes checks that values of long keys the lock-free table
// does not hold move to it once looked up often enough, and keep their
// values, and that those of short keys are in it at once.
func TestCachePromotes(t *testing.T) {
	c := Cache[int]{Max: 1000}
	vals := make([]int, 220)
	key := func(i int) string {
		if i%2 == 0 {
			return fmt.Sprint("w", i)
		}
		return fmt.Sprint("a-key-longer-than-a-slot-", i)
	}
	for i := range vals {
		vals[i] = i
		c.Add(key(i), &vals[i], nil)
	}
	late := []string{}
	for i := range vals {
		if c.read.Load().get(key(i)) == nil {
			if i%2 == 0 {
				t.Errorf("short key %q is not in the table", key(i))
			}
			late = append(late, key(i))
		}
	}
	if len(late) == 0 {
		t.Fatal("every value is in the table already: the test tests nothing")
	}
	for range c.Len() / 4 {
		for _, k := range late {
			c.Get(k)
		}
	}
	for i := range vals {
		k := key(i)
		if v := c.read.Load().get(k); v != &vals[i] {
			t.Errorf("table's value of %q = %v, want %d", k, v, i)
		}
		if v := c.Get(k); v != &vals[i] {
			t.Errorf("Get(%q) = %v, want %d", k, v, i)
		}
	}
}

// TestLookupFormRandom checks LookupForm against Lookup(Lower(w)) and
// FormOf on random spellings of a few words, ASCII and not, short and
// longer than a slot holds, so that many words have more spellings than
// meta holds and some more than MaxForms: the form a word's capitals
// give is the one its text gives, and Form gives the text back.
func TestLookupFormRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	bases := []string{"formword", "fo", "x9'z", "formwordlongerthanaslot", "förmwörd", "abcdefghijklmno"}
	for n := 0; n < 20000; n++ {
		base := bases[r.IntN(len(bases))]
		b := []byte(base)
		for i := range b {
			if 'a' <= b[i] && b[i] <= 'z' && r.IntN(4) == 0 {
				b[i] -= 'a' - 'A'
			}
		}
		text := string(b)
		w, form, ok := LookupForm(text)
		if want := Lookup(Lower(text)); w != want {
			t.Fatalf("LookupForm(%q) = %+v, want the cached %+v", text, *w, *want)
		}
		wantForm, wantOK := w.FormOf(text)
		if form != wantForm || ok != wantOK {
			t.Fatalf("LookupForm(%q) = form %d, %v; FormOf %d, %v", text, form, ok, wantForm, wantOK)
		}
		if ok && w.Form(form) != text {
			t.Fatalf("LookupForm(%q) = form %d, which is %q", text, form, w.Form(form))
		}
	}
}

// TestCaseMask checks caseMask against the capitals of each byte, for
// every length a slot holds.
func TestCaseMask(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 5000; n++ {
		b := make([]byte, 1+r.IntN(maxInline))
		var want uint16
		for i := range b {
			b[i] = "aZz0'Mq"[r.IntN(7)]
			if 'A' <= b[i] && b[i] <= 'Z' {
				want |= 1 << i
			}
		}
		k0, k1 := packWord(string(b))
		if got := caseMask(k0, k1, foldASCII(k0), foldASCII(k1)); got != want {
			t.Fatalf("caseMask(%q) = %b, want %b", b, got, want)
		}
	}
}

// TestNewWordShares checks that a new word's strings are what they would
// be made apart (its stem, its name key), whether they share the bytes of
// its lower case or not.
func TestNewWordShares(t *testing.T) {
	for _, lower := range []string{"reports", "happily", "criticised", "told", "khrushchev",
		"aleksei", "zz", "", "it's", strings.Repeat("internationalisation", 3)} {
		w := newWord(lower)
		if w.Lower != lower || w.Stem != stemUncached(lower) || w.Key != NameKey(lower) ||
			w.Class != classify(lower)|StemClass(w.Stem) {
			t.Errorf("newWord(%q) = %+v", lower, *w)
		}
	}
}

// TestCacheConcurrent adds and looks up keys, short and long, from several
// goroutines at once while the table grows (run it with -race): every
// look-up finds either nothing or the value the key keeps, and each key
// keeps the first value added.
func TestCacheConcurrent(t *testing.T) {
	var c Cache[int]
	c.Max = 1 << 20
	const n = 5000
	key := func(i int) string {
		if i%3 == 0 {
			return fmt.Sprint("a-key-longer-than-a-slot-", i)
		}
		return fmt.Sprint("k", i)
	}
	got := make([][]*int, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[g] = make([]*int, n)
			for i := range n {
				v := new(int)
				*v = i
				got[g][i], _ = c.Add(key(i), v, nil)
				// A key added a while ago, by this goroutine or another.
				if j := i / 2; c.Get(key(j)) != nil && *c.Get(key(j)) != j {
					t.Errorf("Get(%q) = %d", key(j), *c.Get(key(j)))
				}
			}
		}()
	}
	wg.Wait()
	for i := range n {
		for g := range got {
			if got[g][i] != got[0][i] || *got[g][i] != i || c.Get(key(i)) != got[0][i] {
				t.Fatalf("key %q: goroutine %d holds %p, goroutine 0 %p, Get %p", key(i), g, got[g][i], got[0][i], c.Get(key(i)))
			}
		}
	}
	if c.Len() != n {
		t.Errorf("Len() = %d, want %d", c.Len(), n)
	}
}
