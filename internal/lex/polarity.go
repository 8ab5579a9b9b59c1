package lex

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// valenceText is the list of word valences, a word and its valence a line
// (see the comment lines at its head for its origin: the words of VADER's
// sentiment lexicon, with their mean ratings).
//
//go:embed valence.txt
var valenceText string

// A valenced word is a word of valenceText and its valence.
type valenced struct {
	word  string // a piece of valenceText
	value float64
}

// valences is the words of valenceText with their valences, sorted by
// word, made on first use.
var valences = sync.OnceValue(func() []valenced {
	out := make([]valenced, 0, 7100)
	for line := range strings.Lines(valenceText) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		word, value, ok := strings.Cut(line, "\t")
		x, err := strconv.ParseFloat(value, 64)
		if !ok || err != nil {
			panic("lex: valence.txt: bad line " + strconv.Quote(line)) // the embedded file is tested
		}
		out = append(out, valenced{word, x})
	}
	slices.SortFunc(out, func(a, b valenced) int { return strings.Compare(a.word, b.word) })
	return out
})

// Valence returns the valence of a lower-cased word, from -4 (most
// negative) to +4 (most positive), and whether the list has the word: the
// mean rating of VADER's raters, who scored the word alone, not where it
// stands ("crisis" -3.1, "troubled" -2.0, "fine" 0.8, "triumphant" 2.4).
// The list has word forms, each rated, not stems: "struggling" -1.8,
// "struggles" -1.5, "struggle" -1.3, and no "thriving".
func Valence(lower string) (float64, bool) {
	vs := valences()
	i, found := slices.BinarySearchFunc(vs, lower, func(e valenced, w string) int { return strings.Compare(e.word, w) })
	if !found {
		return 0, false
	}
	return vs[i].value, true
}
