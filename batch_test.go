package claimcheck_test

import (
	"math"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/kljensen/snowball/english"
	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/benchdata"
	"github.com/newsdesk/claimcheck/internal/cputime"
)

// A benchCase is a source and a derived text of ../shared/bench.
type benchCase = benchdata.Pair

// benchCases returns the cases of ../shared/bench/*.dev.jsonl, in file
// then line order, or the bundled article pairs (003 against 002, 001
// against 000) when they are absent, and where they come from.
func benchCases(b testing.TB) ([]benchCase, string) {
	b.Helper()
	cases, err := benchdata.Read(filepath.Join("..", "shared", "bench"))
	if err != nil {
		b.Fatal(err)
	}
	if len(cases) == 0 {
		return []benchCase{
			{Source: readArticle(b, "000"), Derived: readArticle(b, "001")},
			{Source: readArticle(b, "002"), Derived: readArticle(b, "003")},
		}, "the bundled articles (no ../shared/bench/*.dev.jsonl)"
	}
	return cases, "../shared/bench"
}

// caseBytes is the length of the cases' texts, source and derived.
func caseBytes(cases []benchCase) int64 {
	n := 0
	for _, c := range cases {
		n += len(c.Source) + len(c.Derived)
	}
	return int64(n)
}

// BenchmarkBatch measures the batch (examples/check -jsonl) against the
// least a checker must do, side by side in one run, over the cases of
// ../shared/bench (or the bundled articles without them). The cases are
// read before the timer starts, so JSON decoding counts on neither side.
//
//   - baseline splits both texts of each case into words, lower-cases them
//     and stems each with snowball behind a map cache kept across cases;
//   - check does the real work of each case: parse both texts, prepare
//     the source, check the derived text against it (Checker.Check);
//   - sources is what -jsonl does: each distinct source prepared once
//     (NewSource), each derived text checked against it (CheckSources).
//
// The batch ratio is check's (or sources') cpu-ns/op over baseline's: the
// process's CPU time, garbage collection included, which a machine whose
// cores other jobs share disturbs less than the wall time of sec/op.
//
//	go test -run '^$' -bench 'Batch' -benchmem -count 6 .
func BenchmarkBatch(b *testing.B) {
	cases, from := benchCases(b)
	b.Logf("%d cases from %s", len(cases), from)
	size := caseBytes(cases)
	b.Run("baseline", func(b *testing.B) {
		stems := map[string]string{}
		notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
		stem := func(text string) (n int) {
			for _, w := range strings.FieldsFunc(text, notWord) {
				w = strings.ToLower(w)
				s, ok := stems[w]
				if !ok {
					s = english.Stem(w, false)
					stems[w] = s
				}
				n += len(s)
			}
			return n
		}
		b.SetBytes(size)
		b.ReportAllocs()
		sink := 0
		start := cputime.Used()
		for b.Loop() {
			for _, c := range cases {
				sink += stem(c.Source) + stem(c.Derived)
			}
		}
		reportCPU(b, start)
		if sink == 0 {
			b.Fatal("no stems")
		}
	})
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("check", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		start := cputime.Used()
		for b.Loop() {
			for _, bc := range cases {
				// An error (a text with no sentences) is a result too, as in -jsonl.
				_, _ = c.Check(bc.Source, bc.Derived)
			}
		}
		reportCPU(b, start)
	})
	b.Run("sources", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		start := cputime.Used()
		defer reportCPU(b, start)
		for b.Loop() {
			prepared := map[string]*claimcheck.Source{}
			for _, bc := range cases {
				s, ok := prepared[bc.Source]
				if !ok {
					s, _ = c.NewSource("source", bc.Source)
					prepared[bc.Source] = s
				}
				if s != nil {
					_, _ = c.CheckSources(bc.Derived, s)
				}
			}
		}
	})
}

// BenchmarkSourceHeap measures the heap a prepared source holds per byte
// of its text (the text itself not counted): the distinct sources of
// ../shared/bench joined into one text (the bundled articles repeated to
// 1 MiB without them), prepared with NewSource while the one before is
// dropped, the live heap read after a collection before and after.
//
//	go test -run '^$' -bench 'SourceHeap' -benchmem -count 6 .
//
// The first sub-benchmarks count two states of the source:
//   - prepared, as NewSource returns it: parsed, and indexed for
//     alignment;
//   - indexed, with every index that its claims may ask built too (as
//     Archive.Add builds them, and as a source that has answered many
//     claims holds them): what a prepared source holds in use.
func BenchmarkSourceHeap(b *testing.B) {
	cases, from := benchCases(b)
	var parts []string
	seen := map[string]bool{}
	for _, c := range cases {
		if !seen[c.Source] {
			seen[c.Source] = true
			parts = append(parts, c.Source)
		}
	}
	text := strings.Join(parts, "\n\n")
	if len(cases) == 2 { // the bundled articles
		text = strings.Repeat(text+"\n\n", (1<<20)/len(text)+1)
	}
	b.Logf("%d bytes of source from %s", len(text), from)
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		b.Fatal(err)
	}
	// Warm up: the lexicon and the word cache are the process's, not the
	// source's.
	if _, err := c.NewSource("source", text); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name  string
		build bool
	}{{"prepared", false}, {"indexed", true}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			reportHeld(b, len(text), func() any {
				s, err := c.NewSource("source", text)
				if err != nil {
					b.Fatal(err)
				}
				if bc.build {
					claimcheck.BuildIndexes(s)
				}
				return s
			})
		})
	}
	// A large source, 32 MiB of generated news (newsPair: a name in
	// every 30 bytes or so, more people the longer the text), held whole
	// and lean (claimcheck.LeanSources), and lean once it has checked a
	// derived text of 3 MB, its cache of windows full.
	if testing.Short() {
		return
	}
	large, derived := newsPair(32<<20, 1, 1, 5)
	derived = derived[:len(derived)/8]
	if _, err := c.NewSource("source", large); err != nil { // its words into the word cache
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name        string
		lean, check bool
	}{{"large/whole", false, false}, {"large/lean", true, false}, {"large/lean-checked", true, true}} {
		b.Run(bc.name, func(b *testing.B) {
			leanAbove := math.MaxInt // held whole, however large
			if bc.lean {
				leanAbove = 0
			}
			defer claimcheck.LeanSources(leanAbove, 0, 0)()
			b.SetBytes(int64(len(large)))
			b.ReportAllocs()
			reportHeld(b, len(large), func() any {
				s, err := c.NewSource("source", large)
				if err != nil {
					b.Fatal(err)
				}
				claimcheck.BuildIndexes(s) // a lean source has them all already
				if bc.check {
					if _, err := c.CheckSources(derived, s); err != nil {
						b.Fatal(err)
					}
				}
				return s
			})
		})
	}
}

// reportHeld runs the benchmark's loop, each time making what prepare
// makes between two collections, and reports the heap it holds per byte
// of the n bytes of text it is made of ("heap-B/byte").
func reportHeld(b *testing.B, n int, prepare func() any) {
	var held uint64
	var before, after runtime.MemStats
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		v := prepare()
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(v)
		if after.HeapAlloc > before.HeapAlloc {
			held += after.HeapAlloc - before.HeapAlloc
		}
	}
	b.ReportMetric(float64(held)/float64(b.N)/float64(n), "heap-B/byte")
}

// reportCPU reports the process's CPU time per op since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64((cputime.Used()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
