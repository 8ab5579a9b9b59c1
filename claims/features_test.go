package claims_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsdesk/claimcheck/claims"
)

type tb interface {
	Helper()
	Fatal(...any)
}

// articles returns the bundled articles of testdata/articles.
func articles(t tb) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) != 4 {
		t.Fatal("want the four bundled articles in testdata/articles, found", len(files), err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func one(t *testing.T, src string) claims.Statement {
	t.Helper()
	d := claims.Parse(src)
	if len(d.Statements) != 1 {
		t.Fatalf("Parse(%q) gives %d claims, want 1", src, len(d.Statements))
	}
	return d.Statements[0]
}
