package score

import (
	"fmt"
	"strings"
	"testing"
)

// TestCoverageNote checks CO1's explanation against the fmt.Sprintf it
// stands for, over coverages that round either way and lists of words.
func TestCoverageNote(t *testing.T) {
	lists := [][]string{nil, {"Berg"}, {"Berg", "harbour", "1987"}}
	for _, c := range []float64{0, 0.004, 0.005, 0.0149, 0.5, 0.625, 0.995, 0.9951, 1} {
		for _, words := range lists {
			want := fmt.Sprintf("%.0f%% of the claim's content is in the source; missing: %s",
				100*c, strings.Join(words, ", "))
			if got := coverageNote(c, words); got != want {
				t.Errorf("coverageNote(%v, %q) = %q, want %q", c, words, got, want)
			}
		}
	}
}
