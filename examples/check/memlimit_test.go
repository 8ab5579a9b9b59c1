package main

import (
	"flag"
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

// TestMemoryLimitFlag checks what -memory-limit reads and how it prints.
func TestMemoryLimitFlag(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		err      bool
	}{
		{"auto", "auto", false},
		{"off", "off", false},
		{"2GiB", "2GiB", false},
		{" 512MiB ", "512MiB", false},
		{"0", "", true},
		{"-1GiB", "", true},
		{"lots", "", true},
	} {
		m := memoryLimit{auto: true}
		fs := flag.NewFlagSet("check", flag.ContinueOnError)
		fs.SetOutput(nopWriter{})
		fs.Var(&m, "memory-limit", "")
		err := fs.Parse([]string{"-memory-limit", tc.in})
		if (err != nil) != tc.err {
			t.Errorf("-memory-limit %q: error %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if !tc.err && m.String() != tc.want {
			t.Errorf("-memory-limit %q reads as %q, want %q", tc.in, m.String(), tc.want)
		}
	}
}

// TestMemoryLimitAuto checks that "auto" sets a limit above the live heap
// once the texts are prepared, that "off" sets none, and that a limit set
// already (GOMEMLIMIT) is left alone.
func TestMemoryLimitAuto(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(math.MaxInt64)
	(&memoryLimit{}).prepared()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("off set a limit of %d", got)
	}
	(&memoryLimit{auto: true}).prepared()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("auto set a limit of %d over a heap smaller than its least headroom, want none", got)
	}
	held := make([]byte, autoMinHeadroom+1<<20) // prepared texts of a large pair
	for i := range held {
		held[i] = byte(i)
	}
	(&memoryLimit{auto: true}).prepared()
	got := debug.SetMemoryLimit(-1)
	if got == math.MaxInt64 || got < int64(len(held))+autoMinHeadroom {
		t.Errorf("auto set a limit of %d over %d live bytes, want the live heap and at least %d more", got, len(held), autoMinHeadroom)
	}
	runtime.KeepAlive(held)
	debug.SetMemoryLimit(1 << 40) // as GOMEMLIMIT would
	(&memoryLimit{auto: true}).prepared()
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("auto replaced a limit set before it with %d", got)
	}
}

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }
