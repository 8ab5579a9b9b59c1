package lex

import (
	"maps"
	"slices"
	"testing"

	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// TestFunctionOpposites checks that the list pairs each word both ways and
// that every word it pairs is a stop word or the opposite of one: the list
// is for the words the rule's content check leaves out.
func TestFunctionOpposites(t *testing.T) {
	for _, a := range slices.Sorted(maps.Keys(functionOpposites)) {
		for _, b := range functionOpposites[a] {
			if !FunctionOpposites(b, a) {
				t.Errorf("%q is an opposite of %q but not the other way round", b, a)
			}
			if !IsStop(a) && !IsStop(b) {
				t.Errorf("%q/%q: neither is a stop word; the rule reads content words from WordNet", a, b)
			}
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"before", "after", true}, {"same", "different", true}, {"fewer", "more", true},
		{"less", "fewer", false}, {"on", "off", false}, {"more", "more", false}, {"inside", "outside", false},
	} {
		if got := FunctionOpposites(tc.a, tc.b); got != tc.want {
			t.Errorf("FunctionOpposites(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestFunctionOppositesWordNet checks the origin the list's comment gives:
// which of its pairs WordNet lists as antonyms.
func TestFunctionOppositesWordNet(t *testing.T) {
	notWordNet := map[string]bool{"before": true, "after": true, "over": true, "under": true, "for": true, "against": true}
	for _, a := range slices.Sorted(maps.Keys(functionOpposites)) {
		for _, b := range functionOpposites[a] {
			got := lexicon.Antonyms(Lookup(a).Stem, Lookup(b).Stem)
			if want := !notWordNet[a]; got != want {
				t.Errorf("WordNet lists %q/%q as antonyms: %v, the comment says %v", a, b, got, want)
			}
		}
	}
}
