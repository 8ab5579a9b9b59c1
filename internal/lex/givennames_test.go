package lex

import (
	"strings"
	"testing"
)

func TestIsGivenName(t *testing.T) {
	for _, w := range []string{"amber", "holly", "will", "victor", "anne-marie"} {
		if !IsGivenName(w) {
			t.Errorf("IsGivenName(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "the", "table", "Amber", "# given names in english: the union, sorted and without repeats, of the"} {
		if IsGivenName(w) {
			t.Errorf("IsGivenName(%q) = true, want false", w)
		}
	}
}

// TestIsGivenNameWhole checks that every name of the list is found, lower-
// cased: the search and the sort agree.
func TestIsGivenNameWhole(t *testing.T) {
	n := 0
	for line := range strings.Lines(givenNamesText) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		n++
		if !IsGivenName(strings.ToLower(line)) {
			t.Errorf("IsGivenName(%q) = false, want true", strings.ToLower(line))
		}
	}
	if n < 8000 {
		t.Errorf("the list has %d names, want the 8,422 of Moby Word II", n)
	}
}

func BenchmarkIsGivenName(b *testing.B) {
	IsGivenName("amber") // the list is read on first use
	b.SetBytes(int64(len("victor")))
	b.ReportAllocs()
	for b.Loop() {
		IsGivenName("victor")
	}
}
