// What builds a Table: its entries sorted by group and key, and the keys
// laid once each in one string.

package keytable

import (
	"math"
	"slices"
	"strings"
)

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
		return ofChunks(append(full, added))
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
	return compact(sorted)
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
func ofChunks[T any](chunks [][]Entry[T]) Table[T] {
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
	return compact(sorted)
}

// compact makes the table of entries sorted by group (keyGroup), each
// group's in the order they were added. The keys are numbered in the order of their first entries, each
// group's compared with the group's keys before it, or found in a map
// when the group is large; then their bytes go into one string of its
// exact size, and the entries become their keys' numbers and their values.
func compact[T any](sorted []Entry[T]) Table[T] {
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
	// firstKey the number of each group's first key.
	keys, keyOf := make([]uint32, 0, len(sorted)), make([]uint32, len(sorted))
	firstKey := make([]int, 0, ng+1)
	var seen map[string]uint32
	size, long, nk := 0, false, 0
	for i := 0; i < len(sorted); {
		j := groupEnd(sorted, i)
		x.groups = append(x.groups, group{id: keyGroup(sorted[i].Key[0], len(sorted[i].Key)), entry: uint32(i)})
		firstKey = append(firstKey, nk)
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
	keyAt := func(k int) string { return sorted[keys[k]].Key }
	if nk < len(sorted) {
		x.keyOf = keyOf
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
