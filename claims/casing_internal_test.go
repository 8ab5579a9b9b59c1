package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIsLowerCaseEarlyExit checks isLowerCase, which stops reading once
// the capitals decide, against a reading of the whole text (the function
// before it stopped early), on texts of random words in every mix of
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
		if got, want := isLowerCase(src), isLowerCaseWhole(src); got != want {
			t.Fatalf("isLowerCase(%q) = %v, reading it whole %v", src, got, want)
		}
		answers[isLowerCaseWhole(src)]++
	}
	if answers[true] < 1000 || answers[false] < 1000 {
		t.Errorf("answers %v: the texts do not test both", answers)
	}
}

// isLowerCaseWhole is isLowerCase reading the whole text.
func isLowerCaseWhole(src string) bool {
	upper, inside, lower := 0, 0, 0
	unknown := false // a lower-case word that is no ordinary English word
	opens := true    // the next word opens a sentence
	// A word is a run of ASCII letters; it is read at its first letter,
	// and the rest of its letters count for nothing. The last byte of src
	// starts no word.
	last := len(src) - 1
	for i := 0; i < last; {
		c := src[i]
		if !isASCIILetter(c) {
			switch {
			case c == '.' || c == '!' || c == '?' || c == '\n':
				opens = true
			case '0' <= c && c <= '9':
				opens = false
			}
			i++
			continue
		}
		first := opens
		opens = false
		switch next := src[i+1]; {
		case 'A' <= c && c <= 'Z' && 'a' <= next && next <= 'z':
			upper++
			if !first {
				inside++
			}
		case 'a' <= c && c <= 'z':
			lower++
			if !unknown && inside == 0 {
				unknown = unknownWord(src[i:])
			}
		}
		// Skip the rest of the word's letters.
		j := i + 1
		for j+8 <= last {
			n := lettersOf(load8(src[j:]))
			j += n
			if n < 8 {
				break
			}
		}
		for j < last && isASCIILetter(src[j]) {
			j++
		}
		i = j
	}
	if lower < 5 {
		return false
	}
	return upper*lowerCaseShare < lower ||
		inside*sentenceCaseShare < lower && (unknown || lower >= sentenceCaseWords)
}
