package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkCheckLines runs -jsonl over the development benchmarks of
// ../shared/bench (skipped when they are absent), with the source cache and
// without it (every line prepares its source again).
//
//	go test -run XXX -bench CheckLines -benchtime 3x -count 5 ./examples/check
func BenchmarkCheckLines(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "bench", "*.dev.jsonl"))
	if len(files) == 0 {
		b.Skip("no ../shared/bench/*.dev.jsonl")
	}
	var in []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		in = append(in, data...)
	}
	c := newChecker(b)
	for _, bc := range []struct {
		name    string
		entries int
	}{{"cache", defaultCacheEntries}, {"nocache", 0}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				cfg := jsonlConfig{workers: 2, sources: newSourceCache(c, bc.entries, defaultCacheBytes)}
				if _, err := checkLines(c, bytes.NewReader(in), io.Discard, cfg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
