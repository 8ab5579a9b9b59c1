package claims_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/cputime"
)

// newsText returns about 1 MiB of news: the bundled articles repeated.
func newsText(b *testing.B) string {
	all := strings.Join(articles(b), "\n\n")
	return strings.Repeat(all, (1<<20)/len(all)+1)
}

func BenchmarkSegment(b *testing.B) {
	src := newsText(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		claims.Segment(src)
	}
}

func BenchmarkParse(b *testing.B) {
	src := newsText(b)
	claims.Parse(src) // warm the stem cache, as a long-running checker has it
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		claims.Parse(src)
	}
}

// benchTexts returns the distinct texts of ../shared/bench/*.dev.jsonl
// (sources and derived texts, as the batch parses them), or nil without
// them.
func benchTexts(b *testing.B) []string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "bench", "*.dev.jsonl"))
	var texts []string
	seen := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			var c struct{ Source, Derived string }
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				b.Fatalf("%s: %v", f, err)
			}
			for _, t := range []string{c.Source, c.Derived} {
				if !seen[t] {
					seen[t] = true
					texts = append(texts, t)
				}
			}
		}
	}
	return texts
}

// BenchmarkParseBench parses each distinct text of ../shared/bench once
// per op (the parsing the batch does, BenchmarkBatch/sources in the root
// package), the word cache warm; cpu-ns/op is the process's CPU time per
// op, garbage collection included.
//
//	go test -run '^$' -bench ParseBench -benchmem -count 6 ./claims
func BenchmarkParseBench(b *testing.B) {
	texts := benchTexts(b)
	if len(texts) == 0 {
		b.Skip("no ../shared/bench/*.dev.jsonl")
	}
	n := 0
	for _, t := range texts {
		n += len(t)
		claims.Parse(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start := cputime.Used()
	for b.Loop() {
		for _, t := range texts {
			claims.Parse(t)
		}
	}
	b.ReportMetric(float64((cputime.Used()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
