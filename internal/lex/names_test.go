package lex

import (
	"testing"

	"github.com/agnivade/levenshtein"
)

// TestWithinEdits compares withinEdits with the Levenshtein distance it
// replaces on every pair of strings over a small alphabet up to a length,
// where small distances are common, and on keys of real names.
func TestWithinEdits(t *testing.T) {
	var all []string
	var grow func(s string)
	grow = func(s string) {
		all = append(all, s)
		if len(s) < 5 {
			for _, c := range "abc" {
				grow(s + string(c))
			}
		}
	}
	grow("")
	yes := 0
	for _, a := range all {
		for _, b := range all {
			d := levenshtein.ComputeDistance(a, b)
			for k := 0; k <= 2; k++ {
				if got := withinEdits(a, b, k); got != (d <= k) {
					t.Fatalf("withinEdits(%q, %q, %d) = %v; the distance is %d", a, b, k, got, d)
				} else if got {
					yes++
				}
			}
		}
	}
	if yes < 10000 {
		t.Errorf("only %d pairs within the distance: the test proves little", yes)
	}
	for _, p := range [][2]string{{"tchaikovski", "chaikovski"}, {"zelenski", "zelenskii"}, {"kiriienko", "kirienko"}, {"abcdefghij", "abdcefghij"}} {
		ka, kb := NameKey(p[0]), NameKey(p[1])
		if got, want := SameNameKey(ka, kb), sameNameKeyLevenshtein(ka, kb); got != want {
			t.Errorf("SameNameKey(%q, %q) = %v, want %v", ka, kb, got, want)
		}
	}
}

// sameNameKeyLevenshtein is SameNameKey as it was, with the library's
// distance.
func sameNameKeyLevenshtein(ka, kb string) bool {
	if ka == kb {
		return true
	}
	n := min(len(ka), len(kb))
	if n < 5 || ka[0] != kb[0] {
		return false
	}
	if d := len(ka) - len(kb); d < -2 || d > 2 {
		return false
	}
	limit := 1
	if n >= 9 {
		limit = 2
	}
	return levenshtein.ComputeDistance(ka, kb) <= limit
}

// FuzzSameNameKey checks SameNameKey against the library's distance on any
// two words.
func FuzzSameNameKey(f *testing.F) {
	f.Add("Tchaikovsky", "Chaikovski")
	f.Add("Zelensky", "Zelenskyy")
	f.Add("Müller", "Muller")
	f.Fuzz(func(t *testing.T, a, b string) {
		ka, kb := NameKey(a), NameKey(b)
		if got, want := SameNameKey(ka, kb), sameNameKeyLevenshtein(ka, kb); got != want {
			t.Fatalf("SameNameKey(%q, %q) = %v, want %v", ka, kb, got, want)
		}
	})
}

func BenchmarkSameNameKey(b *testing.B) {
	keys := []string{"kozlovski", "kozlowska", "ortis", "ortiz", "zelenski", "zelinski", "petrov", "petrova", "abcdefghij", "abcdefgh"}
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range keys {
			for _, y := range keys {
				SameNameKey(x, y)
			}
		}
	}
}
