package lex

import (
	"maps"
	"slices"
	"testing"
)

// TestMeasures checks that the measures are the units lex.Unit and
// lex.Currency give, and the age: the list says where it comes from.
func TestMeasures(t *testing.T) {
	want := map[string]bool{"age": true}
	for _, w := range []string{"years", "decade", "month", "weeks", "days", "hours", "percent", "%", "miles", "km", "feet", "pounds", "kg", "tonnes"} {
		u, _, ok := Unit(w)
		if !ok {
			t.Fatalf("Unit(%q) gives no unit", w)
		}
		want[u] = true
	}
	for _, w := range []string{"$", "£", "€", "¥", "roubles"} {
		c, ok := Currency(w)
		if !ok {
			t.Fatalf("Currency(%q) gives no currency", w)
		}
		want[c] = true
	}
	got, wantList := slices.Sorted(maps.Keys(measures)), slices.Sorted(maps.Keys(want))
	if !slices.Equal(got, wantList) {
		t.Errorf("measures %v, want the units of Unit and Currency and age: %v", got, wantList)
	}
}
