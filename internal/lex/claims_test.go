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
