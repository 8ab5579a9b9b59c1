package lexicon

import (
	"strings"
)

// Places: the named places of WordNet's noun.location synsets, by key, and
// which lie in which (its part holonyms), for Inside, IsPlace and Around.

// placeList returns the places a name may name, looked up by its key
// (placeKey), which buf may hold.
func (f *flat) placeList(buf *placeBuf, name string) u32s {
	return f.placeIDs.at(f.places.findKey(buf.key(name)))
}

// placeKey returns the key under which the lexicon knows a place name:
// lower case, without dots, single spaces ("U.K." is "uk").
func placeKey(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(name, ".", ""))), " ")
}

// A placeBuf is room on the caller's stack for a place name's key: the
// entities of every claim and source are asked about, and placeKey's four
// allocations a name were a tenth of the batch's (issue 13).
type placeBuf [64]byte

// key returns placeKey(name) as bytes, in b when it fits. A name of ASCII
// bytes, all of them in news, is folded here in one pass: ASCII letters
// lowered, dots dropped, runs of ASCII white space (strings.Fields' for
// ASCII text) made one space, none at the ends. Any other name goes
// through placeKey, whose Unicode case and space rules apply.
func (b *placeBuf) key(name string) []byte {
	out, space := b[:0], false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 0x80:
			return []byte(placeKey(name))
		case c == '.':
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = len(out) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			out, space = append(out, ' '), false
		}
		out = append(out, c)
	}
	return out
}

// up4 calls fn with each place that the places in level lie in, up to four
// steps up, until fn returns false. The levels go through two arrays on
// the stack, taking turns, rather than a new string each.
func (f *flat) up4(level u32s, fn func(uint32) bool) {
	var a, b [16]uint32
	cur, next := a[:0], b[:0]
	for i := range level.n() {
		cur = append(cur, level.at(i))
	}
	for d := 0; d < 4 && len(cur) > 0; d++ {
		next = next[:0]
		for _, p := range cur {
			qs := f.partOf.at(int(p))
			for j := range qs.n() {
				q := qs.at(j)
				if !fn(q) {
					return
				}
				next = append(next, q)
			}
		}
		cur, next = next, cur
	}
}

// Inside reports whether the place named inner lies in the place named
// outer, by WordNet's part holonyms up to four steps ("London" lies in
// "England", "U.K." and "Europe").
func Inside(inner, outer string) bool {
	f := lexicon()
	var bi, bo placeBuf
	ki, ko := bi.key(inner), bo.key(outer)
	targets := f.placeIDs.at(f.places.findKey(ko))
	if targets.n() == 0 || string(ki) == string(ko) {
		return false
	}
	found := false
	f.up4(f.placeIDs.at(f.places.findKey(ki)), func(q uint32) bool {
		found = targets.contains(q)
		return !found
	})
	return found
}

// IsPlace reports whether WordNet knows the name as a place ("Cambridge",
// "Jordan", "U.K.").
func IsPlace(name string) bool {
	var b placeBuf
	return lexicon().placeList(&b, name).n() > 0
}

// Places is the set of places that some given places lie in.
type Places struct{ around map[uint32]bool }

// Around returns the places that the places among names lie in ("England",
// "U.K." and "Europe" for "London").
func Around(names []string) Places {
	f := lexicon()
	p := Places{around: map[uint32]bool{}}
	var b placeBuf
	for _, n := range names {
		f.up4(f.placeList(&b, n), func(q uint32) bool {
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
	var b placeBuf
	ids := lexicon().placeList(&b, name)
	for i := range ids.n() {
		if p.around[ids.at(i)] {
			return true
		}
	}
	return false
}
