package claims

import "github.com/google/go-cmp/cmp"

// TokensEqual compares tokens by what their methods and fields give, for
// tests that compare tokens (or statements) with cmp.
var TokensEqual = cmp.Comparer(func(a, b Token) bool {
	return a.Text() == b.Text() && a.Start() == b.Start() && a.End() == b.End() && a.Kind == b.Kind &&
		a.flags&(1<<formShift-1) == b.flags&(1<<formShift-1) &&
		a.Lower() == b.Lower() && a.Stem() == b.Stem() && a.NameKey() == b.NameKey() && a.class() == b.class()
})
