package score

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A keyTable holds values by name key and answers what a lex.KeyIndex of
// the same entries answers (Has, and Similar in the same order), in a
// fraction of its memory and of its making: its entries in groups of one
// first byte and length, the groups in that order and each group's entries
// in the order they were added, found by binary search. A news article's
// groups are small, and compared key by key. A group that outgrows a quick
// scan (a long source) is read as lex.NameIndex reads it, through the
// pieces of its keys, kept in flat arrays of 32-bit numbers sized exactly
// rather than in maps.
type keyTable[T any] struct {
	sorted []keyed[T]
	// The entries of the groups of more than smallKeyGroup entries (none
	// in a news article), by their places in sorted: byKey by key, then
	// place (for Has and keys under 5 bytes); pieces, the pieces of their
	// ASCII keys of 5 bytes or more by hash, then place; other, their
	// other keys of 5 bytes or more, ascending.
	byKey  []int32
	pieces []piece
	other  []int32
}

// A keyed is an entry of a keyTable: its key and its value.
type keyed[T any] struct {
	key string
	v   T
}

// A piece is a piece of the key of the entry at a place of a keyTable:
// the hash that names it (pieceHash) and the place.
type piece struct {
	hash uint32
	at   int32
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
	sorted := make([]keyed[T], len(added))
	for i, o := range order {
		sorted[i] = added[uint32(o)]
	}
	x := keyTable[T]{sorted: sorted}
	x.indexLarge()
	return x
}

// distinctKeyTable makes a table of the distinct keys of keys (none
// empty), in the order of their first time: the keys sorted by group and
// then place, each compared with the distinct keys of its group before it,
// which are few, rather than looked up in a map of them all. When a group
// has many, the keys are made distinct through a map instead.
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
				return distinctLargeKeyTable(keys)
			}
		}
	}
	return keyTable[struct{}]{sorted: slices.Clone(sorted)} // at its size
}

// distinctLargeKeyTable is distinctKeyTable for keys of which a group
// has many distinct ones.
func distinctLargeKeyTable(keys []string) keyTable[struct{}] {
	seen := make(map[string]struct{}, len(keys)/4)
	var distinct []keyed[struct{}]
	for _, k := range keys {
		if _, ok := seen[k]; !ok {
			seen[k] = struct{}{}
			distinct = append(distinct, keyed[struct{}]{key: k})
		}
	}
	return makeKeyTable(distinct)
}

// indexLarge indexes the entries of the groups of more than smallKeyGroup
// entries (see keyTable.byKey).
func (x *keyTable[T]) indexLarge() {
	var large [][2]int // the groups' places in sorted, from and to
	for i := 0; i < len(x.sorted); {
		j := x.groupEnd(i)
		if j-i > smallKeyGroup {
			large = append(large, [2]int{i, j})
		}
		i = j
	}
	if len(large) == 0 {
		return
	}
	nk, np := 0, 0
	for _, r := range large {
		nk += r[1] - r[0]
		for _, e := range x.sorted[r[0]:r[1]] {
			if len(e.key) >= 5 && isASCII(e.key) {
				np += len(pieceSplits(len(e.key)))
			}
		}
	}
	x.byKey, x.pieces = make([]int32, 0, nk), make([]piece, 0, np)
	for _, r := range large {
		for at := r[0]; at < r[1]; at++ {
			key := x.sorted[at].key
			x.byKey = append(x.byKey, int32(at))
			switch {
			case len(key) < 5:
			case isASCII(key):
				for _, s := range pieceSplits(len(key)) {
					from, to := bounds(len(key), s.k, s.j)
					x.pieces = append(x.pieces, piece{pieceHash(key[0], len(key), s.k, s.j, key[from:to]), int32(at)})
				}
			default:
				x.other = append(x.other, int32(at))
			}
		}
	}
	slices.SortFunc(x.byKey, func(a, b int32) int {
		return cmp.Or(strings.Compare(x.sorted[a].key, x.sorted[b].key), cmp.Compare(a, b))
	})
	slices.SortFunc(x.pieces, func(a, b piece) int { return cmp.Or(cmp.Compare(a.hash, b.hash), cmp.Compare(a.at, b.at)) })
	x.other = slices.Clip(x.other)
}

