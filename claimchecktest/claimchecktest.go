// Package claimchecktest provides assertions on claimcheck reports for the
// tests of a project that publishes derived texts, as net/http/httptest does
// for HTTP handlers: one call asserts that a text is faithful to its
// sources, another keeps a golden report of it.
//
// A test that fails says, for each offending claim, where it is in the
// derived text (line:column, from 1, columns in characters), its label and
// score, the source sentence it was compared with and each finding, in the
// style of go-cmp's diffs: "-" lines are the source, "+" lines the derived
// text.
//
// Golden reports are rewritten by running the tests with
// -claimchecktest.update, a flag this package registers, or with -update
// when the test binary defines a boolean flag of that name itself (the
// usual name for rewriting golden files; this package does not register it,
// so that it cannot clash with yours).
package claimchecktest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/gate"
	"github.com/newsdesk/claimcheck/internal/textpos"
)

var updateFlag = flag.Bool("claimchecktest.update", false, "rewrite the golden reports that claimchecktest.Golden compares with")

// A Rule says what a faithful text must satisfy. Whatever the rule, no claim
// may be contradicted; the zero Rule asks for nothing more.
type Rule struct {
	// AllSupported requires every claim to be supported: no unsupported
	// claim either (a claim the sources do not carry, or one that adds a
	// name, number, date or quotation they lack).
	AllSupported bool
	// MinScore is the lowest document score (Report.Score, in [0,1])
	// accepted; 0 sets no floor. The score's threshold depends on the kind
	// of text: choose it on texts of your own.
	MinScore float64
	// Findings fails a claim with a finding of one of these rules, whatever
	// its label: claimcheck.Rule("HE1") keeps out a dropped hedge
	// ("allegedly stole" for "stole"), which costs a claim nothing.
	Findings []claimcheck.Rule
	// Options are the checker's options; the zero value gives the defaults.
	Options claimcheck.Options
}

func (r Rule) gate() gate.Rule {
	return gate.Rule{Contradicted: true, Unsupported: r.AllSupported, MinScore: r.MinScore, Findings: r.Findings}
}

// Faithful checks derived against the sources and fails the test (with
// t.Errorf, so that the test goes on) when the report breaks the rule,
// listing each offending claim. The sources are named "source" when there
// is one, "source 1", "source 2"... when there are several. It returns the
// report for further assertions, or nil after t.Fatalf when the texts
// cannot be checked at all (no source, a text with no sentences, invalid
// UTF-8, invalid options).
func Faithful(t testing.TB, derived string, sources []string, rule Rule) *claimcheck.Report {
	t.Helper()
	if math.IsNaN(rule.MinScore) || rule.MinScore < 0 || rule.MinScore > 1 {
		t.Fatalf("claimchecktest.Faithful: Rule.MinScore is %v; want a number from 0 to 1", rule.MinScore)
		return nil
	}
	if len(sources) == 0 {
		t.Fatalf("claimchecktest.Faithful: no source to check against")
		return nil
	}
	c, err := claimcheck.New(rule.Options)
	if err != nil {
		t.Fatalf("claimchecktest.Faithful: %v", err)
		return nil
	}
	names := sourceNames(len(sources))
	prepared := make([]*claimcheck.Source, len(sources))
	for i, s := range sources {
		if prepared[i], err = c.NewSource(names[i], s); err != nil {
			t.Fatalf("claimchecktest.Faithful: %v", err)
			return nil
		}
	}
	r, err := c.CheckSources(derived, prepared...)
	if err != nil {
		t.Fatalf("claimchecktest.Faithful: %v", err)
		return nil
	}
	if vs := rule.gate().Check(r); len(vs) > 0 {
		t.Errorf("%s", describe(r, vs, rule, derived, names, sources))
	}
	return r
}

func sourceNames(n int) []string {
	if n == 1 {
		return []string{"source"}
	}
	names := make([]string, n)
	for i := range names {
		names[i] = "source " + strconv.Itoa(i+1)
	}
	return names
}

// describe writes the failure message: a header, then each offending claim
// as a small diff, then the score when it is below the floor.
func describe(r *claimcheck.Report, vs []gate.Violation, rule Rule, derived string, names, sources []string) string {
	var b strings.Builder
	want := rule.gate().Describe()
	fmt.Fprintf(&b, "claimchecktest.Faithful: the derived text is not faithful (want %s) (-source +derived):\n", want)
	dpos := textpos.New(derived)
	spos := make(map[string]*textpos.Index, len(names))
	for i, n := range names {
		spos[n] = textpos.New(sources[i])
	}
	for _, v := range vs {
		if v.Claim < 0 {
			fmt.Fprintf(&b, "  score %.3f, want at least %v\n", r.Score, rule.MinScore)
			continue
		}
		c := r.Claims[v.Claim]
		at := dpos.Pos(c.Start)
		if why := rule.gate().Reason(c); why != string(c.Label) && why != "" {
			fmt.Fprintf(&b, "  %s: %s %.2f, with %s\n", at, c.Label, c.Score, why)
		} else {
			fmt.Fprintf(&b, "  %s: %s %.2f\n", at, c.Label, c.Score)
		}
		if len(c.Evidence) == 0 {
			fmt.Fprintf(&b, "  - (no source sentence bears on it)\n")
		}
		for _, e := range c.Evidence {
			name := e.Source
			if name == "" {
				name = names[0]
			}
			fmt.Fprintf(&b, "  - %s %s: %s\n", name, spos[name].Pos(e.Start), fold(e.Text))
		}
		fmt.Fprintf(&b, "  + derived %s: %s\n", at, fold(c.Text))
		for _, f := range c.Findings {
			kind := string(f.Kind)
			if f.Rule != "" {
				kind += " (" + string(f.Rule) + ")"
			}
			fmt.Fprintf(&b, "      %s: %s\n", kind, f.Explanation)
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// fold folds runs of white space to one space.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// Golden compares the report, as indented JSON, with the golden file at
// path and fails the test with a line diff (-golden +report) when they
// differ. Under -claimchecktest.update, or a boolean -update flag of the
// test binary's own, it writes the file instead (creating its directory)
// and logs that it did. A missing golden file fails the test and says how
// to create it.
func Golden(t testing.TB, path string, r *claimcheck.Report) {
	t.Helper()
	got, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatalf("claimchecktest.Golden: %v", err)
		return
	}
	got = append(got, '\n')
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("claimchecktest.Golden: %v", err)
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("claimchecktest.Golden: %v", err)
			return
		}
		t.Logf("claimchecktest.Golden: wrote %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Errorf("claimchecktest.Golden: %s does not exist; run the test with -claimchecktest.update to write it", path)
		return
	}
	if err != nil {
		t.Fatalf("claimchecktest.Golden: %v", err)
		return
	}
	if bytes.Equal(want, got) {
		return
	}
	t.Errorf("claimchecktest.Golden: report differs from %s (-golden +report; -claimchecktest.update rewrites it):\n%s",
		path, diffLines(string(want), string(got)))
}

// updating reports whether golden files are to be rewritten.
func updating() bool {
	if *updateFlag {
		return true
	}
	if f := flag.Lookup("update"); f != nil {
		if g, ok := f.Value.(flag.Getter); ok {
			if v, ok := g.Get().(bool); ok {
				return v
			}
		}
	}
	return false
}
