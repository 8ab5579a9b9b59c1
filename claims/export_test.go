package claims

import "github.com/google/go-cmp/cmp"

// TokensEqual compares tokens by what their methods and fields give, for
// tests that compare tokens (or statements) with cmp.
var TokensEqual = cmp.Comparer(func(a, b Token) bool {
	return a.Text() == b.Text() && a.Start() == b.Start() && a.End() == b.End() && a.Kind == b.Kind &&
		a.flags&(1<<formShift-1) == b.flags&(1<<formShift-1) &&
		a.Lower() == b.Lower() && a.Stem() == b.Stem() && a.NameKey() == b.NameKey() && a.class() == b.class()
})

// Flat is what a statement gives through its fields and methods, for
// tests that compare statements: a statement's own fields are spans into
// its document's arrays, which differ between documents that hold the
// same statements (a window of a text and the whole).
type Flat struct {
	Sentence
	Tokens   []Token
	Numbers  []Number
	Dates    []Date
	Relative []RelativeDate
	Entities []Entity
	Quotes   []Quote
	Cues     []Cue
	Dangling []int
}

// Flatten returns the Flat of each statement.
func Flatten(sts []Statement) []Flat {
	var fs []Flat
	if sts != nil {
		fs = make([]Flat, 0, len(sts))
	}
	for i := range sts {
		st := &sts[i]
		fs = append(fs, Flat{st.Sentence(), st.Tokens, st.Numbers(), st.Dates(), st.RelativeDates(), st.Entities(), st.Quotes(), st.Cues(), st.Dangling()})
	}
	return fs
}
