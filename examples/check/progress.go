package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// A progress writes, on one terminal line that it rewrites, how far a -jsonl
// run is: cases done, MB/s of input, and the time left when the input's size
// is known (a file redirected to standard input). It writes at most every
// 200 ms, and only where main put it: standard error, when that is a
// terminal.
type progress struct {
	w     io.Writer
	total int64 // input size in bytes, or 0 when unknown (a pipe)
	start time.Time
	last  time.Time
	now   func() time.Time
	wrote bool
}

func newProgress(w io.Writer, in io.Reader) *progress {
	p := &progress{w: w, now: time.Now}
	if f, ok := in.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			p.total = fi.Size()
		}
	}
	p.start = p.now()
	p.last = p.start // the first line after 200 ms, when the rate means something
	return p
}

func (p *progress) update(s jsonlProgress) {
	now := p.now()
	if now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start).Seconds()
	if elapsed <= 0 {
		return
	}
	rate := float64(s.bytes) / elapsed // bytes read per second; output follows input closely (the window)
	line := fmt.Sprintf("%d cases, %.1f MB/s", s.lines, rate/1e6)
	if p.total > 0 && rate > 0 {
		left := time.Duration(float64(max(0, p.total-s.bytes)) / rate * float64(time.Second)).Round(time.Second)
		line += fmt.Sprintf(", %d%%, %v left", 100*s.bytes/p.total, left)
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.wrote = true
}

// done clears the progress line.
func (p *progress) done() {
	if p.wrote {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
