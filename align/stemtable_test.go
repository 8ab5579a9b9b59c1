package align

import (
	"fmt"
	"testing"
)

// TestStemTable checks that a stemTable finds every key it was made of
// under its entry, each a different one, and no other key, at sizes
// around those where its buckets and spare entries change, the empty
// table and the empty key included; and so it does with its keys in one
// string and as strings.
func TestStemTable(t *testing.T) {
	t.Run("in one string", testStemTable)
	defer func(n int) { maxStemText = n }(maxStemText)
	maxStemText = 10 // every table of more than two keys holds them as strings
	t.Run("as strings", testStemTable)
}

func testStemTable(t *testing.T) {
	for _, n := range []int{0, 1, 2, 5, 6, 7, 12, 13, 49, 50, 51, 100, 3072, 3073, 20000} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf("stem%d", i)
		}
		if n > 1 {
			keys[1] = "" // a key like any other
		}
		tab, at := makeStemTable(keys)
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
		if grown, gat := b.table(); grown.len() != tab.len() || len(gat) != n {
			t.Errorf("%d keys: a grown table has %d entries (%d placed), want %d", n, grown.len(), len(gat), tab.len())
		}
		if long := tab.long != nil; n > 2 && long != (maxStemText == 10) {
			t.Fatalf("%d keys: held as strings %v with maxStemText %d", n, long, maxStemText)
		}
		if len(at) != n {
			t.Fatalf("%d keys: %d entries given", n, len(at))
		}
		seen := map[int32]bool{}
		for e, k := range keys {
			if got, ok := tab.get(k); !ok || got != at[e] {
				t.Fatalf("%d keys: get(%q) = %d, %v; want %d, true", n, k, got, ok, at[e])
			}
			if tab.key(uint32(at[e])) != k {
				t.Fatalf("%d keys: key(%d) = %q, want %q", n, at[e], tab.key(uint32(at[e])), k)
			}
			if seen[at[e]] {
				t.Fatalf("%d keys: entry %d given twice", n, at[e])
			}
			seen[at[e]] = true
		}
		for _, k := range []string{"stem", fmt.Sprintf("stem%d", n), "\x00stem1", "mets1", "stem0 "} {
			if got, ok := tab.get(k); ok {
				t.Errorf("%d keys: get(%q) = %d, true; want false", n, k, got)
			}
		}
		if n < 2 {
			if _, ok := tab.get(""); ok {
				t.Errorf("%d keys: the table holds the empty key", n)
			}
		}
		if spare := tab.len() - n; spare < 0 || spare > n/spareEntries+2 {
			t.Errorf("%d keys in %d entries: %d spare", n, tab.len(), spare)
		}
	}
}

// TestStemTableRetries checks a table whose buckets fail to be placed
// until the keys are hashed under another seed and the entries are many
// more (place tries pilot 0 only): every key is found under its entry.
func TestStemTableRetries(t *testing.T) {
	defer func(p int) { maxPilot = p }(maxPilot)
	maxPilot = 0
	keys := make([]string, 30)
	for i := range keys {
		keys[i] = fmt.Sprintf("k%d", i)
	}
	tab, at := makeStemTable(keys)
	if tab.len() <= len(keys)+len(keys)/spareEntries+1 {
		t.Fatalf("%d entries for %d keys: no try failed, the test tells little", tab.len(), len(keys))
	}
	for e, k := range keys {
		if got, ok := tab.get(k); !ok || got != at[e] {
			t.Errorf("get(%q) = %d, %v; want %d, true", k, got, ok, at[e])
		}
	}
	if _, ok := tab.get("k30"); ok {
		t.Error("the table holds a key it was not made of")
	}
}
