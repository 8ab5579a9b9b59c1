package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"

	"github.com/newsdesk/claimcheck/internal/cli"
)

// A memoryLimit is the -memory-limit flag: a soft limit on the Go heap
// (runtime/debug.SetMemoryLimit). "auto", the default, sets it once the
// texts are prepared, to the heap they hold then and half as much again
// (autoHeadroom), when they hold more than autoMinHeadroom; "off" sets
// none; a size such as 2GiB sets that from the start. A GOMEMLIMIT in
// the environment wins over "auto".
//
// Why: the collector lets the heap grow to twice what was live at the end
// of the last collection (GOGC=100), and what is live while the claims are
// judged is nearly all the prepared texts, so that the peak was twice
// them: 3.6 GB for 1.75 GB live on a generated 106 MB pair. A limit tied
// to the heap the inputs make, rather than to their bytes, holds whatever
// a prepared byte costs (which changes as the library does); the README,
// "Peak memory", has the measurements.
type memoryLimit struct {
	auto  bool
	bytes int64 // when not auto; 0 for off
}

// autoHeadroom is the share of the live heap "auto" lets the heap grow by
// before the collector must run, and autoMinHeadroom the least it lets it
// grow by. Measured with examples/check on generated pairs (2 shared
// cores, README "Peak memory"): on 106 MB, a half took the peak from 3.61
// GB to 2.41 GB for 11% more user CPU (29.4 s to 32.7 s, back to back;
// with the compact prepared sources of afd5814, 2.57 GB to 1.76 GB for
// 21%, 31.6 s to 38.4 s), where a quarter made 29 collections instead of 11 and cost 47% (43.2
// s); on 10.7 MB (157 MiB live, so the 96 MiB floor applies) from 320-336
// MB to 252-260 MB for 1.22-1.47 s of CPU instead of 1.00-1.13 (three
// interleaved runs), where a limit 64 MiB above the live heap cost 25%.
const (
	autoHeadroom    = 0.5
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

// prepared sets the "auto" limit now that the texts are prepared: it
// collects once to learn the live heap, then sets the limit autoHeadroom
// above it. It does nothing when the limit is not auto or GOMEMLIMIT set
// one.
func (m *memoryLimit) prepared() {
	if !m.auto || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return
	}
	// The heap's objects, garbage included, bound what is live from above.
	// While they are fewer than the least headroom, the prepared texts are
	// small and so is the peak, limit or none; the collection that would
	// measure the live heap costs 2 ms, most of a one-sentence pair's
	// start-up, so it is left out.
	inUse := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(inUse)
	if inUse[0].Value.Kind() == metrics.KindUint64 && inUse[0].Value.Uint64() < autoMinHeadroom {
		return
	}
	runtime.GC()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return // a runtime without the metric: leave the collector as it is
	}
	live := int64(sample[0].Value.Uint64())
	debug.SetMemoryLimit(live + max(int64(float64(live)*autoHeadroom), autoMinHeadroom))
}
