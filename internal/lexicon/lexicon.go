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
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"io"
	"slices"
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
	// The hypernym and place tables hold no pointers but the map keys, so
	// that they add little to every garbage collection of a process that
	// embeds the library.
	senses   map[string]span // stem -> synsets of its first noun senses, in senseIDs
	senseIDs []int32
	hyper    lists   // synset -> its hypernyms
	nameOff  []int32 // synset i is named by nameText[nameOff[i]:nameOff[i+1]], "" if not a kind
	nameText string
	places   map[string]span // place name -> places, in placeIDs
	placeIDs []int32
	partOf   lists // place -> the places it is part of
}

// A span is a piece of a flat table.
type span struct{ start, n int32 }

// lists is a table of integer lists, flat.
type lists struct {
	off []int32 // list i is ids[off[i]:off[i+1]]
	ids []int32
}

func (l *lists) add(ids ...int32) {
	if len(l.off) == 0 {
		l.off = append(l.off, 0)
	}
	l.ids = append(l.ids, ids...)
	l.off = append(l.off, int32(len(l.ids)))
}

func (l *lists) at(i int32) []int32 {
	if i < 0 || int(i)+1 >= len(l.off) {
		return nil
	}
	return l.ids[l.off[i]:l.off[i+1]]
}

var (
	once sync.Once
	tab  tables
)

func load() {
	tab = tables{groups: map[string][]int32{}, antonyms: map[string][]string{}, common: map[string]bool{},
		senses: map[string]span{}, places: map[string]span{}}
	var names strings.Builder
	tab.nameOff = []int32{0}
	placeLists := map[string][]int32{}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		panic("lexicon: embedded data is corrupt: " + err.Error())
	}
	// One string for all the text: stems and names are pieces of it, so a
	// line costs no allocation of its own.
	var b strings.Builder
	if n := len(data); n >= 4 { // gzip ends with the decompressed size
		b.Grow(int(binary.LittleEndian.Uint32(data[n-4:])))
	}
	if _, err := io.Copy(&b, zr); err != nil {
		panic("lexicon: embedded data is corrupt: " + err.Error())
	}
	text := b.String()
	var nextSynset int32 // the number a "+" in an O line stands for
	var f []string
	for len(text) > 0 {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		f = fields(f[:0], line)
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
		case "O":
			tab.senses[f[1]] = span{int32(len(tab.senseIDs)), int32(len(f) - 2)}
			for _, x := range f[2:] {
				if x == "+" {
					tab.senseIDs = append(tab.senseIDs, nextSynset)
					nextSynset++
				} else {
					n, _ := strconv.ParseInt(x, 36, 32)
					tab.senseIDs = append(tab.senseIDs, int32(n))
				}
			}
		case "E":
			if f[1] != "-" {
				names.WriteString(strings.ReplaceAll(f[1], "-", " "))
			}
			tab.nameOff = append(tab.nameOff, int32(names.Len()))
			tab.hyper.add(synsetIDs(f[2:])...)
		case "L":
			id := int32(len(tab.partOf.off)) - 1
			if id < 0 {
				id = 0
			}
			for _, name := range strings.Split(f[1], ",") {
				name = strings.ReplaceAll(name, "_", " ")
				placeLists[name] = append(placeLists[name], id)
			}
			tab.partOf.add(synsetIDs(f[2:])...)
		}
	}
	tab.nameText = names.String()
	for name, ids := range placeLists {
		tab.places[name] = span{int32(len(tab.placeIDs)), int32(len(ids))}
		tab.placeIDs = append(tab.placeIDs, ids...)
	}
}

// fields appends the space-separated fields of line to f.
func fields(f []string, line string) []string {
	for {
		line = strings.TrimLeft(line, " ")
		if line == "" {
			return f
		}
		w, rest, _ := strings.Cut(line, " ")
		f = append(f, w)
		line = rest
	}
}

func synsetIDs(fs []string) []int32 {
	out := make([]int32, len(fs))
	for i, f := range fs {
		n, _ := strconv.ParseInt(f, 36, 32)
		out[i] = int32(n)
	}
	return out
}

// hypernyms returns the synsets one (depth 1) or up to two (depth 2) steps
// above a stem's senses.
func hypernyms(stem string, depth int) []int32 {
	var out []int32
	level := senseList(stem)
	for d := 0; d < depth; d++ {
		var next []int32
		for _, s := range level {
			next = append(next, up(s)...)
		}
		out = append(out, next...)
		level = next
	}
	return out
}

// up returns a synset's hypernyms.
func up(s int32) []int32 { return tab.hyper.at(s) }

// senseList returns the synsets of a stem's first noun senses.
func senseList(stem string) []int32 {
	sp := tab.senses[stem]
	return tab.senseIDs[sp.start : sp.start+sp.n]
}

// placeList returns the places a name may name.
func placeList(name string) []int32 {
	sp := tab.places[name]
	return tab.placeIDs[sp.start : sp.start+sp.n]
}

// overlap reports whether two lists share an element.
func overlap(a, b []int32) bool {
	return slices.ContainsFunc(a, func(x int32) bool { return slices.Contains(b, x) })
}

