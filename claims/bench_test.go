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

// BenchmarkSegmentGluedRun segments 1 MiB of photo captions glued on one
// line with spaces and no full stop, which runs.go cuts at every caption.
func BenchmarkSegmentGluedRun(b *testing.B) {
	caption := "After the match fans waited at the ground in 2001 Smith was captain Injured: A fan was hurt "
	src := strings.Repeat(caption, (1<<20)/len(caption)+1)
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

// BenchmarkParseLowerCase parses about 1 MiB of text in lower case, as
// some summarisers and tokenisers leave it, whose every sentence opens with
// a guessed name and an ordinary word after it ("kazomi stone said ..."):
// the names' evidence (lowernames.go) notes a follower for each, and a
// search of a list of them made Parse quadratic in their number.
func BenchmarkParseLowerCase(b *testing.B) {
	words := []string{"stone", "hill", "wood", "bell", "rose", "green", "young", "brown", "field", "marsh",
		"baker", "mason", "fisher", "hunter", "carter", "turner", "walker", "porter", "archer", "weaver"}
	syllables := []string{"ka", "zo", "mi", "ru", "te", "plo", "vex", "qua", "nir", "dob", "gle", "shu"}
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		for n := i; ; n /= len(syllables) { // a name of its own for each i: i's digits in base 12
			sb.WriteString(syllables[n%len(syllables)])
			if n < len(syllables) {
				break
			}
		}
		sb.WriteString(" " + words[i%len(words)] + " said the plan was fine . ")
	}
	src := sb.String()
	claims.Parse(src)
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
