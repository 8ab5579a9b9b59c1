// Words that the lexicon does not list but that are, by their form,
// made of ordinary English words (ComposedForm).

package lex

import (
	"strings"
	"sync"
)

// wordPrefixes are the prefixes of English word formation that make a
// new ordinary word of an ordinary one ("reobtained", "misheard",
// "supermassive", "neurostimulator"), the lexicon listing few of the
// words they make. Origin: the productive prefixes of English word
// formation (negative, reversative, pejorative, of degree, size,
// position, time and number), two letters or more, with the
// learned ones the train files' claims write on ordinary words
// ("circum", "neuro", "poly").
var wordPrefixes = [...]string{"anti", "circum", "co", "counter", "de", "dis", "ex", "hyper", "inter",
	"micro", "mini", "mis", "multi", "neuro", "non", "out", "over", "poly", "post", "pre", "re",
	"self", "semi", "sub", "super", "trans", "un", "under", "up"}

// IsWordPrefix reports whether a lower-cased word is one of the prefixes
// of English word formation (see ComposedForm), which a text may write
// with a hyphen before the word ("multi-colored", "pre-dating").
func IsWordPrefix(lower string) bool {
	for _, p := range wordPrefixes {
		if p == lower {
			return true
		}
	}
	return false
}

// ComposedForm reports whether a lower-cased word that the lexicon does
// not list is made of ordinary English words: a prefix on an ordinary word
// of four letters or more ("reobtained", "misheard"), or two ordinary
// words of three letters or more written as one ("groundwater",
// "stovetop", "heatwaves"). A name may be made so too ("liverpool",
// "hollywood"), so it is asked only where a rare word, not a name, is
// what a text is read by (see claims.isLowerCase). Its pieces are read
// through the word cache but not added to it, so that the pieces of rare
// words ("groundw", "ater") take no room there; a piece the cache lacks
// is stemmed anew, and allocates.
func ComposedForm(lower string) bool {
	composedSeen.Lock()
	known, ok := composedSeen.m[lower]
	composedSeen.Unlock()
	if ok {
		return known
	}
	known = composedForm(lower)
	composedSeen.Lock()
	if len(composedSeen.m) < maxComposedSeen {
		if composedSeen.m == nil {
			composedSeen.m = map[string]bool{}
		}
		composedSeen.m[strings.Clone(lower)] = known
	}
	composedSeen.Unlock()
	return known
}

// composedSeen holds ComposedForm's answers for the first maxComposedSeen
// words it was asked of: a text's rare words come again in the other texts
// about the same story, and each answer costs a stem of every way to cut
// the word in two. Bounded, so that a stream of rare words holds at most a
// few hundred kilobytes.
var composedSeen struct {
	sync.Mutex
	m map[string]bool
}

const maxComposedSeen = 1 << 13

// composedForm is ComposedForm, not remembered.
func composedForm(lower string) bool {
	ordinary := func(w string) bool {
		if c, ok := cachedWord(w); ok {
			return StemClass(c.Stem)&CommonStem != 0
		}
		return StemClass(stemUncached(w))&CommonStem != 0
	}
	for _, p := range wordPrefixes {
		if rest, ok := strings.CutPrefix(lower, p); ok && len(rest) >= 4 && ordinary(rest) {
			return true
		}
	}
	for k := 3; k+3 <= len(lower); k++ {
		if ordinary(lower[:k]) && ordinary(lower[k:]) {
			return true
		}
	}
	return false
}

// Stretched reports whether a word is written stretched for emphasis, as
// chat writes it: a letter three times in a row in a word that has
// lower-case letters ("Duuude", "Sooo", "Yesss"), which no English word or
// name has; a numeral in capitals ("III") is not stretched.
func Stretched(word string) bool {
	lower := false
	for i := 0; i < len(word); i++ {
		if c := word[i]; 'a' <= c && c <= 'z' {
			lower = true
			break
		}
	}
	if !lower {
		return false
	}
	for i := 2; i < len(word); i++ {
		if c := word[i] | 0x20; 'a' <= c && c <= 'z' && word[i-1]|0x20 == c && word[i-2]|0x20 == c {
			return true
		}
	}
	return false
}
