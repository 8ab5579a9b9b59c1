package claimcheck_test

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAPI keeps the exported API of every public package of the module in
// testdata/api/<package>.txt, one declaration a line, sorted, so that each
// change to it is a diff someone reviews: a golden file that -update
// rewrites. Parameter and receiver names are left out (renaming them breaks
// no caller); struct tags are kept, since they are the JSON the reports
// marshal to. Packages under internal/, examples/ and testdata/ are not
// public API and are skipped; a new public package fails the test until its
// file is written.
func TestAPI(t *testing.T) {
	pkgs := publicPackages(t)
	if len(pkgs) == 0 {
		t.Fatal("no packages found")
	}
	dir := filepath.Join("testdata", "api")
	seen := map[string]bool{}
	for _, pkg := range pkgs {
		name := "claimcheck"
		if pkg != "." {
			name = strings.ReplaceAll(filepath.ToSlash(pkg), "/", "_")
		}
		file := filepath.Join(dir, name+".txt")
		seen[file] = true
		got := apiOf(t, pkg)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("package %s: %v; if the package is new and its API is meant, go test . -update writes it", pkg, err)
			continue
		}
		if diff := cmp.Diff(string(want), got); diff != "" {
			t.Errorf("exported API of %s changed (-%s +source); if it is meant, go test . -update rewrites it and the diff goes in CHANGELOG.md:\n%s", pkg, file, diff)
		}
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, f := range old {
		if !seen[f] {
			if *update {
				os.Remove(f)
				continue
			}
			t.Errorf("%s describes a package that is gone; go test . -update removes it", f)
		}
	}
}

// publicPackages lists the directories of the module's public, non-main
// packages, "." first.
func publicPackages(t *testing.T) []string {
	t.Helper()
	var dirs []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		base := d.Name()
		if path != "." && (base == "internal" || base == "examples" || base == "testdata" || base == "vendor" ||
			strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_")) {
			return filepath.SkipDir
		}
		if path != "." {
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // another module
			}
		}
		files, _ := filepath.Glob(filepath.Join(path, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.PackageClauseOnly)
			if err == nil && src.Name.Name != "main" {
				dirs = append(dirs, path)
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dirs
}

// apiOf returns the exported declarations of the package in dir, one a
// line, sorted.
func apiOf(t *testing.T, dir string) string {
	t.Helper()
	fset := token.NewFileSet()
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var lines []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		if !buildable(f) {
			continue
		}
		for _, decl := range f.Decls {
			lines = append(lines, declLines(fset, decl)...)
		}
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	return strings.Join(lines, "\n") + "\n"
}

// buildable reports whether a file is built on every platform: files that
// carry a build constraint (//go:build ignore for generators) are left out.
func buildable(f *ast.File) bool {
	for _, cg := range f.Comments {
		if cg.Pos() >= f.Package {
			break
		}
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:build") {
				return false
			}
		}
	}
	return true
}

func declLines(fset *token.FileSet, decl ast.Decl) []string {
	var out []string
	switch d := decl.(type) {
	case *ast.FuncDecl:
		if !d.Name.IsExported() {
			return nil
		}
		if d.Recv == nil {
			return []string{"func " + d.Name.Name + signature(fset, d.Type)}
		}
		recv := d.Recv.List[0].Type
		base := recv
		if s, ok := base.(*ast.StarExpr); ok {
			base = s.X
		}
		if g, ok := base.(*ast.IndexExpr); ok {
			base = g.X
		}
		if id, ok := base.(*ast.Ident); !ok || !id.IsExported() {
			return nil
		}
		return []string{"method (" + expr(fset, recv) + ") " + d.Name.Name + signature(fset, d.Type)}
	case *ast.GenDecl:
		var implicit ast.Expr // in a const group, a spec with no type and no value repeats the type before it
		for _, spec := range d.Specs {
			switch s := spec.(type) {
			case *ast.TypeSpec:
				if !s.Name.IsExported() {
					continue
				}
				out = append(out, typeLines(fset, s)...)
			case *ast.ValueSpec:
				typ := s.Type
				if d.Tok == token.CONST {
					if typ == nil && len(s.Values) == 0 {
						typ = implicit
					} else {
						implicit = s.Type
					}
				}
				for i, n := range s.Names {
					if !n.IsExported() {
						continue
					}
					line := d.Tok.String() + " " + n.Name
					if typ != nil {
						line += " " + expr(fset, typ)
					}
					if i < len(s.Values) {
						line += " = " + expr(fset, s.Values[i])
					}
					out = append(out, line)
				}
			}
		}
	}
	return out
}

