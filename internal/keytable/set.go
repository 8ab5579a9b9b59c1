// A Set: distinct keys, sorted in their groups, with no values and no
// hashes.

package keytable

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A Set holds distinct name keys and answers Has, and Similar (the keys
// that lex.SameNameKey matches with a key), as a Table of the same keys
// made by Distinct does, only Similar gives each length's keys in
// ascending order rather than in the order they were given: for the
// indexes that ask whether a key is held, not which comes first.
//
// Its keys are in groups of one first byte and length as a Table's are,
// their bytes one after another in one string, but sorted within their
// group, so that a key is found by binary search and no hash of it is
// kept. A group of more than smallKeyGroup keys of 5 bytes or more is
// read through the pieces of its keys (pieceSplits), as a Table's is, but
// a piece is found by binary search too: the keys sorted are sorted by
// their first piece, and for each other piece the group keeps its keys'
// ranks sorted by that piece, 16 bits a key (32 in a group of more than
// 1<<16 keys). The bench's sources' 12,704 word keys held 203 KB as a
// Table, of which 109 KB were the hashes of their pieces and keys.
type Set struct {
	// groups holds the groups, in order, each with the rank of its first
	// key and the offset of its keys' bytes in text; the last, after the
	// others, holds their ends. long holds the keys by rank instead of
	// text when they do not fit it (see Table).
	groups []group
	text   string
	long   []string
	// index reads the large groups; nil when there are none (in a news
	// article).
	*index
}

// An index holds the pieces of the keys of a Set's large groups: for
// large group l (of the groups, ascending), the ranks in the group of its
// keys sorted by each of the pieces after the first (pieceSplits, in
// order), each piece's after the other's, from perm on in perm16 (or
// perm32), and the ranks of its keys that are not ASCII (which a key may
// match rune by rune, not byte by byte: every one is a candidate) from
// other on, until the next large group's.
type index struct {
	large  []largeGroup
	perm16 []uint16
	perm32 []uint32
	other  []uint32
}

// A largeGroup is where a large group g's pieces are in a Set's index.
type largeGroup struct{ g, perm, other uint32 }

// manyKeys is the most keys that MakeSet sorts to make them distinct:
// more cost less through a map.
const manyKeys = 4096

// MakeSet makes the set of keys, which may repeat; empty keys are left
// out.
func MakeSet(keys []string) Set {
	if len(keys) > manyKeys { // fewer to sort
		var distinct []string
		seen := make(map[string]struct{}, len(keys)/4)
		for _, k := range keys {
			if _, ok := seen[k]; !ok && k != "" {
				seen[k] = struct{}{}
				distinct = append(distinct, k)
			}
		}
		keys = distinct
	}
	distinct := sortByGroup(keys)
	var s Set
	if len(distinct) == 0 {
		return s
	}
	size, long := 0, false
	ng := 0
	for i, k := range distinct {
		size += len(k)
		long = long || len(k) > maxGroupLen
		if i == 0 || !sameSetGroup(distinct[i-1], k) {
			ng++
		}
	}
	s.groups = make([]group, 0, ng+1)
	var b strings.Builder
	if long || size > maxText {
		s.long = slices.Clip(distinct)
	} else {
		b.Grow(size) // the exact size
	}
	for i, k := range distinct {
		if i == 0 || !sameSetGroup(distinct[i-1], k) {
			s.groups = append(s.groups, group{id: keyGroup(k[0], len(k)), entry: uint32(i), text: uint32(b.Len())})
		}
		if s.long == nil {
			b.WriteString(k)
		}
	}
	s.text = b.String()
	s.groups = append(s.groups, group{id: ^uint32(0), entry: uint32(len(distinct)), text: uint32(len(s.text))})
	s.indexLarge()
	return s
}

// sortByGroup returns the distinct keys of keys, empty ones left out,
// sorted by group, then bytes, in a new array; keys is left as it is.
// Keys under 256 bytes, all of a news text's, go to their groups by a
// stable counting sort by length, then by first byte (as Distinct orders
// them), and each group, a few keys, is sorted by bytes alone: what
// sorting them all by bytes and then, stably, by group gives, for a
// fraction of the comparisons (the two sorts of a source's word keys
// took 2% of the batch's instructions, issue 13).
func sortByGroup(keys []string) []string {
	n := 0
	short := len(keys) <= manyKeys
	for _, k := range keys {
		if k != "" {
			n++
			short = short && len(k) <= 255
		}
	}
	if !short {
		distinct := make([]string, 0, n)
		for _, k := range keys {
			if k != "" {
				distinct = append(distinct, k)
			}
		}
		slices.Sort(distinct) // by bytes, then stably by group
		distinct = slices.Compact(distinct)
		slices.SortStableFunc(distinct, func(a, b string) int {
			return cmp.Compare(keyGroup(a[0], len(a)), keyGroup(b[0], len(b)))
		})
		return distinct
	}
	var space [512]uint32 // the places by length: on the stack for most sets
	byLen := space[:0]
	if n > len(space) {
		byLen = make([]uint32, n)
	}
	byLen = byLen[:n]
	order := make([]string, n)
	var count [257]int32
	for _, k := range keys {
		if k != "" {
			count[len(k)+1]++
		}
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	for i, k := range keys {
		if k != "" {
			byLen[count[len(k)]] = uint32(i)
			count[len(k)]++
		}
	}
	count = [257]int32{}
	for _, p := range byLen {
		count[int(keys[p][0])+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	for _, p := range byLen {
		k := keys[p]
		order[count[k[0]]] = k
		count[k[0]]++
	}
	// Each group sorted by bytes, its repeats dropped, moved down.
	d := 0
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && sameSetGroup(order[i], order[j]) {
			j++
		}
		g := order[i:j]
		slices.Sort(g)
		for k, key := range g {
			if k == 0 || key != g[k-1] {
				order[d] = key
				d++
			}
		}
		i = j
	}
	clear(order[d:])
	return order[:d:d]
}

// sameSetGroup reports whether two keys are in one group of a Set.
func sameSetGroup(a, b string) bool { return keyGroup(a[0], len(a)) == keyGroup(b[0], len(b)) }

// ngroups returns how many groups the set has.
func (s *Set) ngroups() int { return max(len(s.groups)-1, 0) }

// ranks returns the ranks of the keys of group g: from i to j.
func (s *Set) ranks(g int) (i, j int) { return int(s.groups[g].entry), int(s.groups[g+1].entry) }

// keyAt returns the key of rank r, of group g.
func (s *Set) keyAt(g, r int) string {
	if s.long != nil {
		return s.long[r]
	}
	gr := &s.groups[g]
	n := int(gr.id & maxGroupLen)
	off := int(gr.text) + (r-int(gr.entry))*n
	return s.text[off : off+n]
}

// group returns the group of the keys of n bytes and first byte b, and
// whether the set has it.
func (s *Set) group(b byte, n int) (g int, ok bool) {
	id := keyGroup(b, n)
	g, ok = slices.BinarySearchFunc(s.groups[:s.ngroups()], id, func(gr group, id uint32) int { return cmp.Compare(gr.id, id) })
	return g, ok
}

// indexed reports whether group g, of keys of n bytes, is read through
// the pieces of its keys.
func (s *Set) indexed(g, n int) bool {
	i, j := s.ranks(g)
	return j-i > smallKeyGroup && n < maxGroupLen
}

// indexLarge files the pieces of the keys of the large groups.
func (s *Set) indexLarge() {
	most, nl := 0, 0
	for g := range s.ngroups() {
		if n := int(s.groups[g].id & maxGroupLen); s.indexed(g, n) && n >= 5 {
			i, j := s.ranks(g)
			most, nl = max(most, j-i), nl+1
		}
	}
	if nl == 0 {
		return
	}
	x := &index{large: make([]largeGroup, 0, nl+1)}
	var perm []uint32
	for g := range s.ngroups() {
		n := int(s.groups[g].id & maxGroupLen)
		if !s.indexed(g, n) || n < 5 {
			continue
		}
		i, j := s.ranks(g)
		x.large = append(x.large, largeGroup{g: uint32(g), perm: uint32(len(perm)), other: uint32(len(x.other))})
		for _, sp := range pieceSplits(n) {
			from, to := bounds(n, sp.k, sp.j)
			if from == 0 {
				continue // the first piece: the keys' order
			}
			start := len(perm)
			for r := range j - i {
				perm = append(perm, uint32(r))
			}
			slices.SortStableFunc(perm[start:], func(a, b uint32) int {
				return strings.Compare(s.keyAt(g, i+int(a))[from:to], s.keyAt(g, i+int(b))[from:to])
			})
		}
		for r := i; r < j; r++ {
			if !isASCII(s.keyAt(g, r)) {
				x.other = append(x.other, uint32(r-i))
			}
		}
	}
	x.large = append(x.large, largeGroup{g: uint32(s.ngroups()), perm: uint32(len(perm)), other: uint32(len(x.other))})
	if most <= 1<<16 {
		x.perm16 = make([]uint16, len(perm))
		for i, r := range perm {
			x.perm16[i] = uint16(r)
		}
	} else {
		x.perm32 = slices.Clone(perm)
	}
	x.other = slices.Clip(x.other)
	s.index = x
}

// Large reports whether the set reads some group through the pieces of
// its keys.
func (s *Set) Large() bool { return s.index != nil }

// Len returns how many keys the set holds.
func (s *Set) Len() int {
	if len(s.groups) == 0 {
		return 0
	}
	return int(s.groups[len(s.groups)-1].entry)
}

// find returns the rank of key in group g, and whether the set holds it.
func (s *Set) find(g int, key string) (int, bool) {
	i, j := s.ranks(g)
	lo, hi := i, j
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.keyAt(g, m) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < j && s.keyAt(g, lo) == key
}

// Has reports whether the set holds exactly this key.
func (s *Set) Has(key string) bool {
	if key == "" {
		return false
	}
	g, ok := s.group(key[0], len(key))
	if !ok {
		return false
	}
	_, ok = s.find(g, key)
	return ok
}

// Similar calls f with each key of the set that lex.SameNameKey matches
// with key, until f returns false: by key length, then ascending. An
// empty key matches nothing.
func (s *Set) Similar(key string, f func(key string) bool) {
	if key == "" {
		return
	}
	var buf [64]int32
	for n := range similarLengths(key) {
		g, ok := s.group(key[0], n)
		if !ok {
			continue
		}
		i, j := s.ranks(g)
		if s.indexed(g, n) && (min(n, len(key)) < 5 || isASCII(key)) {
			if min(n, len(key)) < 5 {
				if _, ok := s.find(g, key); ok && !f(key) {
					return
				}
				continue
			}
			for _, r := range s.candidates(buf[:0], key, n, g) {
				if k := s.keyAt(g, i+int(r)); lex.SameNameKey(key, k) && !f(k) {
					return
				}
			}
			continue
		}
		for r := i; r < j; r++ {
			k := s.keyAt(g, r)
			if len(k) != n {
				continue // a key longer than maxGroupLen
			}
			if k == key || min(n, len(key)) >= 5 && lex.SameNameKey(key, k) {
				if !f(k) {
					return
				}
			}
		}
	}
}

// candidates appends to dst the ranks in large group g, of keys of n
// bytes (5 or more), of the keys that may lie within reach of an ASCII
// key of 5 bytes or more, ascending, each once: those that hold one of
// their pieces where key could hold it (by the pigeonhole principle, as
// lex.NameIndex finds them), and every key that is not ASCII.
func (s *Set) candidates(dst []int32, key string, n, g int) []int32 {
	l, _ := slices.BinarySearchFunc(s.large[:len(s.large)-1], uint32(g), func(lg largeGroup, g uint32) int { return cmp.Compare(lg.g, g) })
	lg, next := &s.large[l], &s.large[l+1]
	i, j := s.ranks(g)
	m := j - i
	k, reach := editsAllowed(n, len(key))
	for p := 0; reach && p <= k; p++ {
		from, to := bounds(n, k, p)
		size := to - from
		// The ranks of the keys sorted by this piece: the keys' own
		// order for the first, a permutation for the others.
		perm := int(lg.perm)
		if from > 0 {
			for _, sp := range pieceSplits(n) {
				if sp == (split{k, p}) {
					break
				}
				if f, _ := bounds(n, sp.k, sp.j); f > 0 {
					perm += m
				}
			}
		}
		rank := func(x int) int {
			switch {
			case from == 0:
				return x
			case s.perm16 != nil:
				return int(s.perm16[perm+x])
			}
			return int(s.perm32[perm+x])
		}
		piece := func(x int) string { return s.keyAt(g, i+rank(x))[from:to] }
		for d := -k; d <= k; d++ {
			at := from + d
			if at < 0 || at+size > len(key) {
				continue
			}
			q := key[at : at+size]
			lo, hi := 0, m
			for lo < hi {
				mid := int(uint(lo+hi) >> 1)
				if piece(mid) < q {
					lo = mid + 1
				} else {
					hi = mid
				}
			}
			for x := lo; x < m && piece(x) == q; x++ {
				dst = append(dst, int32(rank(x)))
			}
		}
	}
	for _, r := range s.other[lg.other:next.other] {
		dst = append(dst, int32(r))
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}
