package score

import (
	"cmp"
	"slices"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A keyTable holds values by name key and answers what a lex.KeyIndex of
// the same entries answers (Has, and Similar in the same order), in a
// fraction of its memory and of its making for the few keys of a news
// article: its entries in groups of one first byte and length, the groups
// in that order and each group's entries in the order they were added,
// found by binary search and compared key by key. When a group outgrows a
// quick scan (a long source), the table is a lex.KeyIndex instead.
type keyTable[T any] struct {
	sorted []keyed[T]
	large  *lex.KeyIndex[T]
}

// A keyed is an entry of a keyTable: its key and its value.
type keyed[T any] struct {
	key string
	v   T
}

// smallKeyGroup is the most entries of one first byte and length that a
// keyTable compares one by one.
const smallKeyGroup = 48

// maxGroupLen is the longest key length that keyGroup tells apart; longer
// keys (never a word of news) share a group.
const maxGroupLen = 1<<24 - 1

// keyGroup returns the group of a key of n bytes and first byte b, ordered
// as the groups of a keyTable are.
func keyGroup(b byte, n int) uint32 { return uint32(b)<<24 | uint32(min(n, maxGroupLen)) }

// makeKeyTable makes a table of entries given in the order they were
// added; it takes the slice. Entries with an empty key are left out, as
// lex.KeyIndex leaves them.
func makeKeyTable[T any](entries []keyed[T]) keyTable[T] {
	return keyTableOf(func(add func(string, T)) {
		for _, e := range entries {
			add(e.key, e.v)
		}
	})
}

// keyTableOf makes a table of the entries that each adds, in order: one
// pass to gather them, then a sort of their groups and numbers (plain
// integers), so that the table is made at its size.
func keyTableOf[T any](each func(add func(key string, v T))) keyTable[T] {
	var added []keyed[T]
	each(func(key string, v T) {
		if key != "" {
			added = append(added, keyed[T]{key, v})
		}
	})
	order := make([]uint64, len(added)) // group, then the entry's number
	for i, e := range added {
		order[i] = uint64(keyGroup(e.key[0], len(e.key)))<<32 | uint64(i)
	}
	slices.Sort(order)
	for i := smallKeyGroup; i < len(order); i++ {
		if order[i]>>32 == order[i-smallKeyGroup]>>32 {
			x := &lex.KeyIndex[T]{}
			for _, e := range added {
				x.Add(e.key, e.v)
			}
			return keyTable[T]{large: x}
		}
	}
	sorted := make([]keyed[T], len(added))
	for i, o := range order {
		sorted[i] = added[uint32(o)]
	}
	return keyTable[T]{sorted: sorted}
}

// group returns the entries of the group of a key of n bytes and first
// byte b, in the order they were added.
func (x *keyTable[T]) group(b byte, n int) []keyed[T] {
	g := keyGroup(b, n)
	i, _ := slices.BinarySearchFunc(x.sorted, g, func(e keyed[T], g uint32) int {
		return cmp.Compare(keyGroup(e.key[0], len(e.key)), g)
	})
	j := i
	for j < len(x.sorted) && keyGroup(x.sorted[j].key[0], len(x.sorted[j].key)) == g {
		j++
	}
	return x.sorted[i:j]
}

// Has reports whether a value was added under exactly this key.
func (x *keyTable[T]) Has(key string) bool {
	if x.large != nil {
		return x.large.Has(key)
	}
	if key == "" {
		return false
	}
	for _, e := range x.group(key[0], len(key)) {
		if e.key == key {
			return true
		}
	}
	return false
}

// Similar calls f with each key and value of the table whose key
// lex.SameNameKey matches with key, until f returns false: by key length,
// then in the order they were added. An empty key matches nothing.
func (x *keyTable[T]) Similar(key string, f func(key string, v T) bool) {
	if x.large != nil {
		x.large.Similar(key, f)
		return
	}
	if key == "" {
		return
	}
	for n := len(key) - 2; n <= len(key)+2; n++ {
		if n <= 0 || min(n, len(key)) < 5 && n != len(key) {
			continue // below 5 bytes only equal keys match
		}
		for _, e := range x.group(key[0], n) {
			if len(e.key) != n {
				continue // a key longer than maxGroupLen
			}
			if e.key == key || min(n, len(key)) >= 5 && lex.SameNameKey(key, e.key) {
				if !f(e.key, e.v) {
					return
				}
			}
		}
	}
}

// distinctKeyTable makes a table of the distinct keys of keys (none
// empty), in the order of their first time: the keys sorted by group and
// then place, each compared with the distinct keys of its group before it,
// which are few, rather than looked up in a map of them all.
func distinctKeyTable(keys []string) keyTable[struct{}] {
	order := make([]uint64, len(keys)) // group, then the key's place
	for i, k := range keys {
		order[i] = uint64(keyGroup(k[0], len(k)))<<32 | uint64(i)
	}
	slices.Sort(order)
	sorted := make([]keyed[struct{}], 0, len(keys))
	for i := 0; i < len(order); {
		g, start := order[i]>>32, len(sorted)
		for ; i < len(order) && order[i]>>32 == g; i++ {
			k := keys[uint32(order[i])]
			if !slices.ContainsFunc(sorted[start:], func(e keyed[struct{}]) bool { return e.key == k }) {
				sorted = append(sorted, keyed[struct{}]{key: k})
			}
			if len(sorted)-start > smallKeyGroup {
				x := &lex.KeyIndex[struct{}]{}
				for _, k := range keys {
					if !x.Has(k) {
						x.Add(k, struct{}{})
					}
				}
				return keyTable[struct{}]{large: x}
			}
		}
	}
	return keyTable[struct{}]{sorted: slices.Clone(sorted)} // at its size
}
