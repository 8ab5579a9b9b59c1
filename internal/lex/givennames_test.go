package lex

import "testing"

func TestIsGivenName(t *testing.T) {
	for _, w := range []string{"frank", "grace", "will", "louis", "anne-marie"} {
		if !IsGivenName(w) {
			t.Errorf("IsGivenName(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "the", "table", "Frank", "# given names in english: the union, sorted and without repeats, of the"} {
		if IsGivenName(w) {
			t.Errorf("IsGivenName(%q) = true, want false", w)
		}
	}
}
