package score

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"slices"
	"testing"
)

// ruleConstants returns the Rule constants declared in rules.go, in order.
func ruleConstants(t *testing.T) []Rule {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "rules.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []Rule
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); ok && id.Name == "Rule" {
				for _, n := range vs.Names {
					out = append(out, Rule(n.Name))
				}
			}
		}
	}
	return out
}

// TestFactorsTable checks that every rule but CO1 has a factor, that the
// table names no other rule, and that factors.go lists its rows sorted by
// ID, one a line, as examples/evaluate -calibrate is to write them.
func TestFactorsTable(t *testing.T) {
	ids := ruleConstants(t)
	if len(ids) == 0 {
		t.Fatal("no Rule constants found in rules.go")
	}
	for _, id := range ids {
		if _, ok := factors[id]; ok == (id == CO1) {
			t.Errorf("rule %s: has a row in factors: %v; want a row for every rule but CO1", id, ok)
		}
	}
	for id := range factors {
		if !slices.Contains(ids, id) {
			t.Errorf("factors has a row for %q, which is no rule", id)
		}
	}
	src, err := os.ReadFile("factors.go")
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, m := range regexp.MustCompile(`(?m)^\t([A-Z]{2}[0-9]+): [0-9.]+, +// .+$`).FindAllStringSubmatch(string(src), -1) {
		rows = append(rows, m[1])
	}
	if len(rows) != len(factors) || !slices.IsSorted(rows) {
		t.Errorf("factors.go rows %v: want %d rows, one a line with a comment, sorted by ID", rows, len(factors))
	}
}
