package lex

// A KeyIndex holds values by name key (see NameKey), grouped by the key's
// first byte and length: SameNameKey matches only keys that share the
// first byte and differ in length by at most two, so a look-up reads five
// groups rather than every key. The zero value is an empty index, ready to
// use; a KeyIndex is not safe for concurrent writes, but once built it may
// be read by many goroutines.
type KeyIndex[T any] struct {
	groups map[keyGroup][]keyed[T]
}

type keyGroup struct {
	first byte
	n     int
}

type keyed[T any] struct {
	key string
	v   T
}

// Add adds a value under a key; an empty key is ignored.
func (x *KeyIndex[T]) Add(key string, v T) {
	if key == "" {
		return
	}
	if x.groups == nil {
		x.groups = map[keyGroup][]keyed[T]{}
	}
	g := keyGroup{key[0], len(key)}
	x.groups[g] = append(x.groups[g], keyed[T]{key, v})
}

// Similar calls f with each key and value of the index whose key
// SameNameKey matches with key, until f returns false: by key length, then
// in the order they were added. An empty key matches nothing.
func (x *KeyIndex[T]) Similar(key string, f func(key string, v T) bool) {
	if key == "" {
		return
	}
	for l := len(key) - 2; l <= len(key)+2; l++ {
		g := x.groups[keyGroup{key[0], l}]
		for i := range g {
			if SameNameKey(key, g[i].key) && !f(g[i].key, g[i].v) {
				return
			}
		}
	}
}
