package lex

import (
	"math/bits"
	"math/rand/v2"
)

// A wordTable is the read side of the word cache (see words): an
// open-addressing table whose slots hold a word's bytes, so that a
// look-up compares two integers instead of reading the word's string, and
// hashes them with two multiplications instead of a pass over the bytes.
// Words longer than maxInline bytes, rare in text, are in a map. A
// wordTable is not changed once published, so readers need no lock.
type wordTable struct {
	slots []wordSlot // a power of two long, at most 3/4 full
	long  map[string]*Word
	n     int // words held
}

// A wordSlot holds a word of at most maxInline bytes as packWord packs it,
// or nothing when w is nil.
type wordSlot struct {
	k0, k1 uint64
	w      *Word
}

// maxInline is the longest word a slot holds: 15 bytes, and its length
// in the top byte of k1.
const maxInline = 15

// seed0 and seed1 make the table's hash differ from process to process,
// so that no input can be made to collide in it.
var seed0, seed1 = rand.Uint64(), rand.Uint64()

// packWord returns the bytes of a word of at most maxInline bytes as two
// little-endian integers, zero-padded, with its length in the top byte of
// the second: equal words, and only they, pack alike.
func packWord(s string) (k0, k1 uint64) {
	n := len(s)
	if n >= 8 {
		k0 = load64(s)
		if n > 8 {
			k1 = load64(s[n-8:]) >> (8 * (16 - n)) // bytes 8 to n
		}
	} else {
		for i := 0; i < n; i++ {
			k0 |= uint64(s[i]) << (8 * i)
		}
	}
	return k0, k1 | uint64(n)<<56
}

// load64 returns the first 8 bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

const (
	lsb      = 0x0101010101010101
	highBits = 0x80 * lsb
)

// foldASCII lower-cases the bytes of k, all of them ASCII, as Lower does:
// a byte from 'A' to 'Z' gains 0x20. Adding 0x80-'A' to a byte below 0x80
// sets its high bit when it is 'A' or more, without carrying into the next.
func foldASCII(k uint64) uint64 {
	atLeastA := k + lsb*(0x80-'A')
	pastZ := k + lsb*(0x80-'Z'-1)
	return k | (atLeastA&^pastZ&highBits)>>2
}

// hashWord mixes a packed word (wyhash's multiply-and-fold).
func hashWord(k0, k1 uint64) uint64 {
	hi, lo := bits.Mul64(k0^seed0, k1^seed1)
	return hi ^ lo
}

// newWordTable returns an empty table with room for n words.
func newWordTable(n int) *wordTable {
	size := 16
	for size*3 < n*4 {
		size *= 2
	}
	return &wordTable{slots: make([]wordSlot, size)}
}

// find returns the word packed as k0, k1, or nil.
func (t *wordTable) find(k0, k1 uint64) *Word {
	mask := uint64(len(t.slots) - 1)
	for i := hashWord(k0, k1) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.w == nil {
			return nil
		}
		if s.k0 == k0 && s.k1 == k1 {
			return s.w
		}
	}
}

// get returns the word whose lower case is lower, or nil.
func (t *wordTable) get(lower string) *Word {
	if len(lower) > maxInline {
		return t.long[lower]
	}
	return t.find(packWord(lower))
}

// add adds w, which the table does not hold, while it is being built.
func (t *wordTable) add(w *Word) {
	t.n++
	if len(w.Lower) > maxInline {
		if t.long == nil {
			t.long = map[string]*Word{}
		}
		t.long[w.Lower] = w
		return
	}
	k0, k1 := packWord(w.Lower)
	mask := uint64(len(t.slots) - 1)
	i := hashWord(k0, k1) & mask
	for t.slots[i].w != nil {
		i = (i + 1) & mask
	}
	t.slots[i] = wordSlot{k0, k1, w}
}

// each calls fn with every word of the table.
func (t *wordTable) each(fn func(*Word)) {
	for i := range t.slots {
		if w := t.slots[i].w; w != nil {
			fn(w)
		}
	}
	for _, w := range t.long {
		fn(w)
	}
}
