package align

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

// TestPrepareOutline holds a Source prepared from an Outline, in windows
// of 3 statements under a cache smaller than two of them, to one prepared
// from the Document: the same statements, the same alignment of every
// statement of every bundled article (from four goroutines at once), and
// a cache that keeps within its bound, or holds one window when one is
// more than it.
func TestPrepareOutline(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) < 2 {
		t.Fatalf("the bundled articles: %v (%d found)", err, len(files))
	}
	var docs []*claims.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, claims.Parse(string(b)))
	}
	for _, doc := range docs {
		whole := Prepare(doc, Options{})
		const budget = 3000
		lean := PrepareOutline(claims.MakeOutline(doc.Text), Options{Window: 3, CacheBytes: budget}, nil)
		if lean.Len() != whole.Len() || lean.Text() != whole.Text() || lean.Doc() != nil {
			t.Fatalf("lean source: %d statements, Doc %v; want %d, nil", lean.Len(), lean.Doc(), whole.Len())
		}
		for i := range whole.Len() {
			if !reflect.DeepEqual(flat(lean.Statement(i)), flat(whole.Statement(i))) {
				t.Fatalf("statement %d differs:\n%+v\n%+v", i, lean.Statement(i), whole.Statement(i))
			}
		}
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k, claim := range docs {
					if k%4 != g {
						continue
					}
					for i := range claim.Statements {
						c := &claim.Statements[i]
						if diff := cmp.Diff(whole.Align(c), lean.Align(c)); diff != "" {
							t.Errorf("claim %q: alignment differs (-whole +lean):\n%s", c.Text(), diff)
							return
						}
					}
				}
			}()
		}
		wg.Wait()
		ws := lean.lean
		ws.mu.Lock()
		if ws.used > ws.budget && len(ws.held) > 1 {
			t.Errorf("the cache holds %d windows, %d bytes; want at most %d bytes or one window", len(ws.held), ws.used, ws.budget)
		}
		ws.mu.Unlock()
	}
}

// flat returns what st gives through its fields and methods: its own
// fields are spans into its document's arrays, in which a window of a text
// and the whole text differ.
func flat(st *claims.Statement) []any {
	return []any{st.Sentence(), st.Tokens, st.Numbers(), st.Dates(), st.RelativeDates(), st.Entities(), st.Quotes(), st.Cues(), st.Dangling()}
}
