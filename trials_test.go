package claimcheck_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsdesk/claimcheck/claimchecktest"
)

// TestTrialsFaithful checks the faithful claims of the trials on invented
// articles (testdata/trials, see its README): none may be contradicted. The
// trials found the faults a new user meets, and the fixes they led to keep
// these claims from a false contradiction.
func TestTrialsFaithful(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "trials", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			source, err := os.ReadFile(filepath.Join(dir, "source.txt"))
			if err != nil {
				t.Fatal(err)
			}
			derived, err := os.ReadFile(filepath.Join(dir, "faithful.txt"))
			if err != nil {
				t.Fatal(err)
			}
			r := claimchecktest.Faithful(t, string(derived), []string{string(source)}, claimchecktest.Rule{})
			if r != nil && len(r.Claims) < 5 {
				t.Errorf("%d claims; want the file's lines", len(r.Claims))
			}
		})
	}
	if n < 16 {
		t.Errorf("%d trial directories; want 16", n)
	}
}
