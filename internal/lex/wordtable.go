package lex

import (
	"math/bits"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"unsafe"
)

// A table is the read side of a Cache (such as the word cache): an
// open-addressing table whose slots hold a key's bytes, so that a look-up
// compares two integers instead of reading the key's string, and hashes
// them with two multiplications instead of a pass over the bytes. Keys
// longer than maxInline bytes, rare in text, are in a map. Readers need no
// lock: a slot, once it holds a value, never changes, and a value is
// added to an empty slot by storing its key, then its value atomically,
// so that a reader that sees the value sees its key; the map is not
// changed once published.
type table[V any] struct {
	slots []slot[V] // a power of two long, at most 3/4 full
	long  map[string]*V
	n     int // values held in slots
}

// A slot holds a key of at most maxInline bytes as packWord packs it, and
// its value, or nothing when v is nil.
type slot[V any] struct {
	k0, k1 uint64
	v      unsafe.Pointer // a *V, read and written atomically
}

// value returns the value of s, nil for none.
func (s *slot[V]) value() *V { return (*V)(atomic.LoadPointer(&s.v)) }

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
	switch {
	case n >= 8:
		k0 = load64(s)
		if n > 8 {
			k1 = load64(s[n-8:]) >> (8 * (16 - n)) // bytes 8 to n
		}
	case n >= 4:
		// Two loads that overlap: the bytes read twice are or-ed with
		// themselves.
		k0 = load32(s) | load32(s[n-4:])<<(8*(n-4))
	case n >= 2:
		k0 = load16(s) | load16(s[n-2:])<<(8*(n-2))
	case n == 1:
		k0 = uint64(s[0])
	}
	return k0, k1 | uint64(n)<<56
}

// load32 returns the first 4 bytes of s, little-endian.
func load32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// load16 returns the first 2 bytes of s, little-endian.
func load16(s string) uint64 {
	_ = s[1]
	return uint64(s[0]) | uint64(s[1])<<8
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

// newTable returns an empty table with room for n values.
func newTable[V any](n int) *table[V] {
	size := 16
	for size*3 < n*4 {
		size *= 2
	}
	return &table[V]{slots: make([]slot[V], size)}
}

// find returns the value of the key packed as k0, k1, or nil.
func (t *table[V]) find(k0, k1 uint64) *V {
	mask := uint64(len(t.slots) - 1)
	for i := hashWord(k0, k1) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		v := s.value()
		if v == nil {
			return nil
		}
		if s.k0 == k0 && s.k1 == k1 {
			return v
		}
	}
}

// get returns the value of key, or nil.
func (t *table[V]) get(key string) *V {
	if len(key) > maxInline {
		return t.long[key]
	}
	return t.find(packWord(key))
}

// add adds the value v of key, which the table does not hold, while it
// is being built.
func (t *table[V]) add(key string, v *V) {
	if len(key) > maxInline {
		if t.long == nil {
			t.long = map[string]*V{}
		}
		t.long[key] = v
		return
	}
	k0, k1 := packWord(key)
	t.addPacked(k0, k1, v)
}

// addPacked adds the value v of the key packed as k0, k1.
func (t *table[V]) addPacked(k0, k1 uint64, v *V) {
	t.n++
	mask := uint64(len(t.slots) - 1)
	i := hashWord(k0, k1) & mask
	for t.slots[i].value() != nil {
		i = (i + 1) & mask
	}
	s := &t.slots[i]
	s.k0, s.k1 = k0, k1
	atomic.StorePointer(&s.v, unsafe.Pointer(v)) // after the key: a reader that sees v sees its key
}

// each calls fn with every value of the table.
func (t *table[V]) each(fn func(*V)) {
	for i := range t.slots {
		if v := t.slots[i].value(); v != nil {
			fn(v)
		}
	}
	for _, v := range t.long {
		fn(v)
	}
}

