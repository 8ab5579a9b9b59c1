package lexicon

// This file is the lexicon as it was before the flat form (commit 2eaddcd),
// its identifiers prefixed with "old" and nothing else changed: it decodes
// lexicon.txt.gz into maps on first use. TestFlatSameAnswers compares its
// answers with the flat form's on every stem and place name.

import (
	"bytes"
	"compress/gzip"

	"encoding/binary"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// olddata is the text form, read by the tests from the file the old code embedded.
var olddata, olddataErr = os.ReadFile("lexicon.txt.gz")

// oldmaxRelated bounds how many synonyms Related returns, so that a very
// polysemous word does not pull in half the vocabulary.
const oldmaxRelated = 24

type oldtables struct {
	groups   map[string][]int32  // stem -> synonym groups
	members  [][]string          // group -> stems
	antonyms map[string][]string // stem -> antonym stems
	common   map[string]bool
	// The hypernym and place tables hold no pointers but the map keys, so
	// that they add little to every garbage collection of a process that
	// embeds the library.
	senses   map[string]oldspan // stem -> synsets of its first noun senses, in senseIDs
	senseIDs []int32
	hyper    oldlists // synset -> its oldhypernyms
	nameOff  []int32  // synset i is named by nameText[nameOff[i]:nameOff[i+1]], "" if not a kind
	nameText string
	places   map[string]oldspan // place name -> places, in placeIDs
	placeIDs []int32
	partOf   oldlists // place -> the places it is part of
}

// A span is a piece of a flat table.
type oldspan struct{ start, n int32 }

// oldlists is a table of integer lists, flat.
type oldlists struct {
	off []int32 // list i is ids[off[i]:off[i+1]]
	ids []int32
}

func (l *oldlists) add(ids ...int32) {
	if len(l.off) == 0 {
		l.off = append(l.off, 0)
	}
	l.ids = append(l.ids, ids...)
	l.off = append(l.off, int32(len(l.ids)))
}

func (l *oldlists) at(i int32) []int32 {
	if i < 0 || int(i)+1 >= len(l.off) {
		return nil
	}
	return l.ids[l.off[i]:l.off[i+1]]
}

var (
	oldonce sync.Once
	oldtab  oldtables
)

func oldload() {
	oldtab = oldtables{groups: map[string][]int32{}, antonyms: map[string][]string{}, common: map[string]bool{},
		senses: map[string]oldspan{}, places: map[string]oldspan{}}
	var names strings.Builder
	oldtab.nameOff = []int32{0}
	placeLists := map[string][]int32{}
	zr, err := gzip.NewReader(bytes.NewReader(olddata))
	if err != nil {
		panic("lexicon: embedded data is corrupt: " + err.Error())
	}
	// One string for all the text: stems and names are pieces of it, so a
	// line costs no allocation of its own.
	var b strings.Builder
	if n := len(olddata); n >= 4 { // gzip ends with the decompressed size
		b.Grow(int(binary.LittleEndian.Uint32(olddata[n-4:])))
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
		f = oldfields(f[:0], line)
		if len(f) < 2 {
			continue
		}
		switch f[0] {
		case "S":
			for _, g := range f[2:] {
				id, _ := strconv.Atoi(g)
				for len(oldtab.members) <= id {
					oldtab.members = append(oldtab.members, nil)
				}
				oldtab.members[id] = append(oldtab.members[id], f[1])
				oldtab.groups[f[1]] = append(oldtab.groups[f[1]], int32(id))
			}
		case "A":
			oldtab.antonyms[f[1]] = append(oldtab.antonyms[f[1]], f[2])
			oldtab.antonyms[f[2]] = append(oldtab.antonyms[f[2]], f[1])
		case "C":
			for _, c := range f[1:] {
				oldtab.common[c] = true
			}
		case "O":
			oldtab.senses[f[1]] = oldspan{int32(len(oldtab.senseIDs)), int32(len(f) - 2)}
			for _, x := range f[2:] {
				if x == "+" {
					oldtab.senseIDs = append(oldtab.senseIDs, nextSynset)
					nextSynset++
				} else {
					n, _ := strconv.ParseInt(x, 36, 32)
					oldtab.senseIDs = append(oldtab.senseIDs, int32(n))
				}
			}
		case "E":
			if f[1] != "-" {
				names.WriteString(strings.ReplaceAll(f[1], "-", " "))
			}
			oldtab.nameOff = append(oldtab.nameOff, int32(names.Len()))
			oldtab.hyper.add(oldsynsetIDs(f[2:])...)
		case "L":
			id := int32(len(oldtab.partOf.off)) - 1
			if id < 0 {
				id = 0
			}
			for _, name := range strings.Split(f[1], ",") {
				name = strings.ReplaceAll(name, "_", " ")
				placeLists[name] = append(placeLists[name], id)
			}
			oldtab.partOf.add(oldsynsetIDs(f[2:])...)
		}
	}
	oldtab.nameText = names.String()
	for name, ids := range placeLists {
		oldtab.places[name] = oldspan{int32(len(oldtab.placeIDs)), int32(len(ids))}
		oldtab.placeIDs = append(oldtab.placeIDs, ids...)
	}
}

// oldfields appends the space-separated fields of line to f.
func oldfields(f []string, line string) []string {
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

func oldsynsetIDs(fs []string) []int32 {
	out := make([]int32, len(fs))
	for i, f := range fs {
		n, _ := strconv.ParseInt(f, 36, 32)
		out[i] = int32(n)
	}
	return out
}

// oldhypernyms returns the synsets one (depth 1) or up to two (depth 2) steps
// above a stem's senses.
func oldhypernyms(stem string, depth int) []int32 {
	var out []int32
	level := oldsenseList(stem)
	for d := 0; d < depth; d++ {
		var next []int32
		for _, s := range level {
			next = append(next, oldup(s)...)
		}
		out = append(out, next...)
		level = next
	}
	return out
}

// oldup returns a synset's hypernyms.
func oldup(s int32) []int32 { return oldtab.hyper.at(s) }

// oldsenseList returns the synsets of a stem's first noun senses.
func oldsenseList(stem string) []int32 {
	sp := oldtab.senses[stem]
	return oldtab.senseIDs[sp.start : sp.start+sp.n]
}

// oldplaceList returns the places a name may name.
func oldplaceList(name string) []int32 {
	sp := oldtab.places[name]
	return oldtab.placeIDs[sp.start : sp.start+sp.n]
}

// oldoverlap reports whether two lists share an element.
func oldoverlap(a, b []int32) bool {
	return slices.ContainsFunc(a, func(x int32) bool { return slices.Contains(b, x) })
}

// oldbroader reports whether a sense of the stem general is a kind that one of
// specific's senses belongs to, one or two steps up ("vehicl" for "truck").
func oldbroader(general, specific string) bool {
	return oldoverlap(oldsenseList(general), oldhypernyms(specific, 2))
}

// oldKin reports whether two stems name different things of the same kind,
// and the name of that kind: the one their most frequent senses share
// ("beach" and "cliff" are both a kind of "geological formation").
// Synonyms, and words one of which is a kind of the other, are not kin.
func oldKin(a, b string) (string, bool) {
	oldonce.Do(oldload)
	if a == b {
		return "", false
	}
	kind, rank := int32(-1), 0
	for i, sa := range oldsenseList(a) {
		for j, sb := range oldsenseList(b) {
			for _, h := range oldup(sa) {
				if slices.Contains(oldup(sb), h) && (kind < 0 || i+j < rank || i+j == rank && h < kind) {
					kind, rank = h, i+j
				}
			}
		}
	}
	if kind < 0 {
		return "", false
	}
	if oldoverlap(oldsenseList(a), oldsenseList(b)) || oldbroader(a, b) || oldbroader(b, a) {
		return "", false
	}
	return oldtab.nameText[oldtab.nameOff[kind]:oldtab.nameOff[kind+1]], true
}

// oldplaceKey returns the key under which the lexicon knows a place name:
// lower case, without dots, single spaces ("U.K." is "uk").
func oldplaceKey(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(name, ".", ""))), " ")
}

