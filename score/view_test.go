package score

import "testing"

// TestViewReleaseClearsQuoteWords checks that a view given back to the
// pool keeps no string of the words its claim's quotations wrote (they
// are strings of the texts, which the pool must not keep alive), while it
// keeps their room for the next claim.
func TestViewReleaseClearsQuoteWords(t *testing.T) {
	v := new(view)
	a, b := make([]qword, 3, 8), make([]qword, 2, 8)
	for k := range a {
		a[k] = qword{norm: "said", start: k, end: k + 4}
	}
	b[0], b[1] = qword{norm: "the"}, qword{norm: "minister"}
	// A longer sentence written before a shorter one: its third word lies
	// beyond the len of b.
	b[:3][2] = qword{norm: "yesterday"}
	v.quoteWords, v.quoteUsed = [2][]qword{a, b}, 3
	v.release()
	for k, w := range append(a[:3:3], b[:3]...) {
		if w != (qword{}) {
			t.Errorf("word %d kept after release: %+v", k, w)
		}
	}
	if cap(v.quoteWords[0]) != 8 || cap(v.quoteWords[1]) != 8 || len(v.quoteWords[0]) != 0 || v.quoteUsed != 0 {
		t.Errorf("room after release: len %d cap %d and cap %d, used %d; want 0, 8, 8, 0",
			len(v.quoteWords[0]), cap(v.quoteWords[0]), cap(v.quoteWords[1]), v.quoteUsed)
	}
}
