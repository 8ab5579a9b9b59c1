package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIsLowerCaseEarlyExit checks isLowerCase, which stops reading once
// the capitals decide, against a reading of the whole text byte by byte
// (isLowerCaseBytewise, the function before it read a word at a time and
// stopped early), on texts of random words in every mix of
// capitals, sentence ends and lengths.
func TestIsLowerCaseEarlyExit(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	lower := []string{"the", "minister", "said", "mario", "draghi", "a", "of", "yelled", "2024", "x", "paris"}
	capital := []string{"Paris", "BBC", "UNK", "It", "Minister", "Draghi"}
	seps := []string{" ", " ", " ", " ", " ", ". ", "\n", ", ", "-", "!"}
	answers := map[bool]int{}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		capShare := r.IntN(200) // in 1000 words
		for range r.IntN(300) {
			w := lower[r.IntN(len(lower))]
			if r.IntN(1000) < capShare {
				w = capital[r.IntN(len(capital))]
			}
			b.WriteString(w)
			b.WriteString(seps[r.IntN(len(seps))])
		}
		src := b.String()
		if got, want := isLowerCase(src), isLowerCaseBytewise(src); got != want {
			t.Fatalf("isLowerCase(%q) = %v, reading it whole %v", src, got, want)
		}
		answers[isLowerCaseBytewise(src)]++
	}
	if answers[true] < 1000 || answers[false] < 1000 {
		t.Errorf("answers %v: the texts do not test both", answers)
	}
}
