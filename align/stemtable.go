package align

import "hash/maphash"

// A stemTable maps the stems (and role keys) of a source to their
// entries, 0 to n-1: entry e's key is keys[e]. It holds what a
// map[string]int32 of them held in about 60% of its memory (21 bytes an
// entry, not 36: the map's slots of key, value and padding, at the map's
// load), which a long-lived source keeps for as long as it lives. slots,
// a power of two long and at most three quarters full, holds e+1 where
// key e's hash leads, or the first empty slot after (linear probing), 0
// where empty; tags holds the top 8 bits of the hash of each slot's key,
// so that a probe compares a key only when its tag matches. A stemTable
// is immutable once made and may be shared between goroutines.
type stemTable struct {
	keys  []string
	slots []uint32
	tags  []uint8
}

// stemSeed seeds the hashes of every stemTable: the table answers the
// same whatever the seed, so one per process will do.
var stemSeed = maphash.MakeSeed()

// makeStemTable returns the table of keys, each distinct: key e is entry
// e. It keeps keys, or a copy of their exact size when more than a
// sixteenth of their array is spare.
func makeStemTable(keys []string) stemTable {
	if len(keys) == 0 {
		return stemTable{}
	}
	if cap(keys)-len(keys) > len(keys)/16 {
		keys = append(make([]string, 0, len(keys)), keys...)
	}
	t := stemTable{keys: keys}
	n := 8
	for 3*n < 4*len(keys) {
		n *= 2
	}
	t.slots, t.tags = make([]uint32, n), make([]uint8, n)
	mask := uint64(n - 1)
	for e, k := range keys {
		h := maphash.String(stemSeed, k)
		i := h & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i], t.tags[i] = uint32(e+1), uint8(h>>56)
	}
	return t
}

// get returns the entry of key, and whether the table holds it.
func (t *stemTable) get(key string) (int32, bool) {
	if len(t.slots) == 0 {
		return -1, false
	}
	h := maphash.String(stemSeed, key)
	mask, tag := uint64(len(t.slots)-1), uint8(h>>56)
	for i := h & mask; ; i = (i + 1) & mask {
		e := t.slots[i]
		if e == 0 {
			return -1, false
		}
		if t.tags[i] == tag && t.keys[e-1] == key {
			return int32(e - 1), true
		}
	}
}
