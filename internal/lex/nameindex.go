package lex

import "slices"

// A NameIndex holds name keys (see NameKey), each added as an entry with a
// number, and finds the entries whose key SameNameKey matches with a given
// key without comparing it with every key of the same first byte and
// length: a long source holds tens of thousands of them.
//
// It relies on the pigeonhole principle: if two keys are within k edits,
// then of k+1 pieces of one, at least one is untouched and appears in the
// other at most k bytes from where it lies. Each key of 5 bytes or more in
// a group (first byte and length) of more than smallGroup keys is filed
// under its pieces for k = 1 (two halves) and, from 9 bytes, k = 2 (three
// thirds); a look-up reads the places of the given key where those pieces
// could be, and tests only the keys found there with SameNameKey. The keys
// of smaller groups (all of a news article's) are compared one by one,
// which is quicker and costs no memory, as are keys that are not ASCII,
// whose edits are counted in runes.
//
// The zero NameIndex is empty and ready to use. Add must not run at the same
// time as Similar; Similar may run concurrently with itself.
type NameIndex struct {
	keys   []string         // key number -> key
	number map[string]int32 // key -> key number
	// The entries of key kn are first[kn], next[first[kn]], ... until -1,
	// ascending; last[kn] is the final one. of[e] is the key of entry e.
	first, last, next, of []int32
	// groups maps a group (first byte, length) to its key numbers,
	// ascending: the list that starts at lists[groups[g]].head and goes on
	// through inGroup, -1 at its end.
	groups  map[group]int32
	lists   []groupList
	inGroup []int32 // key number -> the next key number of its group
	// pieces maps the hash of a piece to a chain of nodes, each naming a
	// key that holds a piece with that hash: a collision only adds a key
	// that SameNameKey then rejects.
	pieces map[uint64]int32
	nodes  []node
	other  map[group][]int32 // (first byte, length) -> non-ASCII key numbers; nil until one comes
}

// A group is a first byte and a length, in one word so that a map hashes
// it quickly.
type group uint64

func groupOf(first byte, n int) group { return group(first)<<56 | group(n) }

// A groupList is the list of the key numbers of a group: its first and
// last, and how many.
type groupList struct{ head, tail, n int32 }

// group returns the list of a group's key numbers.
func (x *NameIndex) group(g group) groupList {
	if i, ok := x.groups[g]; ok {
		return x.lists[i]
	}
	return groupList{head: -1}
}

// appendKeys appends the key numbers of a group's list to dst, ascending.
func (x *NameIndex) appendKeys(dst []int32, l groupList) []int32 {
	for kn := l.head; kn >= 0; kn = x.inGroup[kn] {
		dst = append(dst, kn)
	}
	return dst
}

type node struct{ key, next int32 }

// pieceHash is FNV-1a over what names a piece: part j of k+1 of the keys
// of n bytes that start with first, and its text.
func pieceHash(first byte, n, k, j int, text string) uint64 {
	h := uint64(14695981039346656037)
	for _, b := range [...]byte{first, byte(n), byte(n >> 8), byte(k), byte(j)} {
		h ^= uint64(b)
		h *= 1099511628211
	}
	for i := 0; i < len(text); i++ {
		h ^= uint64(text[i])
		h *= 1099511628211
	}
	return h
}

// smallGroup is the size of a group below which a look-up compares its keys
// one by one rather than reading pieces: a news article's names.
const smallGroup = 48

// Add files a key as a new entry and returns the entry's number: 0 for the
// first, then 1, 2, ...
func (x *NameIndex) Add(key string) int32 {
	if x.number == nil {
		// Room for an article's names or words from the start: the maps
		// and lists would otherwise grow five or six times.
		const n = 64
		x.number = make(map[string]int32, n)
		x.groups = make(map[group]int32, n/2)
		x.keys = make([]string, 0, n)
		ids := make([]int32, 0, 5*n)
		x.first, x.last, x.next, x.of = ids[0:0:n], ids[n:n:2*n], ids[2*n:2*n:3*n], ids[3*n:3*n:4*n]
		x.inGroup = ids[4*n : 4*n : 5*n]
	}
	id := int32(len(x.next))
	x.next = append(x.next, -1)
	if kn, ok := x.number[key]; ok {
		x.next[x.last[kn]] = id
		x.last[kn] = id
		x.of = append(x.of, kn)
		return id
	}
	kn := int32(len(x.keys))
	x.of = append(x.of, kn)
	x.number[key] = kn
	x.keys = append(x.keys, key)
	x.first = append(x.first, id)
	x.last = append(x.last, id)
	x.inGroup = append(x.inGroup, -1)
	if key == "" {
		return id
	}
	g := groupOf(key[0], len(key))
	gi, ok := x.groups[g]
	if !ok {
		gi = int32(len(x.lists))
		x.groups[g] = gi
		x.lists = append(x.lists, groupList{head: kn, tail: kn})
	} else {
		x.inGroup[x.lists[gi].tail] = kn
		x.lists[gi].tail = kn
	}
	x.lists[gi].n++
	if len(key) < 5 {
		return id
	}
	ascii := isASCII(key)
	if !ascii {
		if x.other == nil {
			x.other = map[group][]int32{}
		}
		x.other[g] = append(x.other[g], kn)
	}
	switch n := x.lists[gi].n; {
	case n == smallGroup+1:
		// The group outgrows a scan: its keys are filed under their pieces
		// from now on, those before this one included.
		for k := x.lists[gi].head; k >= 0; k = x.inGroup[k] {
			if isASCII(x.keys[k]) {
				x.file(k)
			}
		}
	case n > smallGroup+1 && ascii:
		x.file(kn)
	}
	return id
}

