package align_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
)

// TestSentencesWith checks the look-up by stem: the sentences holding a
// content word of that stem, in order, until f says stop.
func TestSentencesWith(t *testing.T) {
	src := claims.Parse("The talks failed. Talks resumed on Monday. The minister left. The talks ended.")
	x := align.Prepare(src, align.Options{})
	stem := src.Statements[0].Tokens[1].Stem() // "talks"
	var got []int
	x.SentencesWith(stem, func(si int) bool { got = append(got, si); return true })
	if diff := cmp.Diff([]int{0, 1, 3}, got); diff != "" {
		t.Errorf("SentencesWith(%q) mismatch (-want +got):\n%s", stem, diff)
	}
	n := 0
	x.SentencesWith(stem, func(int) bool { n++; return false })
	if n != 1 {
		t.Errorf("SentencesWith went on after f returned false: %d calls", n)
	}
	if w, rare := x.Weight(stem), x.Weight(src.Statements[2].Tokens[1].Stem()); w >= rare {
		t.Errorf("Weight: a stem in three sentences weighs %v, one in one %v; want less", w, rare)
	}
}
