package align

import (
	"fmt"
	"testing"
)

// TestStemTable checks that a stemTable finds every key it was made of
// under its entry, and no other key, at sizes around its growth steps
// (where the slots are fullest), the empty table and the empty key
// included; and so it does with its keys in one string and as strings.
func TestStemTable(t *testing.T) {
	t.Run("in one string", testStemTable)
	defer func(n int) { maxStemText = n }(maxStemText)
	maxStemText = 10 // every table of more than two keys holds them as strings
	t.Run("as strings", testStemTable)
}

func testStemTable(t *testing.T) {
	for _, n := range []int{0, 1, 5, 6, 7, 12, 13, 100, 3072, 3073, 20000} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf("stem%d", i)
		}
		if n > 0 {
			keys[0] = "" // a key like any other
		}
		tab := makeStemTable(keys)
		// The same keys added one at a time to a builder with no room,
		// each twice, as an indexer meets them.
		b := makeStemBuilder(0)
		for e, k := range keys {
			for pass := range 2 {
				if got, added := b.entry(k); got != int32(e) || added != (pass == 0) {
					t.Fatalf("%d keys: entry(%q) pass %d = %d, %v; want %d, %v", n, k, pass, got, added, e, pass == 0)
				}
			}
		}
		if grown := b.table(); n > 0 && len(grown.slots) != slotsFor(n) {
			t.Errorf("%d keys: a grown table has %d slots, want %d", n, len(grown.slots), slotsFor(n))
		}
		if long := tab.long != nil; n > 2 && long != (maxStemText == 10) {
			t.Fatalf("%d keys: held as strings %v with maxStemText %d", n, long, maxStemText)
		}
		for e, k := range keys {
			if got, ok := tab.get(k); !ok || got != int32(e) {
				t.Fatalf("%d keys: get(%q) = %d, %v; want %d, true", n, k, got, ok, e)
			}
		}
		for _, k := range []string{"stem", fmt.Sprintf("stem%d", n), "\x00stem1", "mets1"} {
			if got, ok := tab.get(k); ok {
				t.Errorf("%d keys: get(%q) = %d, true; want false", n, k, got)
			}
		}
		if n == 0 {
			if _, ok := tab.get(""); ok {
				t.Errorf("the empty table holds the empty key")
			}
		}
		if len(tab.slots) > 0 && 4*len(keys) > 3*len(tab.slots) {
			t.Errorf("%d keys in %d slots: more than three quarters full", n, len(tab.slots))
		}
	}
}
