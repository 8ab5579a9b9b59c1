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

// TestMentionsAnyWord checks the index that answers for every word of the
// source against reading every word: the source's own words, function
// words, short words and one-letter changes of each, which are or are not
// variants of a name.
func TestMentionsAnyWord(t *testing.T) {
	src := claims.Parse("The talks failed. Sergei Ivanov met Maria Ortiz in Lyon on Monday. " +
		"He said it was on. An aide to Mr Kowalczyk, 45, left the Tchaikovsky Hall.")
	x := Prepare(align.Prepare(src, align.Options{}))
	scan := func(key string) bool {
		for _, c := range src.Statements {
			for _, tok := range c.Tokens {
				if tok.Kind == claims.WordToken && sameNameKey(tok.NameKey(), key) {
					return true
				}
			}
		}
		return false
	}
	keys := []string{"", "zzzzzz", "paris"}
	for _, c := range src.Statements {
		for _, tok := range c.Tokens {
			k := tok.NameKey()
			keys = append(keys, k)
			for i := range len(k) {
				keys = append(keys, k[:i]+"q"+k[i+1:], k[:i]+k[i+1:], k[:i]+"x"+k[i:])
			}
		}
	}
	found := 0
	for _, k := range keys {
		want := scan(k)
		if got := x.mentionsAnyWord(k); got != want {
			t.Errorf("mentionsAnyWord(%q) = %v, reading the source says %v", k, got, want)
		}
		if want {
			found++
		}
	}
	if found == 0 || found == len(keys) {
		t.Errorf("%d of %d keys found: the test tells nothing", found, len(keys))
	}
}
