package align_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
)

func TestWholeSourceNames(t *testing.T) {
	src := claims.Parse("The talks failed. Sergei Ivanov met Maria Ortiz in Lyon on Monday. Ortiz left.")
	x := align.Prepare(src, align.Options{})
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
		if got := x.MentionsWord(claims.NameKey(tt.word)); got != tt.want {
			t.Errorf("MentionsWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	var got []string
	x.NamesWithWord(claims.NameKey("Ortiz"), func(si, k int) bool {
		got = append(got, src.Statements[si].Entities[k].Text)
		return true
	})
	if diff := cmp.Diff([]string{"Maria Ortiz", "Ortiz"}, got); diff != "" {
		t.Errorf("NamesWithWord(Ortiz) mismatch (-want +got):\n%s", diff)
	}
	n := 0
	x.NamesWithWord(claims.NameKey("Ortiz"), func(int, int) bool { n++; return false })
	if n != 1 {
		t.Errorf("NamesWithWord went on after f returned false: %d calls", n)
	}
}
