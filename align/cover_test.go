package align

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/claims"
)

// TestCoverSet checks that the dense candidates and cover of claims up to
// 64 content words choose the sentences the map-based ones choose, on the
// bundled articles (each claim of one against the other, and against
// itself) and on a source whose words are all common.
func TestCoverSet(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) < 4 {
		t.Fatalf("bundled articles: %v, %d files", err, len(files))
	}
	var docs []*claims.Document
	for _, f := range files[:4] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, claims.Parse(string(b)))
	}
	docs = append(docs, claims.Parse(strings.Repeat("The dam held on Monday. ", 1200)+"The Kariba dam broke."))
	pairs := [][2]int{{0, 1}, {1, 0}, {2, 3}, {3, 2}, {0, 0}, {2, 2}, {4, 0}, {4, 4}}
	n := 0
	for _, p := range pairs {
		x := Prepare(docs[p[0]], Options{})
		for i := range docs[p[1]].Statements {
			c := &docs[p[1]].Statements[i]
			var content []int
			for k := range c.Tokens {
				if c.Tokens[k].Content() {
					content = append(content, k)
				}
			}
			if len(content) == 0 || len(content) > 64 {
				continue
			}
			rel := relatedOf(c, content)
			weights, holds := x.candidates(c, content, rel)
			want := x.cover(weights, holds, 10)
			sc := x.scratch()
			got := x.coverSet(x.candidateSet(sc, c, content, rel), sc.list, 10)
			x.release(sc)
			if !slices.Equal(got, want) {
				t.Errorf("source %d, claim %q: coverSet %v, cover %v", p[0], c.Text, got, want)
			}
			if len(want) > 0 {
				n++
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d claims aligned: the test tells little", n)
	}
}
