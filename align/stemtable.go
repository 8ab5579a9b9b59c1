package align

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"strings"
)

// A stemTable maps the stems (and role keys) of a source to their
// entries, 0 to n-1: entry e's key is text[ends[e]:ends[e+1]], the keys
// lying one after another in one string. It holds what a map[string]int32
// of them held in less than half its memory (16 bytes an entry, not 36:
// the map's slots of key header, value and padding, at the map's load;
// pprof inuse_space over the bench's sources joined), which a long-lived
// source keeps for as long as it lives. slots, a power of two long
// (1<<bits) and at most three quarters full, holds where key e's hash
// leads, or in the first empty slot after (linear probing), e+1 in its
// low bits (e+1 is below 1<<bits) and, above them, as a tag, the top
// 32-bits bits of the hash's upper half, so that a probe compares a key
// only when its tag matches (the tags had an array of their own, a byte
// a slot); 0 where empty. A stemTable is immutable once made and may be
// shared between goroutines.
type stemTable struct {
	text  string
	ends  []uint32
	slots []uint32
	bits  uint8
	// long holds the keys instead of text and ends when they are more
	// than 4 GiB together, past what ends can hold (a text of 2 GiB and
	// more, of unique words, could have as many).
	long []string
}

// stemSeed seeds the hashes of every stemTable: the table answers the
// same whatever the seed, so one per process will do; a random one keeps
// a text made to collide from slowing its look-ups.
var stemSeed = rand.Uint64()

// hashKey is a seeded 64-bit hash of key, inline: its bytes in words of 8
// (the last 1 to 8 in two overlapping loads, as wyhash reads them), each
// folded in by a 128-bit multiply whose halves are added. A stem is a few
// bytes, which maphash.String reached through two calls that took half
// the time of a look-up (cachegrind of Batch/sources).
func hashKey(key string) uint64 {
	h := stemSeed ^ uint64(len(key))*0x9e3779b97f4a7c15
	for len(key) > 8 {
		h = fold(h ^ le64(key) ^ 0xa0761d6478bd642f)
		key = key[8:]
	}
	var a, b uint64
	switch m := len(key); {
	case m >= 4:
		a, b = le32(key), le32(key[m-4:])
	case m > 0:
		a = uint64(key[0])<<16 | uint64(key[m>>1])<<8 | uint64(key[m-1])
	}
	return fold(h ^ a<<32 ^ b ^ 0xe7037ed1a0b428db)
}

// fold mixes x by a 128-bit multiply, its two halves xored.
func fold(x uint64) uint64 {
	hi, lo := bits.Mul64(x, 0x8ebc6af09c88c6e3)
	return hi ^ lo
}

// le64 and le32 read the first 8 and 4 bytes of s, little-endian (one
// load each where the machine allows).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// makeStemTable returns the table of keys, each distinct: key e is entry
// e.
func makeStemTable(keys []string) stemTable {
	b := makeStemBuilder(len(keys))
	for _, k := range keys {
		b.entry(k)
	}
	return b.table()
}

// A stemBuilder makes a stemTable one key at a time, as an indexer meets
// them: a key's entry is found or added in one look-up, and the slots
// double (the keys hashed again) when they would be more than three
// quarters full, so that the table made has the slots a table of its
// keys made at once would have.
type stemBuilder struct {
	keys  []string
	slots []uint32
	bits  uint8
}

// makeStemBuilder returns a builder with room for about n keys.
func makeStemBuilder(n int) stemBuilder {
	b := stemBuilder{keys: make([]string, 0, n)}
	b.grow(slotsFor(n))
	return b
}

// slotsFor returns the slots of a table of n keys: the least power of two,
// 8 or more, that n fill at most three quarters of.
func slotsFor(n int) int {
	s := 8
	for 3*s < 4*n {
		s *= 2
	}
	return s
}

// grow lays the keys in n slots, a power of two.
func (b *stemBuilder) grow(n int) {
	b.slots, b.bits = make([]uint32, n), uint8(bits.TrailingZeros(uint(n)))
	mask := uint64(n - 1)
	for e, k := range b.keys {
		h := hashKey(k)
		i := h & mask
		for b.slots[i] != 0 {
			i = (i + 1) & mask
		}
		b.slots[i] = slotTag(h, b.bits) | uint32(e+1)
	}
}

// slotTag returns the tag of a key of hash h in a slot of a table of
// 1<<bits slots (see stemTable), in the slot's bits above the entry's.
func slotTag(h uint64, bits uint8) uint32 { return uint32(h>>32) >> bits << bits }

// slotEntry returns the low bits of a slot of a table of 1<<bits slots,
// which hold its entry plus one (see stemTable).
func slotEntry(s uint32, bits uint8) uint32 { return s & (1<<bits - 1) }

// entry returns the entry of key, added as the next when it is new, and
// whether it was.
func (b *stemBuilder) entry(key string) (e int32, added bool) {
	h := hashKey(key)
	mask, tag := uint64(len(b.slots)-1), slotTag(h, b.bits)
	i := h & mask
	for ; b.slots[i] != 0; i = (i + 1) & mask {
		if s := b.slots[i]; s^tag == slotEntry(s, b.bits) && b.keys[slotEntry(s, b.bits)-1] == key {
			return int32(slotEntry(s, b.bits) - 1), false
		}
	}
	if 3*len(b.slots) < 4*(len(b.keys)+1) {
		b.keys = append(b.keys, key)
		b.grow(2 * len(b.slots))
		return int32(len(b.keys) - 1), true
	}
	b.keys = append(b.keys, key)
	b.slots[i] = tag | uint32(len(b.keys))
	return int32(len(b.keys) - 1), true
}

// table returns the table of the keys added, the builder's slots kept:
// the keys move into one string of their exact size (or an array of their
// exact size past maxStemText).
func (b *stemBuilder) table() stemTable {
	if len(b.keys) == 0 {
		return stemTable{}
	}
	t := stemTable{slots: b.slots, bits: b.bits}
	size := 0
	for _, k := range b.keys {
		size += len(k)
	}
	if size > maxStemText {
		t.long = append(make([]string, 0, len(b.keys)), b.keys...)
	} else {
		var sb strings.Builder
		sb.Grow(size) // the exact size
		t.ends = make([]uint32, len(b.keys)+1)
		for e, k := range b.keys {
			sb.WriteString(k)
			t.ends[e+1] = uint32(sb.Len())
		}
		t.text = sb.String()
	}
	*b = stemBuilder{}
	return t
}

// maxStemText is the most bytes of keys a stemTable lays in one string
// (what its 32-bit ends can hold); a variable so that a test can try the
// other way.
var maxStemText = math.MaxUint32

// len returns how many keys the table holds; they are entries 0 to len-1.
func (t *stemTable) len() int {
	if t.long != nil {
		return len(t.long)
	}
	return max(len(t.ends)-1, 0)
}

// key returns the key of entry e.
func (t *stemTable) key(e uint32) string {
	if t.long != nil {
		return t.long[e]
	}
	return t.text[t.ends[e]:t.ends[e+1]]
}

// get returns the entry of key, and whether the table holds it.
func (t *stemTable) get(key string) (int32, bool) {
	if len(t.slots) == 0 {
		return -1, false
	}
	h := hashKey(key)
	mask, tag := uint64(len(t.slots)-1), slotTag(h, t.bits)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1, false
		}
		if e := slotEntry(s, t.bits); s^tag == e && t.key(e-1) == key {
			return int32(e - 1), true
		}
	}
}
