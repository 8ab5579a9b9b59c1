package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"

	"github.com/newsdesk/claimcheck/internal/cli"
)

// A memoryLimit is the -memory-limit flag: a soft limit on the Go heap
// (runtime/debug.SetMemoryLimit). "auto", the default, sets it while a
// pair is checked to the heap found live at the last collection and
// autoHeadroom as much again (at least autoMinHeadroom more); "off" sets
// none; a size such as 2GiB sets that from the start. A GOMEMLIMIT in
// the environment wins over "auto", and -jsonl is left to the collector.
//
// Why: the collector lets the heap grow to twice what was live at the end
// of the last collection (GOGC=100), and what is live while the claims are
// judged is nearly all the prepared texts, so that the peak was twice
// them: 3.6 GB for 1.75 GB live on a generated 106 MB pair. A limit tied
// to the heap the inputs make, rather than to their bytes, holds whatever
// a prepared byte costs (which changes as the library does); docs/figures.md,
// "Peak memory", has the measurements.
type memoryLimit struct {
	auto  bool
	bytes int64 // when not auto; 0 for off
}

// autoHeadroom is the share of the live heap "auto" lets the heap grow by
// before the collector must run, and autoMinHeadroom the least it lets it
// grow by. Measured with examples/check on generated pairs (2 shared
// cores, docs/figures.md "Peak memory"): on 106 MB, a half took the peak from 3.61
// GB to 2.41 GB for 11% more user CPU (29.4 s to 32.7 s, back to back;
// with the compact prepared sources of afd5814, 2.57 GB to 1.76 GB for
// 21%, 31.6 s to 38.4 s), where a quarter made 29 collections instead of 11 and cost 47% (43.2
// s); on 10.7 MB (157 MiB live, so the 96 MiB floor applies) from 320-336
// MB to 252-260 MB for 1.22-1.47 s of CPU instead of 1.00-1.13 (three
// interleaved runs), where a limit 64 MiB above the live heap cost 25%.
// Once the limit followed the live heap from collection to collection,
// with the lean sources of 1d42f40 (the 106.5 MB pair 280 MB live while
// its claims are judged), a half gave a peak of 455 MB and 45.3 s of user
// CPU, 0.35 379 MB and 43.8 s (one run each; a limit set once the texts
// were prepared, a half: 541 MB, 45.1 s).
const (
	autoHeadroom    = 0.35
	autoMinHeadroom = 96 << 20
)

func (m *memoryLimit) String() string {
	switch {
	case m.auto:
		return "auto"
	case m.bytes == 0:
		return "off"
	}
	return cli.FormatSize(m.bytes)
}

func (m *memoryLimit) Set(v string) error {
	switch strings.TrimSpace(v) {
	case "auto":
		*m = memoryLimit{auto: true}
		return nil
	case "off":
		*m = memoryLimit{}
		return nil
	}
	var s cli.Size
	if err := s.Set(v); err != nil {
		return fmt.Errorf("want auto, off or a size such as 2GiB: %w", err)
	}
	*m = memoryLimit{bytes: int64(s)}
	return nil
}

// start sets a limit given as a size; auto and off set none yet.
func (m *memoryLimit) start() {
	if !m.auto && m.bytes > 0 {
		debug.SetMemoryLimit(m.bytes)
	}
}

// checking starts the "auto" limit as a pair's texts are about to be
// prepared: from the next collection on, it follows the live heap (see
// follow and autoLimit). It does nothing when the limit is not auto or
// GOMEMLIMIT set one, and returns what stops the following (for tests).
func (m *memoryLimit) checking() (stop func()) {
	if !m.auto || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return func() {}
	}
	return follow(autoLimit)
}

// autoLimit returns the "auto" limit for a live heap of live bytes: the
// live heap and autoHeadroom as much again, at least autoMinHeadroom more.
func autoLimit(live int64) int64 {
	return live + max(int64(float64(live)*autoHeadroom), autoMinHeadroom)
}

// follow sets the memory limit to limit(live) after every collection,
// live being the heap that the collection found live, until stop is
// called. It costs nothing until the first collection (a one-sentence
// pair may make none), then a metrics read a collection.
//
// Why follow rather than set the limit once the texts are prepared: the
// heap of a long source's preparation climbs from the inputs to the
// prepared indexes, and under GOGC=100 each step let it grow to twice
// what was live then. The 106.5 MB pair's peak came while its texts were
// prepared, before a limit set once they were could bind (docs/figures.md,
// "Lean sources").
func follow(limit func(live int64) int64) (stop func()) {
	var stopped atomic.Bool
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		// A finalizer runs after the collection that finds its object
		// unreachable; the object is large enough not to share a block
		// of the tiny allocator, whose finalizers may never run.
		runtime.SetFinalizer(new([32]byte), func(*[32]byte) {
			if stopped.Load() {
				return
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return // a runtime without the metric: leave the collector as it is
			}
			debug.SetMemoryLimit(limit(int64(sample[0].Value.Uint64())))
			arm()
		})
	}
	arm()
	return func() { stopped.Store(true) }
}
