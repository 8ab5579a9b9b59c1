package keytable

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// similarSorted returns the keys a lex.KeyIndex of each key once finds
// for key, in the order a Set gives them: by length, then ascending.
func similarSorted(idx *lex.KeyIndex[struct{}], key string) []string {
	var want []string
	idx.Similar(key, func(k string, _ struct{}) bool { want = append(want, k); return true })
	slices.SortStableFunc(want, func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	return want
}

// TestSet checks that a Set answers Has and Similar as a lex.KeyIndex of
// each of its keys once does (Similar's keys of one length ascending):
// few keys, and enough that groups outgrow a scan; repeated, empty, short
// and not ASCII keys; keys one or two bytes longer or shorter than the key
// asked, around the lengths where SameNameKey allows two edits (9 bytes)
// and where keys stop being filed under their halves (10).
func TestSet(t *testing.T) {
	state := uint32(7)
	next := func(n int) int {
		state = state*1664525 + 1013904223
		return int(state>>8) % n
	}
	letters := []string{"a", "e", "i", "o", "r", "s", "t", "é"}
	word := func() string {
		b := []byte{"abk"[next(3)]}
		s := string(b)
		for range next(12) {
			s += letters[next(len(letters))]
		}
		return s
	}
	// edit changes, drops or puts in a byte or two past the first.
	edit := func(k string) string {
		b := []byte(k)
		for range 1 + next(2) {
			if len(b) < 2 {
				break
			}
			i := 1 + next(len(b)-1)
			switch next(3) {
			case 0:
				b[i] = "aeiorst"[next(7)]
			case 1:
				b = append(b[:i:i], b[i+1:]...)
			default:
				b = append(b[:i:i], append([]byte{"aeiorst"[next(7)]}, b[i:]...)...)
			}
		}
		return string(b)
	}
	for _, n := range []int{0, 1, 40, 3000, manyKeys + 2000} {
		var keys []string
		var idx lex.KeyIndex[struct{}]
		for i := range n {
			k := word()
			switch {
			case i%3 == 1:
				k = keys[next(len(keys))] // a repeat
			case i%5 == 2 && i > 0:
				k = edit(keys[next(len(keys))]) // a spelling of one
			case i%101 == 0:
				k = ""
			}
			keys = append(keys, k)
			if !idx.Has(k) {
				idx.Add(k, struct{}{})
			}
		}
		set := MakeSet(keys)
		if set.Large() != (n >= 3000) {
			t.Errorf("%d keys: large %v", n, set.Large())
		}
		distinct := map[string]bool{}
		for _, k := range keys {
			if k != "" {
				distinct[k] = true
			}
		}
		if set.Len() != len(distinct) {
			t.Errorf("%d keys: Len %d, want %d", n, set.Len(), len(distinct))
		}
		hits, several := 0, 0
		for q := range 600 {
			k := word()
			if len(keys) > 0 {
				switch q % 3 {
				case 0:
					k = edit(keys[next(len(keys))])
				case 1:
					k = keys[next(len(keys))]
				}
			}
			if set.Has(k) != idx.Has(k) {
				t.Errorf("%d keys: Has(%q) = %v, KeyIndex says %v", n, k, set.Has(k), idx.Has(k))
			}
			var got []string
			set.Similar(k, func(key string) bool { got = append(got, key); return true })
			want := similarSorted(&idx, k)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%d keys: Similar(%q) mismatch (-KeyIndex +Set):\n%s", n, k, diff)
			}
			hits += len(want)
			if len(want) > 1 {
				several++
				stop := 0
				set.Similar(k, func(string) bool { stop++; return false })
				if stop != 1 {
					t.Errorf("Similar went on after f returned false: %d calls", stop)
				}
			}
		}
		if n > 40 && (hits == 0 || several == 0) {
			t.Errorf("%d keys: %d matched, %d asks matched several: the test tells little", n, hits, several)
		}
	}
	if (&Set{}).Has("") || (&Set{}).Has("a") {
		t.Error("an empty set has a key")
	}
}

// TestSetLongKeys checks that a set whose keys do not fit its one string
// (more than 4 GiB, or a key longer than maxGroupLen), which holds them
// one by one instead, answers as one that fits.
func TestSetLongKeys(t *testing.T) {
	defer func(n int) { maxText = n }(maxText)
	maxText = 0
	if s := MakeSet([]string{"kozak"}); s.long == nil || s.text != "" {
		t.Fatalf("with no room, the set holds its keys in text %q, long %q", s.text, s.long)
	}
	TestSet(t)
}

// TestSetWide checks a set with a group of more than 1<<16 keys, whose
// pieces take 32 bits a key, against one lex.KeyIndex.
func TestSetWide(t *testing.T) {
	if testing.Short() {
		t.Skip("70,000 keys")
	}
	var keys []string
	var idx lex.KeyIndex[struct{}]
	for i := range 70000 {
		k := fmt.Sprintf("k%07d", i*7919%1000003)
		keys = append(keys, k)
		idx.Add(k, struct{}{})
	}
	s := MakeSet(keys)
	if s.perm32 == nil || s.perm16 != nil {
		t.Fatalf("a group of 70,000 keys: 32-bit pieces %v, 16-bit %v", s.perm32 != nil, s.perm16 != nil)
	}
	for i := 0; i < len(keys); i += 701 {
		k := keys[i][:4] + "9" + keys[i][5:]
		var got []string
		s.Similar(k, func(key string) bool { got = append(got, key); return true })
		if diff := cmp.Diff(similarSorted(&idx, k), got); diff != "" {
			t.Errorf("Similar(%q) mismatch (-KeyIndex +Set):\n%s", k, diff)
		}
	}
}

// TestSortByGroup checks that sortByGroup orders keys as sorting them by
// bytes, dropping repeats and empty keys and sorting them stably by group
// does: by group, then bytes, each once; and leaves the keys given alone.
func TestSortByGroup(t *testing.T) {
	seed := uint64(7)
	next := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	for _, n := range []int{1, 2, 40, 700, manyKeys, manyKeys + 1} {
		keys := make([]string, n)
		for i := range keys {
			b := make([]byte, 1+next(9))
			if next(50) == 0 {
				b = make([]byte, 250+next(20)) // past 255 bytes, some
			}
			for j := range b {
				b[j] = "abcdeé"[next(6)]
			}
			keys[i] = string(b)
			switch {
			case next(40) == 0:
				keys[i] = "" // left out
			case i > 0 && next(3) == 0:
				keys[i] = keys[next(i)] // a repeat
			}
		}
		want := slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return k == "" })
		slices.Sort(want)
		want = slices.Compact(want)
		slices.SortStableFunc(want, func(a, b string) int {
			return int(keyGroup(a[0], len(a))) - int(keyGroup(b[0], len(b)))
		})
		given := slices.Clone(keys)
		if got := sortByGroup(keys); !slices.Equal(got, want) {
			t.Errorf("%d keys: sortByGroup gives %d keys, not the %d in group order", n, len(got), len(want))
		}
		if !slices.Equal(keys, given) {
			t.Errorf("%d keys: sortByGroup changed the keys it was given", n)
		}
	}
}
