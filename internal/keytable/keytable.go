// Package keytable holds values by name key in a compact table that
// answers what a lex.KeyIndex of the same entries answers: the values
// under a key, and those under the keys that lex.SameNameKey matches with
// it, in the same order. It is the machinery of the indexes a prepared
// source keeps (packages align and score).
package keytable

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A Table holds values by name key and answers what a lex.KeyIndex of
// the same entries answers (Has, and Similar in the same order), in a
// fraction of its memory and of its making: its entries in groups of one
// first byte and length, the groups in that order and each group's entries
// in the order they were added, found by binary search. A news article's
// groups are small, and compared key by key. A group that outgrows a quick
// scan (a long source) is read as lex.NameIndex reads it, through the
// pieces of its keys, kept in flat arrays of 32-bit numbers sized exactly
// rather than in maps.
//
// The keys are held once each, their bytes one after another in one
// string: the keys of a group, of one length, need no ends (a key is its
// group's offset plus its rank times the length), and an entry is the
// 32-bit number of its key (none when every key has one entry) and its
// value. A long-lived source keeps its tables as long as it lives: the
// bench's sources (976 KB) held 1.18 MB of tables of string headers and
// entries, 0.65 MB of it the 16-byte headers of word keys and the entries
// of the words of names.
type Table[T any] struct {
	// groups holds the groups, in order; text the bytes of their keys
	// (see group), or long the keys themselves, by number, when they do
	// not fit text (more than 4 GiB, or a key longer than maxGroupLen).
	groups []group
	text   string
	long   []string
	// keyOf holds where each entry's key is, in the entries' order: the
	// offset of its bytes in text, or its number in long; nil when every
	// key has one entry, entry e's key being the group's e-th from its
	// first entry. vals holds the entries' values.
	keyOf []uint32
	vals  []T
	// large indexes the groups of more than smallKeyGroup entries; nil
	// when there are none (in a news article), so that a small table,
	// of which an archive keeps several an article, holds no empty arrays.
	*large
}

// A large indexes the entries of a Table's groups of more than
// smallKeyGroup entries.
type large struct {
	// Each key is filed once, under the first of its entries, which heads
	// the chain of the others in same, in blocks of up to blockEntries
	// entries of a group (see block), the head's place less the block's
	// first in 16 bits: byKey, by the hash of
	// their keys (keyHash), then place (for Has and keys under 5 bytes);
	// pieces, the top 16 bits of the hash of each piece of their ASCII
	// keys of 5 bytes or more over its place, sorted; other, their other
	// keys of 5 bytes or more, ascending. same[at] is the place of the
	// next entry of the key of the entry at place at, 0 after the last (a
	// next place is never 0); nil when no key has two entries.
	// A long source's name words repeat: 1.41 million entries of the
	// 106.5 MB pair's, filed each were 26 MB of byKey and pieces; the
	// bench's sources' word keys, 19k, filed 224 KB in 32-bit places and
	// 64-bit pieces.
	blocks []block
	byKey  []uint16
	pieces []uint32
	other  []uint16
	same   []int32
}

// A group is the keys and entries of a Table of one first byte and
// length (keyGroup): its entries are placed from entry on, until the next
// group's, and the bytes of its keys, n each, lie from text on. A Table's
// last group, after the others, holds their ends.
type group struct {
	id          uint32 // keyGroup
	entry, text uint32
}

// An Entry is an entry of a Table: its key and its value.
type Entry[T any] struct {
	Key   string
	Value T
}

// A placed is a 32-bit hash of a key and the place in a Table's entries
// of the entry it belongs to, in one word so that a slice of them sorts as
// plain integers: by hash, then place (while a large group is filed).
type placed uint64

func place(hash uint32, at int) placed { return placed(hash)<<32 | placed(uint32(at)) }

func (p placed) hash() uint32 { return uint32(p >> 32) }
func (p placed) at() int32    { return int32(uint32(p)) }

// smallKeyGroup is the most entries of one first byte and length that a
// Table compares one by one.
const smallKeyGroup = 48