// oldup4 calls f with each place that the places in level lie in, up to four
// steps up, until f returns false.
func oldup4(level []int32, f func(int32) bool) {
	for d := 0; d < 4 && len(level) > 0; d++ {
		var next []int32
		for _, p := range level {
			for _, q := range oldtab.partOf.at(p) {
				if !f(q) {
					return
				}
				next = append(next, q)
			}
		}
		level = next
	}
}

// oldInside reports whether the place named inner lies in the place named
// outer, by WordNet's part holonyms up to four steps ("London" lies in
// "England", "U.K." and "Europe").
func oldInside(inner, outer string) bool {
	oldonce.Do(oldload)
	ki, ko := oldplaceKey(inner), oldplaceKey(outer)
	targets := oldplaceList(ko)
	if len(targets) == 0 || ki == ko {
		return false
	}
	found := false
	oldup4(oldplaceList(ki), func(q int32) bool {
		found = slices.Contains(targets, q)
		return !found
	})
	return found
}

// oldPlaces is the set of places that some given places lie in.
type oldPlaces struct{ around map[int32]bool }

// oldAround returns the places that the places among names lie in ("England",
// "U.K." and "Europe" for "London").
func oldAround(names []string) oldPlaces {
	oldonce.Do(oldload)
	p := oldPlaces{around: map[int32]bool{}}
	for _, n := range names {
		oldup4(oldplaceList(oldplaceKey(n)), func(q int32) bool {
			p.around[q] = true
			return true
		})
	}
	return p
}