// file files key number kn under its pieces.
func (x *NameIndex) file(kn int32) {
	key := x.keys[kn]
	for k := 1; k <= 2; k++ {
		if k == 2 && len(key) < 9 {
			break
		}
		for j := 0; j <= k; j++ {
			from, to := bounds(len(key), k, j)
			h := pieceHash(key[0], len(key), k, j, key[from:to])
			if x.pieces == nil {
				x.pieces = map[uint64]int32{}
			}
			head, ok := x.pieces[h]
			if !ok {
				head = -1
			}
			x.pieces[h] = int32(len(x.nodes))
			x.nodes = append(x.nodes, node{kn, head})
		}
	}
}

// Key returns the key of an entry.
func (x *NameIndex) Key(entry int32) string { return x.keys[x.of[entry]] }

// Has reports whether the key has been added.
func (x *NameIndex) Has(key string) bool {
	_, ok := x.number[key]
	return ok
}

// bounds returns where piece j of k+1 of a key of n bytes lies.
func bounds(n, k, j int) (from, to int) {
	return j * n / (k + 1), (j + 1) * n / (k + 1)
}

// Similar calls f with each entry whose key SameNameKey matches with key,
// until f returns false: the entries of keys two bytes shorter first, then
// one shorter, ... two longer, and among keys of one length in the order
// they were added. It is the order of a scan of the keys grouped by first
// byte and length.
func (x *NameIndex) Similar(key string, f func(entry int32) bool) {
	if key == "" || x.number == nil {
		return
	}
	var buf [64]int32
	for n := max(1, len(key)-2); n <= len(key)+2; n++ {
		all := x.group(groupOf(key[0], n))
		if all.n == 0 {
			continue
		}
		var cands []int32
		switch {
		case n == len(key) && min(n, len(key)) < 5:
			if kn, ok := x.number[key]; ok {
				cands = append(buf[:0], kn)
			}
		case min(n, len(key)) < 5:
			continue // only equal keys match below 5 bytes
		case all.n <= smallGroup || !isASCII(key):
			cands = x.appendKeys(buf[:0], all)
		default:
			cands = x.lookup(buf[:0], key, n)
		}
		// The entries of the matching keys, in the order they were added.
		var ids []int32
		for _, kn := range cands {
			if SameNameKey(key, x.keys[kn]) {
				for e := x.first[kn]; e >= 0; e = x.next[e] {
					ids = append(ids, e)
				}
			}
		}
		if len(cands) > 1 {
			slices.Sort(ids)
		}
		for _, id := range ids {
			if !f(id) {
				return
			}
		}
	}
}

// lookup appends to dst the numbers of the keys of length n that may lie
// within reach of key: the ASCII keys that hold one of their pieces where
// key could hold it, and every key that is not ASCII. Each comes once.
func (x *NameIndex) lookup(dst []int32, key string, n int) []int32 {
	k := 1
	if min(n, len(key)) >= 9 {
		k = 2
	}
	// An ASCII key whose length differs by more than k needs more edits
	// than SameNameKey allows.
	for j := 0; j <= k && n-len(key) >= -k && n-len(key) <= k; j++ {
		from, to := bounds(n, k, j)
		size := to - from
		for d := -k; d <= k; d++ {
			at := from + d
			if at < 0 || at+size > len(key) {
				continue
			}
			head, ok := x.pieces[pieceHash(key[0], n, k, j, key[at:at+size])]
			for ; ok && head >= 0; head = x.nodes[head].next {
				dst = append(dst, x.nodes[head].key)
			}
		}
	}
	dst = append(dst, x.other[groupOf(key[0], n)]...)
	slices.Sort(dst)
	return slices.Compact(dst)
}
