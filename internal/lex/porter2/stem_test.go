package porter2

import (
	"bufio"
	"compress/gzip"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// vocabulary returns the words of the lexicon's source (WordNet's lemmas
// and stems) and of the bundled articles, lower-cased, each once.
func vocabulary(t testing.TB) []string {
	seen := map[string]bool{}
	var words []string
	add := func(w string) {
		if w != "" && !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	f, err := os.Open("../../lexicon/lexicon.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(z)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if fs := strings.Fields(sc.Text()); len(fs) >= 2 && fs[0] != "#" {
			for _, w := range strings.FieldsFunc(fs[1], func(r rune) bool { return r == '_' || r == '-' }) {
				add(strings.ToLower(w))
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	articles, err := filepath.Glob("../../../testdata/articles/*")
	if err != nil || len(articles) == 0 {
		t.Fatalf("no bundled articles: %v", err)
	}
	for _, p := range articles {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.FieldsFunc(string(b), func(r rune) bool {
			return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '\'' || r >= 0x80)
		}) {
			add(strings.ToLower(w))
		}
	}
	return words
}

// suffixes are endings each word of the vocabulary is also tried with:
// they walk the stemmer through every step (plurals, tenses, -ly, -ness,
// -ational, the special words' forms) on words that do not end so.
var suffixes = []string{"", "s", "es", "ed", "ing", "ly", "ness", "ational", "ization", "fulness",
	"iveness", "ement", "'s", "ies", "ied", "y", "eed", "ingly"}

// TestStemIsUpstream checks that Stem gives what the snowball package's
// english.Stem gives, which it is a copy of with the same steps, for the
// lexicon's words and the bundled articles' with endings added, plus the
// edge cases of the input: short, empty, apostrophes, capitals, runes
// that are not ASCII.
func TestStemIsUpstream(t *testing.T) {
	words := vocabulary(t)
	if len(words) < 50000 {
		t.Fatalf("only %d words read", len(words))
	}
	sfx := suffixes
	if testing.Short() {
		sfx = sfx[:4]
	}
	extra := []string{"", "a", "ab", "abc", "'", "''", "'ab'", "y", "yy", "yes", "sky", "skies",
		"news", "gener", "generate", "communism", "arsenal", "dying", "lying", "tying", "inning",
		"outing", "canning", "herring", "earring", "proceed", "exceed", "succeed", "andes",
		"atlas", "cosmos", "bias", "howe", "idly", "gently", "ugly", "early", "only", "singly",
		"café", "naïve", "’tis", "o’clock", "‘quote’", "  Spaced ", "CAPITAL", "Über", "éclair",
		"aé", "ееед", "ying", "cies", "ties", "gas", "this", "kiwis"}
	n := 0
	for _, list := range [][]string{words, extra} {
		for _, w := range list {
			for _, s := range sfx {
				// lex stems with stop words too; the other way is tried on the edge cases.
				for _, stopToo := range []bool{true, len(list) < len(words)} {
					in := w + s
					if got, want := Stem(in, stopToo), english.Stem(in, stopToo); got != want {
						t.Errorf("Stem(%q, %v) = %q, english.Stem gives %q", in, stopToo, got, want)
					}
					n++
				}
			}
		}
	}
	t.Logf("%d words compared", n)
}

// BenchmarkStem compares Stem with english.Stem over the lexicon's words.
//
//	go test -run '^$' -bench Stem ./internal/lex/porter2
func BenchmarkStem(b *testing.B) {
	words := vocabulary(b)[:20000]
	size := 0
	for _, w := range words {
		size += len(w)
	}
	for _, bc := range []struct {
		name string
		stem func(string, bool) string
	}{{"porter2", Stem}, {"snowball", english.Stem}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, w := range words {
					bc.stem(w, true)
				}
			}
		})
	}
}

// TestAffixesAreASCII checks what word.go's byte-for-rune comparisons
// rely on: every string literal of the stemmer (its prefixes, suffixes,
// replacements and special words) is ASCII.
func TestAffixesAreASCII(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range pkgs {
		ast.Inspect(p, func(node ast.Node) bool {
			if lit, ok := node.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				for i := 0; i < len(s); i++ {
					if s[i] >= utf8.RuneSelf {
						t.Errorf("%s: %s is not ASCII", fset.Position(lit.Pos()), lit.Value)
						break
					}
				}
				n++
			}
			return true
		})
	}
	if n < 200 {
		t.Fatalf("only %d string literals found", n)
	}
}
