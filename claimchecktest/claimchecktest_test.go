package claimchecktest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/claimchecktest"
)

// fakeTB records what a helper reports instead of failing the test that
// runs it. Fatalf ends the goroutine, as testing's does.
type fakeTB struct {
	testing.TB
	errors []string
	fatal  string
	logs   []string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.fatal = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (f *fakeTB) Logf(format string, args ...any) {
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

// run calls fn with a fake TB on its own goroutine, so that Fatalf can end it.
func run(t *testing.T, fn func(tb testing.TB)) *fakeTB {
	f := &fakeTB{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(f)
	}()
	<-done
	return f
}

func article(t *testing.T, prefix string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", prefix+"_*.txt"))
	if len(m) != 1 {
		t.Fatalf("article %s not found", prefix)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestFaithfulFails checks the bundled tabloid rewrite (003) against its
// source (002): it contradicts the source's "67" with "66", so Faithful
// must fail, and its message must point at each contradicted claim.
func TestFaithfulFails(t *testing.T) {
	source, derived := article(t, "002"), article(t, "003")
	f := run(t, func(tb testing.TB) { claimchecktest.Faithful(tb, derived, []string{source}, claimchecktest.Rule{}) })
	if f.fatal != "" {
		t.Fatalf("Fatalf: %s", f.fatal)
	}
	if len(f.errors) != 1 {
		t.Fatalf("got %d errors, want 1: %q", len(f.errors), f.errors)
	}
	msg := f.errors[0]
	for _, want := range []string{
		"want no contradicted claim) (-source +derived):",
		"  11:1: contradicted 0.07\n",
		"  - source 6:1: Kozak, 67, resigned as Putin’s deputy chief of staff",
		"  + derived 11:1: Kozak, 66, was Putin’s deputy chief of staff",
		`      number (NU1): the claim says "66" where the source says "67"`,
		"  19:1: contradicted",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "unsupported") {
		t.Errorf("the zero Rule lists unsupported claims:\n%s", msg)
	}
}

// TestFaithfulRules checks each part of a Rule on texts that break only it.
func TestFaithfulRules(t *testing.T) {
	source := "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She thanked the voters and promised new parks. She allegedly took bribes."
	tests := []struct {
		reason  string
		derived string
		rule    claimchecktest.Rule
		want    string // a part of the message; "" wants a pass
	}{
		{"a faithful text passes the strictest rule", "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She thanked the voters.",
			claimchecktest.Rule{AllSupported: true, MinScore: 0.9}, ""},
		{"an added claim passes the zero rule", "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She plans a stadium by the river.",
			claimchecktest.Rule{}, ""},
		{"an added claim fails AllSupported", "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She plans a stadium by the river.",
			claimchecktest.Rule{AllSupported: true}, "1:63: unsupported"},
		{"a low score fails the floor", "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She plans a stadium by the river.",
			claimchecktest.Rule{MinScore: 0.95}, "score 0."},
		{"a wrong age fails every rule", "Maria Ortiz, 45, was elected mayor of Springfield on Tuesday.",
			claimchecktest.Rule{}, "1:1: contradicted"},
		{"a dropped hedge passes the zero rule", "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She took bribes.",
			claimchecktest.Rule{}, ""},
		{"a dropped hedge fails a rule that names HE1", "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She took bribes.",
			claimchecktest.Rule{Findings: []claimcheck.Rule{"HE1"}}, "1:63: supported 1.00, with HE1"},
	}
	for _, tt := range tests {
		f := run(t, func(tb testing.TB) { claimchecktest.Faithful(tb, tt.derived, []string{source}, tt.rule) })
		if f.fatal != "" {
			t.Errorf("%s: Fatalf %s", tt.reason, f.fatal)
			continue
		}
		if tt.want == "" {
			if len(f.errors) != 0 {
				t.Errorf("%s: failed:\n%s", tt.reason, f.errors[0])
			}
			continue
		}
		if len(f.errors) != 1 || !strings.Contains(f.errors[0], tt.want) {
			t.Errorf("%s: errors %q, want one containing %q", tt.reason, f.errors, tt.want)
		}
	}
}

// TestFaithfulSeveralSources names each source in the message.
func TestFaithfulSeveralSources(t *testing.T) {
	wire := "The mayor opened the new library on Monday."
	paper := "The library cost 12 million dollars to build."
	f := run(t, func(tb testing.TB) {
		r := claimchecktest.Faithful(tb, "The mayor opened the library on Monday.\nIt cost 15 million dollars.", []string{wire, paper}, claimchecktest.Rule{})
		if r == nil || len(r.Claims) != 2 {
			tb.Errorf("report %+v, want two claims", r)
		}
	})
	if len(f.errors) != 1 || !strings.Contains(f.errors[0], "  2:1: contradicted") || !strings.Contains(f.errors[0], "  - source 2 1:1: The library cost 12 million") {
		t.Errorf("errors %q: want claim 2:1 contradicted by source 2", f.errors)
	}
}

func TestFaithfulBadInput(t *testing.T) {
	for _, tt := range []struct {
		reason  string
		derived string
		sources []string
		rule    claimchecktest.Rule
		want    string
	}{
		{"no source", "The dam held.", nil, claimchecktest.Rule{}, "no source"},
		{"an empty derived text", " ", []string{"The dam held."}, claimchecktest.Rule{}, "no sentences"},
		{"an empty source", "The dam held.", []string{""}, claimchecktest.Rule{}, "no sentences"},
		{"a floor above 1", "The dam held.", []string{"The dam held."}, claimchecktest.Rule{MinScore: 2}, "MinScore"},
	} {
		f := run(t, func(tb testing.TB) { claimchecktest.Faithful(tb, tt.derived, tt.sources, tt.rule) })
		if !strings.Contains(f.fatal, tt.want) {
			t.Errorf("%s: Fatalf %q, want one containing %q", tt.reason, f.fatal, tt.want)
		}
	}
}

func TestGolden(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "r.golden")
	source := "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday."
	r := claimchecktest.Faithful(t, source, []string{source}, claimchecktest.Rule{})

	f := run(t, func(tb testing.TB) { claimchecktest.Golden(tb, path, r) })
	if len(f.errors) != 1 || !strings.Contains(f.errors[0], "does not exist; run the test with -claimchecktest.update") {
		t.Fatalf("missing golden file: errors %q", f.errors)
	}

	flagSet(t, "claimchecktest.update", "true")
	f = run(t, func(tb testing.TB) { claimchecktest.Golden(tb, path, r) })
	flagSet(t, "claimchecktest.update", "false")
	if len(f.errors) != 0 || len(f.logs) != 1 {
		t.Fatalf("update: errors %q logs %q", f.errors, f.logs)
	}
	f = run(t, func(tb testing.TB) { claimchecktest.Golden(tb, path, r) })
	if len(f.errors) != 0 {
		t.Fatalf("the file just written differs: %q", f.errors)
	}

	other, err := claimcheck.Check(source, "Maria Ortiz, 54, was elected mayor of Springfield on Monday.")
	if err != nil {
		t.Fatal(err)
	}
	f = run(t, func(tb testing.TB) { claimchecktest.Golden(tb, path, other) })
	if len(f.errors) != 1 {
		t.Fatalf("another report: errors %q, want one", f.errors)
	}
	for _, want := range []string{"(-golden +report", `-       "text": "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday.",`,
		`+       "text": "Maria Ortiz, 54, was elected mayor of Springfield on Monday.",`} {
		if !strings.Contains(f.errors[0], want) {
			t.Errorf("diff lacks %q:\n%s", want, f.errors[0])
		}
	}
}
