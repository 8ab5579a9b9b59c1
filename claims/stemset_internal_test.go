package claims

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestStemSet checks the set against a map[string]bool over random
// stems, through growth and reuse after reset.
func TestStemSet(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var s stemSet
	for round := range 3 {
		want := map[string]bool{}
		n := []int{10, 500, 3}[round]
		for range n * 3 {
			stem := fmt.Sprint("w", r.IntN(n*2))
			switch r.IntN(3) {
			case 0:
				s.set(stem, false)
				want[stem] = false
			case 1:
				s.set(stem, true)
				want[stem] = true
			default:
				if len(want) > 0 {
					s.mark(stem)
					if _, ok := want[stem]; ok {
						want[stem] = true
					}
				}
			}
		}
		if s.len() != len(want) {
			t.Fatalf("round %d: len %d, want %d", round, s.len(), len(want))
		}
		for i := range n * 2 {
			stem := fmt.Sprint("w", i)
			v, ok := want[stem]
			if s.has(stem) != ok || s.get(stem) != v {
				t.Errorf("round %d: %q: has %v get %v, want %v %v", round, stem, s.has(stem), s.get(stem), ok, v)
			}
		}
		s.reset()
		if s.len() != 0 || s.has("w1") || s.get("w1") {
			t.Fatalf("round %d: reset set not empty", round)
		}
	}
	var none *stemSet
	if none.len() != 0 || none.has("a") || none.get("a") {
		t.Error("nil set not empty")
	}
}
