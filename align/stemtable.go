package align

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
)

// A stemTable maps the stems (and role keys) of a source to their
// entries: entry e's key is text[ends[e]:ends[e+1]], the keys lying one
// after another in one string. It holds what a map[string]int32 of them
// held in a third of its memory, which a long-lived source keeps for as
// long as it lives: a key's entry is given by a perfect hash of the keys
// (hash and displace, as PTHash does): the key's hash picks a bucket of
// about two keys, and the bucket's pilot, 16 bits, mixed with the hash,
// the entry; the key there is compared with the one asked. The entries are
// the places the hash gives, 0 to n-1 with a few places no key has (a
// tenth, see spareEntries: their keys are empty, and the empty key, when
// it is one, has an entry of its own, empty). The bench's sources' 11,907
// stems take 11.2 bytes each (text, ends and pilots), not 16 (text, ends,
// and slots of an open-addressing table at most three quarters full), nor
// 36 (a map's slots of key header, value and padding). A stemTable is
// immutable once made and may be shared between goroutines.
type stemTable struct {
	text string
	ends []uint32
	// long holds the keys instead of text and ends when they are more
	// than 4 GiB together, past what ends can hold (a text of 2 GiB and
	// more, of unique words, could have as many).
	long []string
	// pilots holds each bucket's pilot; m is how many entries there are
	// (places, the ones no key has included), seed the table's own.
	pilots []uint16
	m      uint32
	seed   uint64
	// empty is the entry of the empty key, -1 when it is none.
	empty int32
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
func hashKey(key string) uint64 { return hashSeeded(key, stemSeed) }

// hashSeeded is hashKey under another seed.
func hashSeeded(key string, seed uint64) uint64 {
	h := seed ^ uint64(len(key))*0x9e3779b97f4a7c15
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

// makeStemTable returns the table of keys, each distinct, and the entry
// of each key, by its place in keys.
func makeStemTable(keys []string) (stemTable, []int32) {
	b := makeStemBuilder(len(keys))
	for _, k := range keys {
		b.entry(k)
	}
	return b.table()
}

// A stemBuilder gathers the keys of a stemTable one at a time, as an
// indexer meets them, numbering them in that order: a key's number is
// found or given in one look-up of an open-addressing table, whose slots
// (a power of two, the number plus one in their low bits and a tag of
// the key's hash above, 0 where empty) double, the keys hashed again,
// when they would be more than three quarters full. The table it makes
// gives each key its entry; the slots are let go.
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

// reset empties b, with room for about n keys, in arrays it had when they
// have the room.
func (b *stemBuilder) reset(n int) {
	b.keys = reuse(b.keys, n)
	if s := slotsFor(n); cap(b.slots) >= s {
		b.slots, b.bits = b.slots[:s], uint8(bits.TrailingZeros(uint(s)))
		clear(b.slots)
	} else {
		b.grow(s)
	}
}

// release empties b, which holds no key after; its arrays stay for reset.
func (b *stemBuilder) release() {
	clear(b.keys)
	b.keys = b.keys[:0]
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

// slotTag returns the tag of a key of hash h in a slot of a builder's
// 1<<bits slots (see stemBuilder), in the slot's bits above the number's.
func slotTag(h uint64, bits uint8) uint32 { return uint32(h>>32) >> bits << bits }

// slotEntry returns the low bits of a slot of a builder's 1<<bits slots,
// which hold its key's number plus one (see stemBuilder).
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

// table returns the table of the keys added and, by the number entry
// gave each key, its entry in the table.
func (b *stemBuilder) table() (stemTable, []int32) {
	keys := b.keys
	*b = stemBuilder{}
	t := stemTable{empty: -1}
	if len(keys) == 0 {
		return t, nil
	}
	// at holds each key's entry; the empty key, which has no hash, gets
	// the entry after the others.
	at := make([]int32, len(keys))
	sp := placeSpaces.Get().(*placeSpace)
	if len(keys) <= maxPooledKeys {
		defer placeSpaces.Put(sp)
	}
	named := sp.keys[:0]
	for _, k := range keys {
		if k != "" {
			named = append(named, k)
		}
	}
	sp.keys = named
	pos := t.place(sp)
	clear(named) // the pool holds no keys
	m := int(t.m)
	if len(named) < len(keys) {
		t.empty = int32(m)
		m++
	}
	byEntry := resize(sp.byEntry, m) // entry -> its key's number plus one, 0 for none
	sp.byEntry = byEntry
	clear(byEntry)
	i := 0
	for e, k := range keys {
		if k == "" {
			at[e] = t.empty
		} else {
			at[e] = int32(pos[i])
			i++
		}
		byEntry[at[e]] = uint32(e + 1)
	}
	size := 0
	for _, k := range keys {
		size += len(k)
	}
	keyOf := func(e int) string {
		if n := byEntry[e]; n > 0 {
			return keys[n-1]
		}
		return ""
	}
	if size > maxStemText {
		t.long = make([]string, m)
		for e := range t.long {
			t.long[e] = keyOf(e)
		}
		return t, at
	}
	var sb strings.Builder
	sb.Grow(size) // the exact size
	t.ends = make([]uint32, m+1)
	for e := range m {
		sb.WriteString(keyOf(e))
		t.ends[e+1] = uint32(sb.Len())
	}
	t.text = sb.String()
	return t, at
}

// bucketKeys is how many keys a bucket of a stemTable holds on average,
// and spareEntries the share of its entries that no key has: fewer
// buckets cost fewer pilots, more spare entries less searching for them,
// and so do smaller buckets, whose keys need fewer free entries at once.
// With buckets of 5 keys and a fiftieth spare, the search took 15% of
// Batch/sources' CPU (a table for each of its 363 sources), with a tenth
// 12% of its instructions (cachegrind); with buckets of 3, a table of 150
// keys took a quarter of the time (63 -> 15 us, go test -bench, shared
// machine) and one of 12,000 half (4.8 -> 2.4 ms), and the search 2% of
// the instructions; buckets of 2 cost a byte a key in pilots rather than
// 2/3 (and 2/5 for 5).
const (
	bucketKeys   = 2
	spareEntries = 10 // one in 10
)

// A placeSpace is the reusable space of making a stemTable: the keys'
// hashes and entries, and place's arrays (see place).
type placeSpace struct {
	keys         []string
	hashes       []uint64
	pos, byEntry []uint32
	members      []int32
	count, order []uint32
	taken        []uint64
}

// placeSpaces is the pool of placeSpaces: a batch makes a table for each
// of many small sources. The space of a table of more than maxPooledKeys
// keys goes back to no pool, so that a long source's does not stay
// behind it.
var placeSpaces = sync.Pool{New: func() any { return new(placeSpace) }}

const maxPooledKeys = 1 << 12

// place finds pilots that give each of the keys of sp.keys (distinct, not
// empty) an entry no other has, and returns the entries: the buckets of
// most keys first, each pilot the first that places all of its bucket's
// keys in entries still free. A bucket that no pilot places (rare) makes
// it start again with the keys hashed under another seed (two keys of one
// hash, which no pilot parts, are then parted) and, after a few, more
// spare entries.
func (t *stemTable) place(sp *placeSpace) []uint32 {
	n := len(sp.keys)
	hashes := resize(sp.hashes, n)
	sp.hashes = hashes
	nb := (n + bucketKeys - 1) / bucketKeys
	m := n + n/spareEntries + 1
	pos := resize(sp.pos, n)
	clear(pos)
	// members holds the keys by bucket, count where each bucket's start,
	// order the buckets, those of most keys first.
	members := resize(sp.members, n)
	count := resize(sp.count, nb+1)
	order := resize(sp.order, nb)
	sp.pos, sp.members, sp.count, sp.order = pos, members, count, order
	for try := 0; ; try++ {
		t.m, t.seed = uint32(m), stemSeed^uint64(try)*0x9e3779b97f4a7c15
		for i, k := range sp.keys {
			hashes[i] = hashSeeded(k, t.seed)
		}
		t.pilots = make([]uint16, nb)
		clear(count)
		for _, h := range hashes {
			count[t.bucket(h)+1]++
		}
		var bySize [bucketKeys * 8]uint32 // buckets by size, the largest counted in the last
		for b := range nb {
			bySize[min(count[b+1], uint32(len(bySize)-1))]++
		}
		for b := range nb {
			count[b+1] += count[b]
		}
		for i, h := range hashes {
			b := t.bucket(h)
			members[pos[b]+count[b]] = int32(i) // pos: each bucket's filled so far
			pos[b]++
		}
		// A counting sort of the buckets by size, descending (the
		// largest, rare, in any order among themselves).
		next := uint32(0)
		for sz := len(bySize) - 1; sz >= 0; sz-- {
			bySize[sz], next = next, next+bySize[sz]
		}
		for b := range nb {
			sz := min(count[b+1]-count[b], uint32(len(bySize)-1))
			order[bySize[sz]] = uint32(b)
			bySize[sz]++
		}
		taken := resize(sp.taken, (m+63)/64)
		sp.taken = taken
		clear(taken)
		if t.placeAll(hashes, members, count, order, taken, pos) {
			return pos
		}
		clear(pos)
		if try%4 == 3 {
			m += m / 8
		}
	}
}

// placeAll places the buckets in order (see place), and reports whether
// each found a pilot.
func (t *stemTable) placeAll(hashes []uint64, members []int32, count, order []uint32, taken []uint64, pos []uint32) bool {
	var mine [64]uint32
	for _, b := range order {
		keys := members[count[b]:count[b+1]]
		if len(keys) == 0 {
			break // the rest are empty too
		}
		found := false
		for p := 0; p <= maxPilot && !found; p++ {
			got := mine[:0]
			found = true
			for _, k := range keys {
				e := t.entryAt(hashes[k], uint16(p))
				if taken[e>>6]&(1<<(e&63)) != 0 || slices.Contains(got, e) {
					found = false
					break
				}
				got = append(got, e)
			}
			if found {
				t.pilots[b] = uint16(p)
				for i, k := range keys {
					e := got[i]
					taken[e>>6] |= 1 << (e & 63)
					pos[k] = e
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// maxPilot is the largest pilot place tries: a variable so that a test
// can make buckets fail to be placed.
var maxPilot = math.MaxUint16

// bucket returns the bucket of a key of hash h.
func (t *stemTable) bucket(h uint64) uint32 {
	return uint32((h >> 32) * uint64(len(t.pilots)) >> 32)
}

// entryAt returns the entry that pilot p gives a key of hash h.
func (t *stemTable) entryAt(h uint64, p uint16) uint32 {
	x := fold(h ^ uint64(p)*0xbf58476d1ce4e5b9)
	return uint32(uint64(uint32(x)) * uint64(t.m) >> 32)
}

// maxStemText is the most bytes of keys a stemTable lays in one string
// (what its 32-bit ends can hold); a variable so that a test can try the
// other way.
var maxStemText = math.MaxUint32

// len returns how many entries the table has, 0 to len-1: its keys, and
// the places no key has, whose keys are empty.
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
	if key == "" {
		return t.empty, t.empty >= 0
	}
	if len(t.pilots) == 0 {
		return -1, false
	}
	h := hashSeeded(key, t.seed)
	e := t.entryAt(h, t.pilots[t.bucket(h)])
	if t.key(e) == key {
		return int32(e), true
	}
	return -1, false
}
