package score

import (
	"math"
	"testing"
)

// TestProbabilityRises: Probability is a probability, rises with the
// document score (so it ranks texts as the score does), takes a score
// outside [0,1] at the nearer end, and crosses ConsistentThreshold once,
// inside (0,1).
func TestProbabilityRises(t *testing.T) {
	prev := -1.0
	crossings := 0
	for i := 0; i <= 10000; i++ {
		d := float64(i) / 10000
		p := Probability(d)
		if !(p > 0 && p < 1) {
			t.Fatalf("Probability(%v) = %v, not in (0,1)", d, p)
		}
		if p <= prev {
			t.Fatalf("Probability(%v) = %v, not above Probability(%v) = %v", d, p, d-0.0001, prev)
		}
		if prev < ConsistentThreshold && p >= ConsistentThreshold {
			crossings++
		}
		prev = p
	}
	if crossings != 1 || Probability(0) >= ConsistentThreshold {
		t.Errorf("ConsistentThreshold %v is crossed %d times from Probability(0) = %v", ConsistentThreshold, crossings, Probability(0))
	}
	if Probability(-3) != Probability(0) || Probability(7) != Probability(1) {
		t.Errorf("out of range: %v %v, want %v %v", Probability(-3), Probability(7), Probability(0), Probability(1))
	}
	if p := Probability(math.NaN()); math.IsNaN(p) {
		t.Errorf("Probability(NaN) = NaN")
	}
}
