package main

import (
	"flag"
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
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

// TestMemoryLimitAuto checks that "auto" follows the live heap: after a
// collection its limit is the live heap and at least autoMinHeadroom
// more, and it rises as the live heap does; that "off" sets none; and
// that a limit set already (GOMEMLIMIT) is left alone.
func TestMemoryLimitAuto(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(math.MaxInt64)
	(&memoryLimit{}).checking()()
	collect()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("off set a limit of %d", got)
	}

	stop := (&memoryLimit{auto: true}).checking()
	small := collect()
	if small == math.MaxInt64 || small < autoMinHeadroom {
		t.Errorf("auto set a limit of %d after a collection, want at least %d", small, autoMinHeadroom)
	}
	held := make([]byte, 2*autoMinHeadroom) // the prepared texts of a large pair
	for i := range held {
		held[i] = byte(i)
	}
	large := collect()
	if want := autoLimit(int64(len(held))); large < want {
		t.Errorf("auto set a limit of %d over %d live bytes, want at least %d", large, len(held), want)
	}
	runtime.KeepAlive(held)
	stop()

	debug.SetMemoryLimit(1 << 40) // as GOMEMLIMIT would
	defer (&memoryLimit{auto: true}).checking()()
	if got := collect(); got != 1<<40 {
		t.Errorf("auto replaced a limit set before it with %d", got)
	}
}

// TestAutoLimit checks the limit "auto" sets for a live heap: the floor
// below autoMinHeadroom/autoHeadroom, the share above.
func TestAutoLimit(t *testing.T) {
	floor := float64(autoMinHeadroom) / autoHeadroom // where the share takes over
	for _, live := range []int64{0, 1 << 20, int64(floor), 1 << 30} {
		want := live + autoMinHeadroom
		if share := int64(float64(live) * autoHeadroom); share > autoMinHeadroom {
			want = live + share
		}
		if got := autoLimit(live); got != want || got < live+autoMinHeadroom {
			t.Errorf("autoLimit(%d) = %d, want %d", live, got, want)
		}
	}
}

// collect runs collections until the finalizers they queue (follow's
// among them) have had time to run, and returns the memory limit then.
func collect() int64 {
	for range 3 {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	return debug.SetMemoryLimit(-1)
}

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }
