package claims

import (
	"hash/maphash"
	"sync"
)

// A stemSet holds a true or false by stem, as a map[string]bool would,
// for the per-document sets of Parse (midCaps, commonWords): an
// open-addressing table of the stems' places in an array, at most half
// full, which a pooled set reuses from text to text without allocating,
// and clears only as far as it was used. The nil *stemSet is empty.
type stemSet struct {
	stems []string
	vals  []bool
	slots []int32 // place in stems + 1, or 0; a power of two long
	used  int     // len(slots) in use: slots[used:] are not read
}

// stemSeed seeds the sets' hash: a process's own, so that no input can be
// made to collide in them.
var stemSeed = maphash.MakeSeed()

// len returns how many stems s holds.
func (s *stemSet) len() int {
	if s == nil {
		return 0
	}
	return len(s.stems)
}

// slot returns where stem is, or the empty slot where it would go.
func (s *stemSet) slot(stem string) int {
	mask := s.used - 1
	for i := int(maphash.String(stemSeed, stem)) & mask; ; i = (i + 1) & mask {
		if p := s.slots[i]; p == 0 || s.stems[p-1] == stem {
			return i
		}
	}
}

// get returns the value of stem: false when s does not hold it.
func (s *stemSet) get(stem string) bool {
	if s == nil || len(s.stems) == 0 {
		return false
	}
	if p := s.slots[s.slot(stem)]; p != 0 {
		return s.vals[p-1]
	}
	return false
}

// has reports whether s holds stem.
func (s *stemSet) has(stem string) bool {
	return s.len() > 0 && s.slots[s.slot(stem)] != 0
}

// set gives stem the value v, adding it if s does not hold it.
func (s *stemSet) set(stem string, v bool) {
	if (len(s.stems)+1)*2 > s.used {
		s.grow()
	}
	i := s.slot(stem)
	if p := s.slots[i]; p != 0 {
		s.vals[p-1] = v
		return
	}
	s.stems = append(s.stems, stem)
	s.vals = append(s.vals, v)
	s.slots[i] = int32(len(s.stems))
}

// mark sets the value of stem to true if s holds it.
func (s *stemSet) mark(stem string) {
	if s.len() == 0 {
		return
	}
	if p := s.slots[s.slot(stem)]; p != 0 {
		s.vals[p-1] = true
	}
}

// grow doubles the slots in use (64 at first), and files the stems anew.
func (s *stemSet) grow() {
	n := max(64, 2*s.used)
	if cap(s.slots) >= n {
		s.slots = s.slots[:n]
		clear(s.slots)
	} else {
		s.slots = make([]int32, n)
	}
	s.used = n
	for k, stem := range s.stems {
		s.slots[s.slot(stem)] = int32(k + 1)
	}
}

// reset empties s for reuse: it keeps no stem.
func (s *stemSet) reset() {
	clear(s.stems)
	s.stems, s.vals = s.stems[:0], s.vals[:0]
	s.used = 0 // grow clears the slots it puts in use
}

// stemSets are the sets that Parse reuses from text to text.
var stemSets = sync.Pool{New: func() any { return new(stemSet) }}