// large reports whether the table reads some group through its pieces.
func (x *keyTable[T]) large() bool { return x.byKey != nil }

// groupEnd returns the end of the group whose entries start at place i.
func (x *keyTable[T]) groupEnd(i int) int {
	g := keyGroup(x.sorted[i].key[0], len(x.sorted[i].key))
	j := i + 1
	for j < len(x.sorted) && keyGroup(x.sorted[j].key[0], len(x.sorted[j].key)) == g {
		j++
	}
	return j
}

// group returns the places in sorted of the entries of the group of a key
// of n bytes and first byte b, in the order they were added: from i to j.
func (x *keyTable[T]) group(b byte, n int) (i, j int) {
	g := keyGroup(b, n)
	i, found := slices.BinarySearchFunc(x.sorted, g, func(e keyed[T], g uint32) int {
		return cmp.Compare(keyGroup(e.key[0], len(e.key)), g)
	})
	if !found {
		return i, i
	}
	return i, x.groupEnd(i)
}

// equal returns the places of the entries of a large group with exactly
// this key, in the order they were added.
func (x *keyTable[T]) equal(key string) []int32 {
	i, _ := slices.BinarySearchFunc(x.byKey, key, func(at int32, key string) int { return strings.Compare(x.sorted[at].key, key) })
	j := i
	for j < len(x.byKey) && x.sorted[x.byKey[j]].key == key {
		j++
	}
	return x.byKey[i:j]
}

// Has reports whether a value was added under exactly this key.
func (x *keyTable[T]) Has(key string) bool {
	if key == "" {
		return false
	}
	i, j := x.group(key[0], len(key))
	if j-i > smallKeyGroup {
		return len(x.equal(key)) > 0
	}
	for _, e := range x.sorted[i:j] {
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
	if key == "" {
		return
	}
	var buf [64]int32
	for n := len(key) - 2; n <= len(key)+2; n++ {
		if n <= 0 || min(n, len(key)) < 5 && n != len(key) {
			continue // below 5 bytes only equal keys match
		}
		i, j := x.group(key[0], n)
		if j-i > smallKeyGroup && (min(n, len(key)) < 5 || isASCII(key)) {
			var cands []int32
			if min(n, len(key)) < 5 {
				cands = x.equal(key)
			} else {
				cands = x.candidates(buf[:0], key, n, i, j)
			}
			for _, at := range cands {
				if e := &x.sorted[at]; lex.SameNameKey(key, e.key) && !f(e.key, e.v) {
					return
				}
			}
			continue
		}
		for k := i; k < j; k++ {
			e := &x.sorted[k]
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

// candidates appends to dst the places, from i to j, of the entries of
// the large group of keys of n bytes that may lie within reach of an ASCII
// key of 5 bytes or more, ascending, each once: those that hold one of
// their pieces where key could hold it (by the pigeonhole principle, as
// lex.NameIndex finds them), and every key that is not ASCII.
func (x *keyTable[T]) candidates(dst []int32, key string, n, i, j int) []int32 {
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
			h := pieceHash(key[0], n, k, p, key[at:at+size])
			q, _ := slices.BinarySearchFunc(x.pieces, h, func(e piece, h uint32) int { return cmp.Compare(e.hash, h) })
			for ; q < len(x.pieces) && x.pieces[q].hash == h; q++ {
				if a := int(x.pieces[q].at); i <= a && a < j {
					dst = append(dst, x.pieces[q].at) // not another group's piece of the same hash
				}
			}
		}
	}
	lo, _ := slices.BinarySearch(x.other, int32(i))
	for ; lo < len(x.other) && int(x.other[lo]) < j; lo++ {
		dst = append(dst, x.other[lo])
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// A split names piece j of k+1 of a key.
type split struct{ k, j int }

var (
	halves       = []split{{1, 0}, {1, 1}}
	halvesThirds = []split{{1, 0}, {1, 1}, {2, 0}, {2, 1}, {2, 2}}
)

// pieceSplits returns the pieces under which an ASCII key of n bytes (5 or
// more) is filed: its halves (one edit leaves one untouched) and, from 9
// bytes, where SameNameKey allows two edits, its thirds.
func pieceSplits(n int) []split {
	if n >= 9 {
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