// maxGroupLen is the longest key length that keyGroup tells apart; longer
// keys (never a word of news) share a group.
const maxGroupLen = 1<<24 - 1

// keyGroup returns the group of a key of n bytes and first byte b, ordered
// as the groups of a Table are.
func keyGroup(b byte, n int) uint32 { return uint32(b)<<24 | uint32(min(n, maxGroupLen)) }

// Make makes a table of entries given in the order they were
// added; it takes the slice. Entries with an empty key are left out, as
// lex.KeyIndex leaves them.
func Make[T any](entries []Entry[T]) Table[T] {
	return Of(func(add func(string, T)) {
		for _, e := range entries {
			add(e.Key, e.Value)
		}
	})
}

// Of makes a table of the entries that each adds, in order: one
// pass to gather them, then a sort of their groups and numbers (plain
// integers), so that the table is made at its size.
//
// Many entries (a long source's words of names) are gathered in chunks
// of chunkEntries, not one array grown by copying, and placed in their
// groups by counting, each chunk let go once placed: what the making
// holds beyond the table is then at most the chunks, rather than the
// array, its copies while it grew, and an array of sort keys.
func Of[T any](each func(add func(key string, v T))) Table[T] {
	return of(each, false)
}

// of is Of; distinct says that each adds every key once.
func of[T any](each func(add func(key string, v T)), distinct bool) Table[T] {
	var added []Entry[T]
	var full [][]Entry[T] // the chunks filled before added, when there are many entries
	each(func(key string, v T) {
		if key == "" {
			return
		}
		if len(added) == chunkEntries {
			full = append(full, added)
			added = make([]Entry[T], 0, chunkEntries)
		}
		added = append(added, Entry[T]{key, v})
	})
	if full != nil {
		return ofChunks(append(full, added), distinct)
	}
	order := make([]uint64, len(added)) // group, then the entry's number
	for i, e := range added {
		order[i] = uint64(keyGroup(e.Key[0], len(e.Key)))<<32 | uint64(i)
	}
	slices.Sort(order)
	sorted := make([]Entry[T], len(added))
	for i, o := range order {
		sorted[i] = added[uint32(o)]
	}
	return compact(sorted, distinct)
}

// chunkEntries is how many entries Of gathers in a chunk when they are
// many.
const chunkEntries = 1 << 13

// shortGroupLen bounds the key lengths whose groups ofChunks counts in an
// array; longer keys' groups (few) are counted in a map.
const shortGroupLen = 32

// ofChunks makes the table of the entries of chunks, in order, as Of
// does: the entries of each group counted, then each placed after those
// of the groups before its own and of its group before it, a stable
// counting sort by group; each chunk is let go once its entries are
// placed.
func ofChunks[T any](chunks [][]Entry[T], distinct bool) Table[T] {
	short := make([]int, 256*shortGroupLen) // first byte, length -> entries, then the next place
	var long map[uint32]int                 // group -> the same, for longer keys
	n := 0
	for _, c := range chunks {
		for i := range c {
			if k := c[i].Key; len(k) < shortGroupLen {
				short[int(k[0])*shortGroupLen+len(k)]++
			} else {
				if long == nil {
					long = map[uint32]int{}
				}
				long[keyGroup(k[0], len(k))]++
			}
		}
		n += len(c)
	}
	longGroups := make([]uint32, 0, len(long))
	for g := range long {
		longGroups = append(longGroups, g)
	}
	slices.Sort(longGroups)
	// The groups in order: by first byte, then length, the short before
	// the long of each first byte.
	at := 0
	for b := range 256 {
		for i := b * shortGroupLen; i < (b+1)*shortGroupLen; i++ {
			short[i], at = at, at+short[i]
		}
		for len(longGroups) > 0 && longGroups[0]>>24 == uint32(b) {
			g := longGroups[0]
			long[g], at = at, at+long[g]
			longGroups = longGroups[1:]
		}
	}
	sorted := make([]Entry[T], n)
	for ci, c := range chunks {
		for i := range c {
			if k := c[i].Key; len(k) < shortGroupLen {
				j := int(k[0])*shortGroupLen + len(k)
				sorted[short[j]] = c[i]
				short[j]++
			} else {
				g := keyGroup(k[0], len(k))
				sorted[long[g]] = c[i]
				long[g]++
			}
		}
		chunks[ci] = nil
	}
	return compact(sorted, distinct)
}

