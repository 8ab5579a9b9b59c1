package main

import (
	"strings"
	"unicode"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// overlap is the floor every figure is read against: the share of the
// derived text's content words (lower-cased runs of letters and digits that
// are not function words, counted with repetition) that occur anywhere in
// the source. A derived text with no content word scores 1.
func overlap(source, derived string) float64 {
	have := map[string]bool{}
	for _, w := range words(source) {
		have[w] = true
	}
	found, all := 0, 0
	for _, w := range words(derived) {
		if lex.IsStop(w) {
			continue
		}
		all++
		if have[w] {
			found++
		}
	}
	if all == 0 {
		return 1
	}
	return float64(found) / float64(all)
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
