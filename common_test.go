package claimcheck_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck"
)

// TestCommonWords checks claims whose words the source uses in more
// sentences than one word may propose as candidates: the claim must still
// be found where the source says it, not called unsupported for want of a
// shared word.
func TestCommonWords(t *testing.T) {
	for _, tc := range []struct {
		name, source, claim string
	}{
		{"1000 repeats", strings.Repeat("The dam held on Monday. ", 1000), "The dam held on Monday."},
		{"1001 repeats", strings.Repeat("The dam held on Monday. ", 1001), "The dam held on Monday."},
		{"5000 repeats", strings.Repeat("The dam held on Monday. ", 5000), "The dam held on Monday."},
		{
			"one rare word late",
			strings.Repeat("The dam held on Monday. ", 1500) + "The Kariba dam held on Monday. " +
				strings.Repeat("The dam held on Monday. ", 10),
			"The Kariba dam held on Monday.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := claimcheck.Check(tc.source, tc.claim)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Claims) != 1 {
				t.Fatalf("%d claims, want 1", len(r.Claims))
			}
			c := r.Claims[0]
			if c.Label != claimcheck.Supported || c.Coverage != 1 || len(c.Evidence) == 0 {
				t.Fatalf("label %v, coverage %v, %d evidence; want supported, 1, some:\n%v", c.Label, c.Coverage, len(c.Evidence), r)
			}
			for _, e := range c.Evidence {
				if e.Text != tc.claim {
					t.Errorf("evidence %q, want %q", e.Text, tc.claim)
				}
			}
		})
	}
}
