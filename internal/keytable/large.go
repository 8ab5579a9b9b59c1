// The index of a Table's large groups: the heads of their keys in blocks
// of 16-bit places, and the pieces of each key that a near key must share.

package keytable

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

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
		// distinct keys has none, and holds no array of zeros.
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

// candidates appends to dst the places of the entries of the large
// group g of keys of n bytes that may lie within reach of an ASCII
// key of 5 bytes or more, ascending, each once: those that hold one of
// their pieces where key could hold it (by the pigeonhole principle, as
// lex.NameIndex finds them), and every key that is not ASCII.
func (x *Table[T]) candidates(dst []int32, key string, n, g int) []int32 {
	lo, hi := x.blocksOf(g)
	k, reach := editsAllowed(n, len(key))
	for p := 0; reach && p <= k; p++ {
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

// editsAllowed returns how many edits lex.SameNameKey allows between an
// ASCII key of keyLen bytes and one of n (both 5 or more): 1, and 2 from 9
// bytes; and whether the lengths are within them, since a key whose
// length differs by more needs more edits. Table.candidates and
// Set.candidates split keys into k+1 pieces by it.
func editsAllowed(n, keyLen int) (k int, reach bool) {
	k = 1
	if min(n, keyLen) >= 9 {
		k = 2
	}
	return k, n-keyLen >= -k && n-keyLen <= k
}
