package claims

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRuneCountTo checks runeCountTo against utf8.RuneCountInString, capped,
// on ASCII, multi-byte and invalid text.
func TestRuneCountTo(t *testing.T) {
	for _, s := range []string{"", "abc", strings.Repeat("é", 120), strings.Repeat("a", 100),
		strings.Repeat("a", 101), strings.Repeat("a", 300), strings.Repeat("\xff", 150), "a\xffé" + strings.Repeat("日本", 60)} {
		for _, limit := range []int{0, 1, 3, 101} {
			if got, want := runeCountTo(s, limit), min(utf8.RuneCountInString(s), limit); got != want {
				t.Errorf("runeCountTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}
