package claims

import (
	"strings"
)

// isLowerCased reports a text with words enough and almost no capitals.
func isLowerCased(cs []Statement) bool {
	words, caps := 0, 0
	for i := range cs {
		for j := range cs[i].Tokens {
			if t := &cs[i].Tokens[j]; t.Kind == WordToken {
				words++
				if t.Cap {
					caps++
				}
			}
		}
	}
	return words >= 5 && caps*50 < words
}

// isTitleCase reports a sentence of four or more content words, nearly all
// capitalised: a headline written in title case.
func isTitleCase(toks []Token) bool {
	if n := len(toks); n > 0 && toks[n-1].Kind == PunctToken && strings.ContainsAny(toks[n-1].Text, ".!?”\"") {
		return false // headlines do not end with a full stop
	}
	words, caps := 0, 0
	for i := range toks {
		if toks[i].Kind == WordToken && !toks[i].Stop {
			words++
			if toks[i].Cap {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// isShouting reports a long all-capitals word, the tabloid emphasis of an
// ordinary word ("A LONE voice"), unlike an acronym ("UNESCO").
func isShouting(t *Token) bool {
	if len(t.Text) <= 5 {
		return false
	}
	for i := 0; i < len(t.Text); i++ {
		if 'a' <= t.Text[i] && t.Text[i] <= 'z' {
			return false
		}
	}
	return true
}

// markAcronyms makes short all-capital words content words in a sentence
// that also has lower-case words: "US", "WHO" and "IT" there are names, not
// the function words they spell.
func markAcronyms(toks []Token) {
	lower := false
	for i := range toks {
		if toks[i].Kind == WordToken && !toks[i].Cap {
			lower = true
			break
		}
	}
	if !lower {
		return
	}
	// A run of capitals is shouting, not acronyms: "CLICK HERE".
	shouted := func(i int) bool {
		return i >= 0 && i < len(toks) && toks[i].Kind == WordToken && len(toks[i].Text) >= 2 && isUpperWord(toks[i].Text)
	}
	for i := range toks {
		t := &toks[i]
		if t.Kind == WordToken && t.Stop && len(t.Text) >= 2 && len(t.Text) <= 5 && isUpperWord(t.Text) &&
			!shouted(i-1) && !shouted(i+1) {
			t.Stop = false
			t.Stem = t.Lower
		}
	}
}

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
