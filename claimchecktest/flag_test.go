package claimchecktest_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/claimchecktest"
)

// A downstream test binary's own -update flag: registering it must not clash
// with the package, and Golden honours it.
var update = flag.Bool("update", false, "rewrite golden files")

// flagSet sets a registered flag for the rest of a test.
func flagSet(t *testing.T, name, value string) {
	t.Helper()
	if err := flag.Set(name, value); err != nil {
		t.Fatal(err)
	}
}

func TestGoldenOwnUpdateFlag(t *testing.T) {
	if *update {
		t.Skip("run without -update: the test sets it itself")
	}
	path := filepath.Join(t.TempDir(), "r.golden")
	r, err := claimcheck.Check("The dam held.", "The dam held.")
	if err != nil {
		t.Fatal(err)
	}
	flagSet(t, "update", "true")
	f := run(t, func(tb testing.TB) { claimchecktest.Golden(tb, path, r) })
	flagSet(t, "update", "false")
	if len(f.errors) != 0 || len(f.logs) != 1 {
		t.Fatalf("-update: errors %q logs %q, want the file written", f.errors, f.logs)
	}
	f = run(t, func(tb testing.TB) { claimchecktest.Golden(tb, path, r) })
	if len(f.errors) != 0 {
		t.Fatalf("the file written under -update differs: %q", f.errors)
	}
}