// Has reports whether the place named name is in the set.
func (p oldPlaces) Has(name string) bool {
	if len(p.around) == 0 {
		return false
	}
	for _, id := range oldplaceList(oldplaceKey(name)) {
		if p.around[id] {
			return true
		}
	}
	return false
}

// oldRelated returns the stems that are synonyms of a stem and not also its
// antonyms, in a fixed order, at most maxRelated of them. The slice is
// shared: callers must not modify it.
func oldRelated(stem string) []string {
	oldonce.Do(oldload)
	groups := oldtab.groups[stem]
	if len(groups) == 0 {
		return nil
	}
	if r, ok := oldrelated.Load(stem); ok {
		return r.([]string)
	}
	var out []string
	for _, g := range groups {
		for _, m := range oldtab.members[g] {
			// "father" and "mother" share a verb sense (beget); opposites
			// are never synonyms.
			if m != stem && !slices.Contains(out, m) && len(out) < oldmaxRelated && !oldAntonyms(stem, m) {
				out = append(out, m)
			}
		}
	}
	oldrelated.Store(stem, out)
	return out
}

// oldrelated caches Related's answers: alignment asks for the same stems over
// and over. Only the lexicon's own stems are kept, so it cannot outgrow it.
var oldrelated sync.Map

// oldAntonyms reports whether two stems are opposites ("increas", "decreas"),
// also in the comparative or superlative ("highest", "lowest").
func oldAntonyms(a, b string) bool {
	oldonce.Do(oldload)
	if slices.Contains(oldtab.antonyms[a], b) {
		return true
	}
	if !strings.HasSuffix(a, "er") && !strings.HasSuffix(a, "est") && !strings.HasSuffix(b, "er") && !strings.HasSuffix(b, "est") {
		return false
	}
	for _, x := range olddegreeBases(a) {
		for _, y := range olddegreeBases(b) {
			if slices.Contains(oldtab.antonyms[x], y) {
				return true
			}
		}
	}
	return false
}

// olddegreeBases returns the stem and, for a comparative or superlative, the
// stems its base may have: the stemmer leaves "highest" and "bigger" whole,
// while "high" and "big" are what the lexicon knows.
func olddegreeBases(stem string) []string {
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

// oldCommon reports whether a stem is that of a word WordNet writes in lower
// case: an ordinary English word rather than a name.
func oldCommon(stem string) bool {
	oldonce.Do(oldload)
	return oldtab.common[stem]
}
