package keytable

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// TestKeyTable checks that a Table answers Has, Lookup and Similar as a
// lex.KeyIndex of the same entries does, in the same order: for a table
// small enough to be scanned and one whose groups outgrow a scan, with
// repeated keys, short keys, empty keys and keys that are not ASCII.
func TestKeyTable(t *testing.T) {
	state := uint32(9)
	next := func(n int) int {
		state = state*1664525 + 1013904223
		return int(state>>8) % n
	}
	letters := []string{"a", "b", "k", "o", "r", "s", "t", "é"}
	word := func() string {
		var b strings.Builder
		for range 1 + next(10) {
			b.WriteString(letters[next(len(letters))])
		}
		return b.String()
	}
	// variant changes one byte of an ASCII key of 5 bytes or more, past
	// the first.
	variant := func(k string) string {
		if len(k) < 5 || !isASCIIKey(k) {
			return k
		}
		i := 1 + next(len(k)-1)
		return k[:i] + letters[next(len(letters)-1)] + k[i+1:]
	}
	for _, n := range []int{0, 60, 5000} {
		var entries []Entry[int]
		var idx lex.KeyIndex[int]
		for i := range n {
			k := word()
			switch {
			case i%17 == 0 && i > 0:
				k = entries[next(len(entries))].Key // a repeated key
			case i%3 == 0 && i > 0:
				k = variant(entries[next(len(entries))].Key) // a spelling of one
			}
			if i%97 == 0 {
				k = ""
			}
			entries = append(entries, Entry[int]{Key: k, Value: i})
			idx.Add(k, i)
		}
		table := Make(entries)
		if table.Large() != (n == 5000) {
			t.Errorf("%d entries: large %v", n, table.Large())
		}
		type hit struct {
			key string
			v   int
		}
		matched := 0
		for q := range 400 {
			k := word()
			if q%2 == 0 && len(entries) > 0 {
				k = variant(entries[next(len(entries))].Key)
			}
			if table.Has(k) != idx.Has(k) {
				t.Errorf("%d entries: Has(%q) = %v, KeyIndex says %v", n, k, table.Has(k), idx.Has(k))
			}
			first, found := -1, false // the first value added under k
			for _, e := range entries {
				if e.Key == k && k != "" {
					first, found = e.Value, true
					break
				}
			}
			if v, ok := table.Lookup(k); ok != found || ok && v != first {
				t.Errorf("%d entries: Lookup(%q) = %d, %v, want %d, %v", n, k, v, ok, first, found)
			}
			var got, want []hit
			table.Similar(k, func(key string, v int) bool { got = append(got, hit{key, v}); return true })
			idx.Similar(k, func(key string, v int) bool { want = append(want, hit{key, v}); return true })
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(hit{})); diff != "" {
				t.Errorf("%d entries: Similar(%q) mismatch (-KeyIndex +Table):\n%s", n, k, diff)
			}
			if len(want) > 1 {
				matched++
				stop := 0
				table.Similar(k, func(string, int) bool { stop++; return false })
				if stop != 1 {
					t.Errorf("Similar went on after f returned false: %d calls", stop)
				}
			}
		}
		if n > 0 && matched == 0 {
			t.Errorf("%d entries: no key matched several: the test tells little", n)
		}
	}
	if (&Table[int]{}).Has("") {
		t.Error("an empty table has the empty key")
	}
}