// broader reports whether a sense of the stem general is a kind that one of
// specific's senses belongs to, one or two steps up ("vehicl" for "truck").
func broader(general, specific string) bool {
	return overlap(senseList(general), hypernyms(specific, 2))
}

// Kin reports whether two stems name different things of the same kind,
// and the name of that kind: the one their most frequent senses share
// ("beach" and "cliff" are both a kind of "geological formation").
// Synonyms, and words one of which is a kind of the other, are not kin.
func Kin(a, b string) (string, bool) {
	once.Do(load)
	if a == b {
		return "", false
	}
	kind, rank := int32(-1), 0
	for i, sa := range senseList(a) {
		for j, sb := range senseList(b) {
			for _, h := range up(sa) {
				if slices.Contains(up(sb), h) && (kind < 0 || i+j < rank || i+j == rank && h < kind) {
					kind, rank = h, i+j
				}
			}
		}
	}
	if kind < 0 {
		return "", false
	}
	if overlap(senseList(a), senseList(b)) || broader(a, b) || broader(b, a) {
		return "", false
	}
	return tab.nameText[tab.nameOff[kind]:tab.nameOff[kind+1]], true
}

// placeKey returns the key under which the lexicon knows a place name:
// lower case, without dots, single spaces ("U.K." is "uk").
func placeKey(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(name, ".", ""))), " ")
}

// up4 calls f with each place that the places in level lie in, up to four
// steps up, until f returns false.
func up4(level []int32, f func(int32) bool) {
	for d := 0; d < 4 && len(level) > 0; d++ {
		var next []int32
		for _, p := range level {
			for _, q := range tab.partOf.at(p) {
				if !f(q) {
					return
				}
				next = append(next, q)
			}
		}
		level = next
	}
}

// Inside reports whether the place named inner lies in the place named
// outer, by WordNet's part holonyms up to four steps ("London" lies in
// "England", "U.K." and "Europe").
func Inside(inner, outer string) bool {
	once.Do(load)
	ki, ko := placeKey(inner), placeKey(outer)
	targets := placeList(ko)
	if len(targets) == 0 || ki == ko {
		return false
	}
	found := false
	up4(placeList(ki), func(q int32) bool {
		found = slices.Contains(targets, q)
		return !found
	})
	return found
}

// Places is the set of places that some given places lie in.
type Places struct{ around map[int32]bool }

// Around returns the places that the places among names lie in ("England",
// "U.K." and "Europe" for "London").
func Around(names []string) Places {
	once.Do(load)
	p := Places{around: map[int32]bool{}}
	for _, n := range names {
		up4(placeList(placeKey(n)), func(q int32) bool {
			p.around[q] = true
			return true
		})
	}
	return p
}

// Has reports whether the place named name is in the set.
func (p Places) Has(name string) bool {
	if len(p.around) == 0 {
		return false
	}
	for _, id := range placeList(placeKey(name)) {
		if p.around[id] {
			return true
		}
	}
	return false
}

// Related returns the stems that are synonyms of a stem and not also its
// antonyms, in a fixed order, at most maxRelated of them. The slice is
// shared: callers must not modify it.
func Related(stem string) []string {
	once.Do(load)
	groups := tab.groups[stem]
	if len(groups) == 0 {
		return nil
	}
	if r, ok := related.Load(stem); ok {
		return r.([]string)
	}
	var out []string
	for _, g := range groups {
		for _, m := range tab.members[g] {
			// "father" and "mother" share a verb sense (beget); opposites
			// are never synonyms.
			if m != stem && !slices.Contains(out, m) && len(out) < maxRelated && !Antonyms(stem, m) {
				out = append(out, m)
			}
		}
	}
	related.Store(stem, out)
	return out
}

// related caches Related's answers: alignment asks for the same stems over
// and over. Only the lexicon's own stems are kept, so it cannot outgrow it.
var related sync.Map

// Antonyms reports whether two stems are opposites ("increas", "decreas"),
// also in the comparative or superlative ("highest", "lowest").
func Antonyms(a, b string) bool {
	once.Do(load)
	if slices.Contains(tab.antonyms[a], b) {
		return true
	}
	if !strings.HasSuffix(a, "er") && !strings.HasSuffix(a, "est") && !strings.HasSuffix(b, "er") && !strings.HasSuffix(b, "est") {
		return false
	}
	for _, x := range degreeBases(a) {
		for _, y := range degreeBases(b) {
			if slices.Contains(tab.antonyms[x], y) {
				return true
			}
		}
	}
	return false
}

// degreeBases returns the stem and, for a comparative or superlative, the
// stems its base may have: the stemmer leaves "highest" and "bigger" whole,
// while "high" and "big" are what the lexicon knows.
func degreeBases(stem string) []string {
	out := []string{stem}
	for _, suffix := range []string{"est", "er"} {
		base, ok := strings.CutSuffix(stem, suffix)
		if !ok || len(base) < 2 {
			continue
		}
		out = append(out, base, base+"e") // "later" -> "late"
		if n := len(base); base[n-1] == base[n-2] {
			out = append(out, base[:n-1]) // "biggest" -> "big"
		}
	}
	return out
}

// Common reports whether a stem is that of a word WordNet writes in lower
// case: an ordinary English word rather than a name.
func Common(stem string) bool {
	once.Do(load)
	return tab.common[stem]
}
