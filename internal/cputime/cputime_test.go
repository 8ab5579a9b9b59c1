//go:build unix

package cputime

import "testing"

func TestUsedGrows(t *testing.T) {
	before := Used()
	if before <= 0 {
		t.Fatalf("Used() = %v at the start of a test, want the CPU time already spent", before)
	}
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if after := Used(); after <= before {
		t.Errorf("Used() went from %v to %v over a busy loop (%d)", before, after, x)
	}
}
