package lex

import (
	_ "embed"
	"strings"
	"sync"
)

// givenNamesText is the list of English given names, one a line (see the
// comment lines at its head for its origin: the public-domain first-name
// lists of Moby Word II).
//
//go:embed givennames.txt
var givenNamesText string

// givenNames is givenNamesText as a set of lower-cased names, made on
// first use.
var givenNames = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 8500)
	for line := range strings.Lines(givenNamesText) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		m[strings.ToLower(line)] = true
	}
	return m
})

// IsGivenName reports whether a lower-cased word is an English given name
// of the public Moby Word II lists ("amber", "holly", "victor"), many of
// which are also ordinary words: the list says a word may be a first name,
// not that it is one where it stands.
func IsGivenName(lower string) bool { return givenNames()[lower] }