func typeLines(fset *token.FileSet, s *ast.TypeSpec) []string {
	name := s.Name.Name
	head := "type " + name
	if s.TypeParams != nil {
		head += "[" + fields(fset, s.TypeParams) + "]"
	}
	if s.Assign.IsValid() {
		return []string{head + " = " + expr(fset, s.Type)}
	}
	switch tt := s.Type.(type) {
	case *ast.StructType:
		out := []string{head + " struct"}
		for _, f := range tt.Fields.List {
			tag := ""
			if f.Tag != nil {
				tag = " " + f.Tag.Value
			}
			if len(f.Names) == 0 { // embedded
				if exportedEmbed(f.Type) {
					out = append(out, "field "+name+"."+expr(fset, f.Type)+" embedded"+tag)
				}
				continue
			}
			for _, n := range f.Names {
				if n.IsExported() {
					out = append(out, "field "+name+"."+n.Name+" "+expr(fset, f.Type)+tag)
				}
			}
		}
		return out
	case *ast.InterfaceType:
		out := []string{head + " interface"}
		for _, m := range tt.Methods.List {
			if len(m.Names) == 0 {
				out = append(out, "embeds "+name+" "+expr(fset, m.Type))
				continue
			}
			for _, n := range m.Names {
				if ft, ok := m.Type.(*ast.FuncType); ok && n.IsExported() {
					out = append(out, "method "+name+"."+n.Name+signature(fset, ft))
				}
			}
		}
		return out
	}
	return []string{head + " " + expr(fset, s.Type)}
}

func exportedEmbed(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.StarExpr:
		return exportedEmbed(x.X)
	case *ast.SelectorExpr:
		return x.Sel.IsExported()
	case *ast.Ident:
		return x.IsExported()
	}
	return false
}

// signature writes a function type's parameters and results as types only.
func signature(fset *token.FileSet, ft *ast.FuncType) string {
	s := ""
	if ft.TypeParams != nil {
		s += "[" + fields(fset, ft.TypeParams) + "]"
	}
	s += "(" + types(fset, ft.Params) + ")"
	if ft.Results != nil {
		r := types(fset, ft.Results)
		if len(ft.Results.List) == 1 && len(ft.Results.List[0].Names) <= 1 {
			s += " " + r
		} else {
			s += " (" + r + ")"
		}
	}
	return s
}

// types lists a field list's types, one per name.
func types(fset *token.FileSet, fl *ast.FieldList) string {
	if fl == nil {
		return ""
	}
	var parts []string
	for _, f := range fl.List {
		for range max(1, len(f.Names)) {
			parts = append(parts, expr(fset, f.Type))
		}
	}
	return strings.Join(parts, ", ")
}

// fields lists type parameters with their names, which callers write.
func fields(fset *token.FileSet, fl *ast.FieldList) string {
	var parts []string
	for _, f := range fl.List {
		var names []string
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
		parts = append(parts, strings.Join(names, ", ")+" "+expr(fset, f.Type))
	}
	return strings.Join(parts, ", ")
}

// expr prints an expression on one line.
func expr(fset *token.FileSet, e ast.Expr) string {
	var b bytes.Buffer
	printer.Fprint(&b, fset, e)
	return strings.Join(strings.Fields(b.String()), " ")
}
