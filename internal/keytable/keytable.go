// Package keytable holds values by name key in a compact table that
// answers what a lex.KeyIndex of the same entries answers: the values
// under a key, and those under the keys that lex.SameNameKey matches with
// it, in the same order. It is the machinery of the indexes a prepared
// source keeps (packages align and score).
package keytable

import (
	"iter"
	"sort"

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
	for n := range similarLengths(key) {
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

// similarLengths yields the lengths of the keys that lex.SameNameKey may
// match with key, ascending: within two bytes of its own, and below 5
// bytes only its own (only equal keys match there). Table.Similar and
// Set.Similar both look in these lengths' groups.
func similarLengths(key string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := max(len(key)-2, 1); n <= len(key)+2; n++ {
			if min(n, len(key)) < 5 && n != len(key) {
				continue
			}
			if !yield(n) {
				return
			}
		}
	}
}
