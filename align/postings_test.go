package align

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

// TestShortPostings checks that a source whose postings are kept in 16
// bits (Source.short, every source of at most 1<<16 sentences) aligns
// every claim as the same source with 32-bit postings does, and lists the
// same sentences for each stem: on the bundled articles, each claim of one
// against the other and itself, and on a source whose words are all
// common (its stems kept as bit sets too).
func TestShortPostings(t *testing.T) {
	docs := bundledDocs(t)
	docs = append(docs, claims.Parse(strings.Repeat("The dam held on Monday. ", 1200)+"The Kariba dam broke."))
	prepare := func(doc *claims.Document, short bool) *Source {
		defer func(n int) { maxShort = n }(maxShort)
		if !short {
			maxShort = 0
		}
		return Prepare(doc, Options{})
	}
	pairs := [][2]int{{0, 1}, {1, 0}, {2, 3}, {3, 2}, {0, 0}, {2, 2}, {4, 0}, {4, 4}}
	aligned := 0
	for _, p := range pairs {
		short, long := prepare(docs[p[0]], true), prepare(docs[p[0]], false)
		if short.short == nil || short.postings != nil || long.short != nil || long.postings == nil {
			t.Fatalf("source %d: short postings %v, long %v", p[0], short.short != nil, long.short == nil)
		}
		for i := range docs[p[1]].Statements {
			c := &docs[p[1]].Statements[i]
			want := long.Align(c)
			if diff := cmp.Diff(want, short.Align(c)); diff != "" {
				t.Errorf("source %d, claim %q: 16-bit postings align otherwise (-32 +16):\n%s", p[0], c.Text(), diff)
			}
			if len(want.Sentences) > 0 {
				aligned++
			}
			for k := range c.Tokens {
				stem := c.Tokens[k].Stem()
				var a, b []int
				long.SentencesWith(stem, func(si int) bool { a = append(a, si); return true })
				short.SentencesWith(stem, func(si int) bool { b = append(b, si); return true })
				if diff := cmp.Diff(a, b); diff != "" {
					t.Errorf("source %d, SentencesWith(%q) (-32 +16):\n%s", p[0], stem, diff)
				}
			}
		}
	}
	if aligned < 100 {
		t.Errorf("only %d claims aligned: the test tells little", aligned)
	}
}
