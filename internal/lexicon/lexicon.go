// Package lexicon is a compact English lexicon derived from WordNet 3.0:
// synonyms, antonyms, and which words are common English words. Every key is
// a normalised stem as internal/lex.Stem makes it, so inflected forms meet.
//
// The data is embedded (lexicon.txt.gz, regenerated with go generate from
// Debian's wordnet-base files) and decoded once, on first use. All functions
// are safe for concurrent use.
package lexicon

//go:generate go run gen.go -wordnet /usr/share/wordnet -o lexicon.txt.gz

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed lexicon.txt.gz
var data []byte

// maxRelated bounds how many synonyms Related returns, so that a very
// polysemous word does not pull in half the vocabulary.
const maxRelated = 24

type tables struct {
	groups   map[string][]int32  // stem -> synonym groups
	members  [][]string          // group -> stems
	antonyms map[string][]string // stem -> antonym stems
	common   map[string]bool
}

var (
	once sync.Once
	tab  tables
)

func load() {
	tab = tables{groups: map[string][]int32{}, antonyms: map[string][]string{}, common: map[string]bool{}}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		panic("lexicon: embedded data is corrupt: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		switch f[0] {
		case "S":
			for _, g := range f[2:] {
				id, _ := strconv.Atoi(g)
				for len(tab.members) <= id {
					tab.members = append(tab.members, nil)
				}
				tab.members[id] = append(tab.members[id], f[1])
				tab.groups[f[1]] = append(tab.groups[f[1]], int32(id))
			}
		case "A":
			tab.antonyms[f[1]] = append(tab.antonyms[f[1]], f[2])
			tab.antonyms[f[2]] = append(tab.antonyms[f[2]], f[1])
		case "C":
			for _, c := range f[1:] {
				tab.common[c] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		panic("lexicon: embedded data is corrupt: " + err.Error())
	}
}

// Related returns the stems that are synonyms of a stem, in a fixed order,
// at most maxRelated of them.
func Related(stem string) []string {
	once.Do(load)
	var out []string
	seen := map[string]bool{stem: true}
	for _, g := range tab.groups[stem] {
		for _, m := range tab.members[g] {
			if !seen[m] && len(out) < maxRelated {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out
}

// Antonyms reports whether two stems are opposites ("increas", "decreas").
func Antonyms(a, b string) bool {
	once.Do(load)
	for _, x := range tab.antonyms[a] {
		if x == b {
			return true
		}
	}
	return false
}

// Common reports whether a stem is that of a word WordNet writes in lower
// case: an ordinary English word rather than a name.
func Common(stem string) bool {
	once.Do(load)
	return tab.common[stem]
}
