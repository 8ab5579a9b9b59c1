package lexicon

import (
	"strings"
	"testing"
)

// TestPlaceBufKey checks the key a placeBuf folds in one pass against
// placeKey's, which it must equal for every name: every place name of the
// lexicon as written in lower, title and upper case, with dots and spaces
// around, and names of other bytes that go through placeKey itself.
func TestPlaceBufKey(t *testing.T) {
	names := []struct{ name, reason string }{
		{"", "empty"},
		{"U.K.", "dots dropped"},
		{"  New   York ", "runs of spaces, none at the ends"},
		{"New\tYork\r\n", "ASCII white space other than a space"},
		{"St. Louis", "a dot before a space"},
		{". a .", "dots beside spaces"},
		{"a.b", "a dot between letters joins them"},
		{"São Paulo", "not ASCII: Unicode lower case"},
		{"İstanbul", "a capital whose lower case is longer"},
		{"New\u00a0York", "a space strings.Fields knows and ASCII does not"},
		{"Ab\x80c", "a byte that is not UTF-8"},
		{strings.Repeat("Long Name ", 12), "longer than the buffer"},
	}
	f := lexicon()
	for i := range f.places.n() {
		n := f.places.at(i)
		title := strings.ToUpper(n[:min(1, len(n))]) + n[min(1, len(n)):]
		names = append(names, struct{ name, reason string }{n, "a place key"},
			struct{ name, reason string }{" " + title + ".", "a place key in title case"},
			struct{ name, reason string }{strings.ToUpper(n), "a place key in upper case"})
	}
	for _, c := range names {
		var b placeBuf
		if got, want := string(b.key(c.name)), placeKey(c.name); got != want {
			t.Errorf("placeBuf.key(%q) = %q, placeKey %q (%s)", c.name, got, want, c.reason)
		}
	}
}

// TestPlaceAllocs checks that asking about an ASCII place name allocates
// nothing: the key is folded on the stack.
func TestPlaceAllocs(t *testing.T) {
	around := Around([]string{"London"})
	if !IsPlace("U.K.") || !Inside("London", "U.K.") || !around.Has("Europe") {
		t.Fatal("London lies in the U.K. and in Europe, and the U.K. is a place")
	}
	for name, f := range map[string]func(){
		"IsPlace": func() { IsPlace("New York") },
		"Inside":  func() { Inside("London", "U.K.") },
		"Has":     func() { around.Has("Europe") },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations a call, want 0", name, n)
		}
	}
}
