package lex

import "testing"

func TestPlace(t *testing.T) {
	tests := []struct{ adj, place string }{
		{"ukrainian", "Ukraine"},
		{"french", "France"},
		{"british", "Great Britain"},
		{"parisian", "Paris"},
		{"table", ""},     // no place adjective
		{"christian", ""}, // pertains to a religion, not a location
	}
	for _, tt := range tests {
		got, ok := Place(tt.adj)
		if got != tt.place || ok != (tt.place != "") {
			t.Errorf("Place(%q) = %q, %v; want %q", tt.adj, got, ok, tt.place)
		}
	}
}

// TestWordFilter checks that a filter lets every word of its set through,
// and rules out words of another first byte or length.
func TestWordFilter(t *testing.T) {
	for _, set := range []map[string]bool{stanceVerbs, attributions, stopWords} {
		f := filterOf(set)
		for w := range set {
			if !f.maybe(w) {
				t.Errorf("filter rules out %q of its set", w)
			}
		}
	}
	f := filterOf(setOf("said", "told"))
	for _, w := range []string{"", "sai", "saying", "bold", "x"} {
		if f.maybe(w) {
			t.Errorf("filter of said, told lets %q through", w)
		}
	}
	if !f.maybe("sxyz") {
		t.Errorf("filter of said, told rules out sxyz, of the first byte and length of said")
	}
}