// A Cache is a bounded, concurrency-safe cache of values by string key,
// which never changes or drops a value once it holds it. Look-ups read a
// table through an atomic pointer, without a lock. A new value of a key
// of at most maxInline bytes goes into an empty slot of the table at once,
// under a lock (a table three quarters full is copied into one twice as
// large, so each value is copied once on average); one of a longer key
// goes to a map of its own under the lock, merged into a new map of the
// table's once they are a quarter as many as those it holds. The zero
// Cache holds nothing and takes up to Max values.
type Cache[V any] struct {
	// Max bounds the cache, so that a stream of unique junk keys (binary
	// data, hashes) cannot grow memory without limit.
	Max   int
	read  atomic.Pointer[table[V]]
	mu    sync.Mutex
	dirty map[string]*V // values of long keys not in read yet
	n     int           // values in read and dirty
	// hits counts the look-ups that dirty answered since read's map was
	// made: once they are as many as dirty holds and a quarter of the
	// long keys, dirty's values move to read (the copy of every value
	// that costs is paid for by as many look-ups under the lock saved),
	// so that values added late are not looked up under the lock for as
	// long as the process runs.
	hits int
	// full is set once the cache has refused a value for want of room.
	full atomic.Bool
}

// Get returns the value of key, or nil when the cache does not hold it.
func (c *Cache[V]) Get(key string) *V {
	if t := c.read.Load(); t != nil {
		if v := t.get(key); v != nil {
			return v
		}
	}
	if len(key) <= maxInline {
		return nil // a short key is in the table once added
	}
	return c.dirtyGet(key)
}

// dirtyGet returns the value of a long key if it is cached but not yet in
// the table's map.
func (c *Cache[V]) dirtyGet(key string) *V {
	c.mu.Lock()
	v := c.dirty[key]
	if v != nil {
		c.hits++
		if t := c.read.Load(); c.hits >= max(len(c.dirty), len(t.long)/4) {
			c.promote(t)
		}
	}
	c.mu.Unlock()
	return v
}

// Add caches v as the value of key, unless the cache holds one already or
// is full: it returns the value cached for key, and whether there is one
// (false when the cache is full and v is not held). key must not pin a
// larger string in memory (clone it). mark, when not nil, is called with v
// before any other goroutine can see it.
func (c *Cache[V]) Add(key string, v *V, mark func(*V)) (*V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	read := c.read.Load()
	if read != nil {
		if cv := read.get(key); cv != nil {
			return cv, true
		}
	}
	if len(key) > maxInline {
		if cv, ok := c.dirty[key]; ok {
			return cv, true
		}
	}
	if c.n >= c.Max {
		c.full.Store(true)
		return v, false
	}
	if mark != nil {
		mark(v)
	}
	c.n++
	if read == nil {
		read = newTable[V](64)
		c.read.Store(read)
	}
	if len(key) <= maxInline {
		if (read.n+1)*4 > len(read.slots)*3 {
			read = c.grow(read)
		}
		k0, k1 := packWord(key)
		read.addPacked(k0, k1, v)
		return v, true
	}
	if c.dirty == nil {
		c.dirty = map[string]*V{}
	}
	c.dirty[key] = v
	if len(c.dirty) > len(read.long)/4 {
		c.promote(read)
	}
	return v, true
}

// grow publishes a table of twice read's slots holding its values, and
// returns it; c.mu is held.
func (c *Cache[V]) grow(read *table[V]) *table[V] {
	t := &table[V]{slots: make([]slot[V], 2*len(read.slots)), long: read.long}
	for i := range read.slots {
		if s := &read.slots[i]; s.value() != nil {
			t.addPacked(s.k0, s.k1, s.value())
		}
	}
	c.read.Store(t)
	return t
}

// promote publishes a table of read's slots and a new map of the values
// of read's map and dirty, and empties dirty; c.mu is held.
func (c *Cache[V]) promote(read *table[V]) {
	long := make(map[string]*V, len(read.long)+len(c.dirty))
	for k, v := range read.long {
		long[k] = v
	}
	for k, v := range c.dirty {
		long[k] = v
	}
	// The slots are shared: they are added to in place, under c.mu,
	// through whichever table is published.
	c.read.Store(&table[V]{slots: read.slots, long: long, n: read.n})
	c.dirty = nil
	c.hits = 0
}

// Len returns how many values the cache holds.
func (c *Cache[V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