// Distinct makes a table of the distinct keys of keys (none
// empty), in the order of their first time: the keys sorted by group and
// then place, each compared with the distinct keys of its group before it,
// which are few, rather than looked up in a map of them all. When there
// are many keys (a long source), or a group has many, they are made
// distinct through a map instead.
func Distinct(keys []string) Table[struct{}] {
	if len(keys) > manyKeys {
		return distinctLarge(keys)
	}
	// The places of the keys in group order, each group's in the order
	// given: a stable counting sort by length, then by first byte, which
	// is the groups' order for keys under 256 bytes (longer ones, rare,
	// go through the map).
	places := make([]uint32, 2*len(keys))
	byLen, order := places[:len(keys)], places[len(keys):]
	var count [257]int
	for _, k := range keys {
		if len(k) > 255 {
			return distinctLarge(keys)
		}
		count[len(k)+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	for i, k := range keys {
		byLen[count[len(k)]] = uint32(i)
		count[len(k)]++
	}
	count = [257]int{}
	for _, k := range keys {
		count[int(k[0])+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	for _, p := range byLen {
		b := keys[p][0]
		order[count[b]] = p
		count[b]++
	}
	// The distinct keys' places go to the front of order, over places
	// already read, so that the table is made once at its size.
	n := 0
	for i := 0; i < len(order); {
		g, start := keys[order[i]], n
		for ; i < len(order) && sameGroup(keys[order[i]], g); i++ {
			k := keys[order[i]]
			if !slices.ContainsFunc(order[start:n], func(p uint32) bool { return keys[p] == k }) {
				order[n] = order[i]
				n++
			}
			if n-start > smallKeyGroup {
				return distinctLarge(keys)
			}
		}
	}
	sorted := make([]Entry[struct{}], n)
	for i, p := range order[:n] {
		sorted[i].Key = keys[p]
	}
	return compact(sorted, true)
}

// sameGroup reports whether two keys are in one group (see keyGroup).
func sameGroup(a, b string) bool { return a[0] == b[0] && len(a) == len(b) }

// manyKeys is the most keys that Distinct sorts to make them
// distinct: more cost less through a map.
const manyKeys = 4096

// distinctLarge is Distinct for many keys, or keys of
// which a group has many distinct ones.
func distinctLarge(keys []string) Table[struct{}] {
	seen := make(map[string]struct{}, len(keys)/4)
	var distinct []string
	for _, k := range keys {
		if _, ok := seen[k]; !ok {
			seen[k] = struct{}{}
			distinct = append(distinct, k)
		}
	}
	clear(seen)
	return of(func(add func(string, struct{})) {
		for _, k := range distinct {
			add(k, struct{}{})
		}
	}, true)
}

// compact makes the table of entries sorted by group (keyGroup), each
// group's in the order they were added; distinct says that no key comes
// twice. The keys are numbered in the order of their first entries, each
// group's compared with the group's keys before it, or found in a map
// when the group is large; then their bytes go into one string of its
// exact size, and the entries become their keys' numbers and their values.
func compact[T any](sorted []Entry[T], distinct bool) Table[T] {
	var x Table[T]
	if len(sorted) == 0 {
		return x
	}
	ng := 0
	for i := 0; i < len(sorted); i = groupEnd(sorted, i) {
		ng++
	}
	x.groups = make([]group, 0, ng+1) // and one after the last
	x.vals = make([]T, len(sorted))
	// keys holds the keys' first entries while the table is made, and
	// firstKey the number of each group's first key; no keys when they
	// are distinct, key k being entry k's.
	var keys, keyOf []uint32
	if !distinct {
		keys, keyOf = make([]uint32, 0, len(sorted)), make([]uint32, len(sorted))
	}
	firstKey := make([]int, 0, ng+1)
	var seen map[string]uint32
	size, long, nk := 0, false, 0
	for i := 0; i < len(sorted); {
		j := groupEnd(sorted, i)
		x.groups = append(x.groups, group{id: keyGroup(sorted[i].Key[0], len(sorted[i].Key)), entry: uint32(i)})
		firstKey = append(firstKey, nk)
		if distinct {
			for e := i; e < j; e++ {
				x.vals[e] = sorted[e].Value
				size += len(sorted[e].Key)
				long = long || len(sorted[e].Key) > maxGroupLen
			}
			nk += j - i
			i = j
			continue
		}
		first, large := len(keys), j-i > smallKeyGroup
		for e := i; e < j; e++ {
			k := sorted[e].Key
			x.vals[e] = sorted[e].Value
			num := -1
			if large {
				if v, ok := seen[k]; ok {
					num = int(v)
				}
			} else {
				for n, f := range keys[first:] {
					if sorted[f].Key == k {
						num = first + n
						break
					}
				}
			}
			if num < 0 {
				num = len(keys)
				keys = append(keys, uint32(e))
				size += len(k)
				long = long || len(k) > maxGroupLen
				if large {
					if seen == nil {
						seen = map[string]uint32{}
					}
					seen[k] = uint32(num)
				}
			}
			keyOf[e] = uint32(num)
		}
		nk = len(keys)
		i = j
	}
	firstKey = append(firstKey, nk)
	keyAt := func(k int) string { return sorted[k].Key }
	if !distinct {
		keyAt = func(k int) string { return sorted[keys[k]].Key }
		if nk < len(sorted) {
			x.keyOf = keyOf
		}
	}
	end := group{id: math.MaxUint32, entry: uint32(len(sorted))}
	if long || size > maxText {
		x.long = make([]string, nk)
		for k := range x.long {
			x.long[k] = keyAt(k)
		}
	} else {
		var b strings.Builder
		b.Grow(size) // the exact size
		for g := range x.groups {
			x.groups[g].text = uint32(b.Len())
			if distinct {
				for _, e := range sorted[x.groups[g].entry:end.entryOr(x.groups, g+1)] {
					b.WriteString(e.Key)
				}
				continue
			}
			for k := firstKey[g]; k < firstKey[g+1]; k++ {
				key := keyAt(k)
				if x.keyOf != nil {
					keys[k] = uint32(b.Len()) // the key's offset, from now on
				}
				b.WriteString(key)
			}
		}
		x.text = b.String()
		end.text = uint32(len(x.text))
		for e, k := range x.keyOf {
			x.keyOf[e] = keys[k]
		}
	}
	x.groups = append(x.groups, end)
	x.indexLarge()
	return x
}

// entryOr returns the first entry of group g of groups, or end's when g
// is past them.
func (end group) entryOr(groups []group, g int) uint32 {
	if g < len(groups) {
		return groups[g].entry
	}
	return end.entry
}

// maxText is the most bytes of keys a Table lays in one string (what its
// 32-bit offsets can hold); a variable so that a test can try the other
// way.
var maxText = math.MaxUint32

// groupEnd returns the end of the group whose entries start at place i.
func groupEnd[T any](sorted []Entry[T], i int) int {
	b, n := sorted[i].Key[0], len(sorted[i].Key)
	if n > maxGroupLen {
		n = maxGroupLen
	}
	j := i + 1
	for ; j < len(sorted); j++ {
		k := sorted[j].Key
		if k[0] != b || len(k) != n && (n < maxGroupLen || len(k) < maxGroupLen) {
			break
		}
	}
	return j
}

// ngroups returns how many groups the table has.
func (x *Table[T]) ngroups() int { return max(len(x.groups)-1, 0) }

// entries returns the places of the entries of group g: from i to j.
func (x *Table[T]) entries(g int) (i, j int) {
	return int(x.groups[g].entry), int(x.groups[g+1].entry)
}

// keyRef returns where the key of the entry at place at, of group g, is:
// the offset of its bytes in text, or its number in long. Two entries
// have the same key when they have the same keyRef.
func (x *Table[T]) keyRef(g, at int) uint32 {
	switch {
	case x.keyOf != nil:
		return x.keyOf[at]
	case x.long != nil:
		return uint32(at)
	}
	gr := &x.groups[g]
	return gr.text + uint32(at-int(gr.entry))*(gr.id&maxGroupLen)
}

// keyAt returns the key of the entry at place at, of group g.
func (x *Table[T]) keyAt(g, at int) string {
	r := x.keyRef(g, at)
	if x.long != nil {
		return x.long[r]
	}
	return x.text[r : r+x.groups[g].id&maxGroupLen]
}

// indexLarge indexes the entries of the groups of more than smallKeyGroup
// entries (see Table.blocks).
func (x *Table[T]) indexLarge() {
	nk, nb := 0, 0
	for g := range x.ngroups() {
		if i, j := x.entries(g); j-i > smallKeyGroup {
			nk, nb = max(nk, j-i), nb+(j-i+blockEntries-1)/blockEntries
		}
	}
	if nb == 0 {
		return
	}
	x.large = &large{blocks: make([]block, 0, nb+1)}
	byHash := make([]placed, 0, nk) // a group's entries by the hashes of their keys, while it is filed
	var heads []int32               // the group's, in byHash's order
	var at16 []uint16
	var pieces []uint32
	for g := range x.ngroups() {
		i, j := x.entries(g)
		if j-i <= smallKeyGroup {
			continue
		}
		byHash = byHash[:0]
		for at := i; at < j; at++ {
			byHash = append(byHash, place(keyHash(x.keyAt(g, at)), at))
		}
		slices.Sort(byHash)
		// The entries of one key are one hash's, ascending: the first
		// heads the chain of the others (same), and only heads are filed.
		// same is made when a key first has a second entry: a table of
		// distinct keys (Distinct) has none, and holds no array of zeros.
		heads = heads[:0]
		var chains [][2]int32 // of the hash at hand: a head and the last of its chain
		for k, p := range byHash {
			if k == 0 || p.hash() != byHash[k-1].hash() {
				chains = chains[:0]
			}
			at, ref := p.at(), x.keyRef(g, int(p.at()))
			if h := slices.IndexFunc(chains, func(h [2]int32) bool { return x.keyRef(g, int(h[0])) == ref }); h >= 0 {
				if x.same == nil {
					x.same = make([]int32, len(x.vals))
				}
				x.same[chains[h][1]], chains[h][1] = at, at
				continue
			}
			chains = append(chains, [2]int32{at, at})
			heads = append(heads, at)
		}
		// Each block files the heads among its entries.
		for base := i; base < j; base += blockEntries {
			b := block{g: uint32(g), base: uint32(base), byKey: uint32(len(x.byKey)), pieces: uint32(len(pieces)), other: uint32(len(x.other))}
			at16 = at16[:0]
			for _, at := range heads {
				if int(at) < base || int(at) >= base+blockEntries {
					continue
				}
				off := uint16(int(at) - base)
				at16 = append(at16, off)
				switch key := x.keyAt(g, int(at)); {
				case len(key) < 5:
				case isASCII(key):
					for _, s := range pieceSplits(len(key)) {
						from, to := bounds(len(key), s.k, s.j)
						pieces = append(pieces, pieceHash(key[0], len(key), s.k, s.j, key[from:to])>>16<<16|uint32(off))
					}
				default:
					x.other = append(x.other, off)
				}
			}
			x.byKey = append(x.byKey, at16...)
			slices.Sort(pieces[b.pieces:])
			slices.Sort(x.other[b.other:])
			x.blocks = append(x.blocks, b)
		}
	}
	x.blocks = append(x.blocks, block{g: uint32(x.ngroups()), base: uint32(len(x.vals)), byKey: uint32(len(x.byKey)), pieces: uint32(len(pieces)), other: uint32(len(x.other))})
	x.byKey, x.other = slices.Clip(x.byKey), slices.Clip(x.other)
	x.pieces = slices.Clone(pieces) // at its size
}

// blockEntries is how many entries of a large group a block files, at
// most 1<<16: its places within the block fit 16 bits. A variable so that
// a test can make blocks small.
var blockEntries = 1 << 16

// A block files the heads of the keys of up to blockEntries entries of
// large group g, from place base on: their places, less base, from byKey,
// pieces and other on in the arrays of large, until the next block's. The
// blocks are in order of group and place, and the last, after the others,
// holds their ends.
type block struct{ g, base, byKey, pieces, other uint32 }

// blocksOf returns the blocks of large group g: from a to b.
func (x *Table[T]) blocksOf(g int) (a, b int) {
	bs := x.blocks[:len(x.blocks)-1]
	a, _ = slices.BinarySearchFunc(bs, uint32(g), func(b block, g uint32) int { return cmp.Compare(b.g, g) })
	for b = a; b < len(bs) && bs[b].g == uint32(g); b++ {
	}
	return a, b
}

// chain appends to dst the place at, the first of its key's entries in a
// large group, and the places of the others, ascending.
func (x *Table[T]) chain(dst []int32, at int32) []int32 {
	for {
		dst = append(dst, at)
		if x.same == nil {
			return dst
		}
		if at = x.same[at]; at == 0 {
			return dst
		}
	}
}

// Large reports whether the table reads some group through its pieces.
func (x *Table[T]) Large() bool { return x.large != nil }

// group returns the group of the keys of n bytes and first byte b, and
// whether the table has it.
func (x *Table[T]) group(b byte, n int) (g int, ok bool) {
	id := keyGroup(b, n)
	lo, hi := 0, x.ngroups()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x.groups[m].id < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < x.ngroups() && x.groups[lo].id == id
}

// equal appends to dst the places of the entries of large group g with
// exactly this key, in the order they were added.
func (x *Table[T]) equal(dst []int32, g int, key string) []int32 {
	h := keyHash(key)
	from, to := x.blocksOf(g)
	for bi := from; bi < to; bi++ {
		b := &x.blocks[bi]
		heads := x.byKey[b.byKey:x.blocks[bi+1].byKey]
		atOf := func(i int) int32 { return int32(b.base) + int32(heads[i]) }
		hashAt := func(i int) uint32 { return keyHash(x.keyAt(g, int(atOf(i)))) }
		for i := sort.Search(len(heads), func(i int) bool { return hashAt(i) >= h }); i < len(heads) && hashAt(i) == h; i++ {
			if at := atOf(i); x.keyAt(g, int(at)) == key {
				return x.chain(dst, at)
			}
		}
	}
	return dst
}

// find returns the place of the first entry of exactly this key, or -1.
func (x *Table[T]) find(key string) int {
	if key == "" {
		return -1
	}
	g, ok := x.group(key[0], len(key))
	if !ok {
		return -1
	}
	i, j := x.entries(g)
	if j-i > smallKeyGroup {
		var buf [8]int32
		if at := x.equal(buf[:0], g, key); len(at) > 0 {
			return int(at[0])
		}
		return -1
	}
	for at := i; at < j; at++ {
		if x.keyAt(g, at) == key {
			return at
		}
	}
	return -1
}

// Has reports whether a value was added under exactly this key.
func (x *Table[T]) Has(key string) bool { return x.find(key) >= 0 }

// Lookup returns the first value added under exactly this key, and
// whether there is one.
func (x *Table[T]) Lookup(key string) (v T, ok bool) {
	if at := x.find(key); at >= 0 {
		return x.vals[at], true
	}
	return v, false
}

// Similar calls f with each key and value of the table whose key
// lex.SameNameKey matches with key, until f returns false: by key length,
// then in the order they were added. An empty key matches nothing.
func (x *Table[T]) Similar(key string, f func(key string, v T) bool) {
	if key == "" {
		return
	}
	var buf [64]int32
	for n := len(key) - 2; n <= len(key)+2; n++ {
		if n <= 0 || min(n, len(key)) < 5 && n != len(key) {
			continue // below 5 bytes only equal keys match
		}
		g, ok := x.group(key[0], n)
		if !ok {
			continue
		}
		i, j := x.entries(g)
		if j-i > smallKeyGroup && (min(n, len(key)) < 5 || isASCII(key)) {
			var cands []int32
			if min(n, len(key)) < 5 {
				cands = x.equal(buf[:0], g, key)
			} else {
				cands = x.candidates(buf[:0], key, n, g)
			}
			for _, at := range cands {
				if k := x.keyAt(g, int(at)); lex.SameNameKey(key, k) && !f(k, x.vals[at]) {
					return
				}
			}
			continue
		}
		for at := i; at < j; at++ {
			k := x.keyAt(g, at)
			if len(k) != n {
				continue // a key longer than maxGroupLen
			}
			if k == key || min(n, len(key)) >= 5 && lex.SameNameKey(key, k) {
				if !f(k, x.vals[at]) {
					return
				}
			}
		}
	}
}

// candidates appends to dst the places of the entries of the large
// group g of keys of n bytes that may lie within reach of an ASCII
// key of 5 bytes or more, ascending, each once: those that hold one of
// their pieces where key could hold it (by the pigeonhole principle, as
// lex.NameIndex finds them), and every key that is not ASCII.
func (x *Table[T]) candidates(dst []int32, key string, n, g int) []int32 {
	lo, hi := x.blocksOf(g)
	k := 1
	if min(n, len(key)) >= 9 {
		k = 2
	}
	// An ASCII key whose length differs by more than k needs more edits
	// than SameNameKey allows.
	for p := 0; p <= k && n-len(key) >= -k && n-len(key) <= k; p++ {
		from, to := bounds(n, k, p)
		size := to - from
		for d := -k; d <= k; d++ {
			at := from + d
			if at < 0 || at+size > len(key) {
				continue
			}
			h := pieceHash(key[0], n, k, p, key[at:at+size]) >> 16
			for bi := lo; bi < hi; bi++ {
				b := &x.blocks[bi]
				ps := x.pieces[b.pieces:x.blocks[bi+1].pieces]
				q, _ := slices.BinarySearch(ps, h<<16)
				for ; q < len(ps) && ps[q]>>16 == h; q++ {
					dst = x.chain(dst, int32(b.base)+int32(uint16(ps[q])))
				}
			}
		}
	}
	for bi := lo; bi < hi; bi++ {
		b := &x.blocks[bi]
		for _, off := range x.other[b.other:x.blocks[bi+1].other] {
			dst = x.chain(dst, int32(b.base)+int32(off))
		}
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// A split names piece j of k+1 of a key.
type split struct{ k, j int }

var (
	halves       = []split{{1, 0}, {1, 1}}
	halvesThirds = []split{{1, 0}, {1, 1}, {2, 0}, {2, 1}, {2, 2}}
	thirds       = halvesThirds[2:]
)

// pieceSplits returns the pieces under which an ASCII key of n bytes (5 or
// more) is filed: its halves (one edit leaves one untouched) up to 9
// bytes, and, from 9 bytes, where SameNameKey allows two edits, its
// thirds. A key of 9 bytes has both: a key of 8 looks for its halves (one
// edit, min(8, 9) < 9); one of 10 or more is asked for its halves only by
// keys of 8 bytes or fewer, 2 edits away or more, which candidates does
// not look for. Filing halves from 10 bytes on made 2 of every 5 pieces
// of the bench's long word keys.
func pieceSplits(n int) []split {
	switch {
	case n >= 10:
		return thirds
	case n == 9:
		return halvesThirds
	}
	return halves
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// bounds returns where piece j of k+1 of a key of n bytes lies.
func bounds(n, k, j int) (from, to int) {
	return j * n / (k + 1), (j + 1) * n / (k + 1)
}

// keyHash is FNV-1a over a key.
func keyHash(key string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h ^= uint32(key[i])
		h *= 16777619
	}
	return h
}

// pieceHash is FNV-1a over what names a piece: part j of k+1 of the keys
// of n bytes that start with first, and its text.
func pieceHash(first byte, n, k, j int, text string) uint32 {
	h := uint32(2166136261)
	for _, b := range [...]byte{first, byte(n), byte(n >> 8), byte(k), byte(j)} {
		h ^= uint32(b)
		h *= 16777619
	}
	for i := 0; i < len(text); i++ {
		h ^= uint32(text[i])
		h *= 16777619
	}
	return h
}
