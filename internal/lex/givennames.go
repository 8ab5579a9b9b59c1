package lex

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// givenNamesText is the list of English given names, one a line (see the
// comment lines at its head for its origin: the public-domain first-name
// lists of Moby Word II).
//
//go:embed givennames.txt
var givenNamesText string

// givenNames is the names of givenNamesText, sorted by foldCompare, made
// on first use. They are pieces of the embedded text, not lower-cased
// copies: a map of lower-cased names cost 8,400 allocations, which the
// first check of a program's first text paid.
var givenNames = sync.OnceValue(func() []string {
	names := make([]string, 0, 8500)
	for line := range strings.Lines(givenNamesText) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		names = append(names, line)
	}
	slices.SortFunc(names, foldCompare)
	return names
})

// foldCompare compares two strings of ASCII letters and marks with their
// letters lower-cased.
func foldCompare(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return int(x) - int(y)
		}
	}
	return len(a) - len(b)
}

// IsGivenName reports whether a lower-cased word is an English given name
// of the public Moby Word II lists ("amber", "holly", "victor"), many of
// which are also ordinary words: the list says a word may be a first name,
// not that it is one where it stands.
func IsGivenName(lower string) bool {
	if lower == "" || strings.ToLower(lower) != lower {
		return false
	}
	_, found := slices.BinarySearchFunc(givenNames(), lower, foldCompare)
	return found
}
