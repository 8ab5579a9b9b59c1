package score

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
)

// TestWholeSourceNames checks the look-ups the rules ask of the whole
// source: a word it mentions, in any spelling of a name, and the names
// that have a word.
func TestWholeSourceNames(t *testing.T) {
	src := claims.Parse("The talks failed. Sergei Ivanov met Maria Ortiz in Lyon on Monday. Ortiz left.")
	x := Prepare(align.Prepare(src, align.Options{}))
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"Ivanov", true},
		{"Sergey", true},  // a transliteration of "Sergei"
		{"talks", true},   // any word, not only names
		{"Petrov", false}, // never in the source
		{"the", false},    // function words are left out
		{"", false},
	} {
		if got := x.mentionsWord(claims.NameKey(tt.word)); got != tt.want {
			t.Errorf("mentionsWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	var got []string
	x.namesWithWord(claims.NameKey("Ortiz"), func(si, k int) bool {
		got = append(got, src.Statements[si].Entities[k].Text)
		return true
	})
	if diff := cmp.Diff([]string{"Maria Ortiz", "Ortiz"}, got); diff != "" {
		t.Errorf("namesWithWord(Ortiz) mismatch (-want +got):\n%s", diff)
	}
	n := 0
	x.namesWithWord(claims.NameKey("Ortiz"), func(int, int) bool { n++; return false })
	if n != 1 {
		t.Errorf("namesWithWord went on after f returned false: %d calls", n)
	}
	if !x.namesPlaceInside("France") || x.namesPlaceInside("Spain") {
		t.Errorf("namesPlaceInside: France %v, Spain %v; want true (Lyon is in France), false", x.namesPlaceInside("France"), x.namesPlaceInside("Spain"))
	}
}
