package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var w bytes.Buffer
	clock := time.Unix(0, 0)
	p := &progress{w: &w, total: 10e6, now: func() time.Time { return clock }}
	p.start = clock
	clock = clock.Add(2 * time.Second)
	p.update(jsonlProgress{lines: 40, bytes: 4e6})
	if got, want := w.String(), "\r\033[K40 cases, 2.0 MB/s, 40%, 3s left"; got != want {
		t.Errorf("progress %q, want %q", got, want)
	}
	w.Reset()
	clock = clock.Add(50 * time.Millisecond)
	p.update(jsonlProgress{lines: 41, bytes: 4.1e6})
	if w.Len() != 0 {
		t.Errorf("progress written again after 50 ms: %q", w.String())
	}
	p.done()
	if got := w.String(); got != "\r\033[K" {
		t.Errorf("done wrote %q, want the line cleared", got)
	}
}

// TestProgressNotOnStdout checks that a -jsonl run with progress writes
// only reports to standard output.
func TestProgressNotOnStdout(t *testing.T) {
	var in strings.Builder
	for range 20 {
		in.WriteString(`{"id": 1, "source": "The dam held.", "derived": "The dam held."}` + "\n")
	}
	var out, prog bytes.Buffer
	p := newProgress(&prog, strings.NewReader(in.String()))
	clock := p.start
	p.now = func() time.Time { clock = clock.Add(time.Second); return clock } // every update is shown
	if _, err := checkLines(newChecker(t), strings.NewReader(in.String()), &out, jsonlConfig{workers: 2, progress: p.update}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "cases") || strings.Count(out.String(), "\n") != 20 {
		t.Errorf("stdout holds more than the 20 reports:\n%s", out.String())
	}
	if !strings.Contains(prog.String(), "20 cases") {
		t.Errorf("progress %q never reached 20 cases", prog.String())
	}
}