func isASCIIKey(k string) bool {
	for i := 0; i < len(k); i++ {
		if k[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestOfChunks checks that the table Of makes of many entries, gathered
// in chunks and placed by counting, is the one it makes of few, sorted
// (Make of the same entries in one chunk): keys of every length, long
// keys that share a first byte with short ones, not ASCII, repeated.
func TestOfChunks(t *testing.T) {
	state := uint32(5)
	next := func(n int) int {
		state = state*1664525 + 1013904223
		return int(state>>8) % n
	}
	letters := []string{"a", "b", "k", "é"}
	var entries []Entry[int]
	for i := range 3*chunkEntries + 77 {
		var b strings.Builder
		for range 1 + next(12) {
			b.WriteString(letters[next(len(letters))])
		}
		if i%11 == 0 {
			b.WriteString(strings.Repeat("z", shortGroupLen+next(40))) // a long key
		}
		k := b.String()
		if i%7 == 0 && i > 0 {
			k = entries[next(len(entries))].Key
		}
		entries = append(entries, Entry[int]{Key: k, Value: i})
	}
	var chunks [][]Entry[int]
	for c := range slices.Chunk(slices.Clone(entries), chunkEntries) {
		chunks = append(chunks, c)
	}
	got := ofChunks(chunks)
	if !got.Large() {
		t.Fatal("the table of many entries reads no group through its pieces")
	}
	// Of sorts few entries rather than count them: the same table.
	sorted := slices.Clone(entries)
	slices.SortStableFunc(sorted, func(a, b Entry[int]) int {
		return cmpGroup(keyGroup(a.Key[0], len(a.Key)), keyGroup(b.Key[0], len(b.Key)))
	})
	want := compact(sorted)
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(Table[int]{}, large{}, group{}, block{})); diff != "" {
		t.Errorf("ofChunks differs from a stable sort by group (-want +got):\n%s", diff)
	}
	viaOf := Of(func(add func(string, int)) {
		for _, e := range entries {
			add(e.Key, e.Value)
		}
	})
	if diff := cmp.Diff(want, viaOf, cmp.AllowUnexported(Table[int]{}, large{}, group{}, block{})); diff != "" {
		t.Errorf("Of of %d entries differs from a stable sort by group (-want +got):\n%s", len(entries), diff)
	}
}

// entriesOf returns the entries of a table, in its order.
func entriesOf[T any](x *Table[T]) []Entry[T] {
	var es []Entry[T]
	for g := range x.ngroups() {
		i, j := x.entries(g)
		for at := i; at < j; at++ {
			es = append(es, Entry[T]{x.keyAt(g, at), x.vals[at]})
		}
	}
	return es
}

func cmpGroup(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TestLongKeys checks that a table whose keys do not fit its one string
// (more than 4 GiB, or a key longer than maxGroupLen), which holds them
// one by one instead, answers as one that fits: the tests above with no
// room in the string.
func TestLongKeys(t *testing.T) {
	defer func(n int) { maxText = n }(maxText)
	maxText = 0
	if x := Make([]Entry[int]{{"kozak", 1}}); x.long == nil || x.text != "" {
		t.Fatalf("with no room, the table holds its keys in text %q, long %q", x.text, x.long)
	}
	TestKeyTable(t)
}

// TestSmallBlocks checks that a table whose large groups are filed in
// many blocks (see block) answers as one of a block each: the tests above
// with blocks of 7 entries.
func TestSmallBlocks(t *testing.T) {
	defer func(n int) { blockEntries = n }(blockEntries)
	blockEntries = 7
	var entries []Entry[int]
	for i := range 200 {
		entries = append(entries, Entry[int]{fmt.Sprintf("k%04d", i%150), i})
	}
	if x := Make(entries); len(x.blocks) < 20 {
		t.Fatalf("a group of 200 entries in blocks of 7 is in %d blocks", len(x.blocks))
	}
	TestKeyTable(t)
}

// TestSimilarAcrossLengths checks that a large table finds, as a
// lex.KeyIndex does, the keys one or two bytes longer or shorter than the
// key asked, around the lengths where SameNameKey starts to allow two
// edits (9 bytes) and where keys stop being filed under their halves
// (10): ASCII keys of 7 to 12 bytes of one first byte, asked with a byte
// or two left out or put in.
func TestSimilarAcrossLengths(t *testing.T) {
	state := uint32(11)
	next := func(n int) int {
		state = state*1664525 + 1013904223
		return int(state>>8) % n
	}
	word := func(n int) string {
		b := []byte{'k'}
		for len(b) < n {
			b = append(b, "aeiorst"[next(7)])
		}
		return string(b)
	}
	var entries []Entry[int]
	var idx lex.KeyIndex[int]
	for i := range 3000 {
		k := word(7 + next(6))
		entries = append(entries, Entry[int]{k, i})
		idx.Add(k, i)
	}
	table := Make(entries)
	if !table.Large() {
		t.Fatal("3,000 keys of one first byte make no large group")
	}
	matched := 0
	for q := range 600 {
		k := []byte(entries[next(len(entries))].Key)
		for range 1 + q%2 {
			if i := 1 + next(len(k)-1); q%4 < 2 {
				k = append(k[:i:i], k[i+1:]...) // a byte left out
			} else {
				k = append(k[:i:i], append([]byte{"aeiorst"[next(7)]}, k[i:]...)...) // one put in
			}
		}
		var got, want []int
		table.Similar(string(k), func(_ string, v int) bool { got = append(got, v); return true })
		idx.Similar(string(k), func(_ string, v int) bool { want = append(want, v); return true })
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Similar(%q) mismatch (-KeyIndex +Table):\n%s", k, diff)
		}
		if len(want) > 0 {
			matched++
		}
	}
	if matched < 100 {
		t.Errorf("only %d of 600 keys matched: the test tells little", matched)
	}
}
