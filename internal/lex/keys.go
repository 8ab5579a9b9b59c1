package lex

// A KeyIndex holds values by name key (see NameKey) and finds those whose
// key SameNameKey matches with a given key, through a NameIndex: a look-up
// reads a few pieces of the key rather than every key of the same first
// byte and length. The zero value is an empty index, ready to use; a
// KeyIndex is not safe for concurrent writes, but once built it may be read
// by many goroutines.
type KeyIndex[T any] struct {
	names NameIndex
	vals  []T // by entry
}

// Add adds a value under a key; an empty key is ignored.
func (x *KeyIndex[T]) Add(key string, v T) {
	if key == "" {
		return
	}
	x.names.Add(key)
	x.vals = append(x.vals, v)
}

// Similar calls f with each key and value of the index whose key
// SameNameKey matches with key, until f returns false: by key length, then
// in the order they were added. An empty key matches nothing.
func (x *KeyIndex[T]) Similar(key string, f func(key string, v T) bool) {
	x.names.Similar(key, func(e int32) bool { return f(x.names.Key(e), x.vals[e]) })
}

// Has reports whether a value was added under exactly this key.
func (x *KeyIndex[T]) Has(key string) bool { return x.names.Has(key) }
