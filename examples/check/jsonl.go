package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/cli"
	"github.com/newsdesk/claimcheck/internal/gate"
)

// The -jsonl contract: exactly one output line per input line, in input
// order, whatever the bytes. An input line is what precedes a '\n', plus
// what follows the last '\n' when it is not empty. A line that cannot be
// checked (empty, not JSON, a field missing or of the wrong type, longer than
// the line limit, a text with no sentences) gives {"id": ..., "error": "..."}
// with the id whenever it can be read, and the run goes on.

type lineOut struct {
	ID json.RawMessage `json:"id"`
	*claimcheck.Report
	Error string `json:"error,omitempty"`
}

// jsonlConfig is what checkLines needs besides its reader and writer.
type jsonlConfig struct {
	workers  int
	maxLine  int64                 // the longest line checked, in bytes; longer ones get an error line
	sources  *sourceCache          // prepared sources shared by the workers
	gate     gate.Rule             // the rule each report is held to
	progress func(p jsonlProgress) // called after each line is written; nil for none
}

// jsonlProgress is what a progress display needs.
type jsonlProgress struct {
	lines int   // lines written
	bytes int64 // input bytes read
}

// checkLines checks JSON lines with the given configuration and writes one
// result per line in input order. It reports whether some report failed the
// gate. Only a failure to read the input or write the output is an error.
func checkLines(checker *claimcheck.Checker, r io.Reader, w io.Writer, cfg jsonlConfig) (failed bool, err error) {
	workers := max(1, cfg.workers)
	if cfg.maxLine <= 0 {
		cfg.maxLine = cli.DefaultMaxBytes
	}
	if cfg.sources == nil {
		cfg.sources = newSourceCache(checker, defaultCacheEntries, defaultCacheBytes)
	}
	type job struct {
		n       int
		line    []byte
		tooLong bool
	}
	type result struct {
		n      int
		out    []byte
		failed bool
	}
	jobs := make(chan job)
	results := make(chan result)
	// window bounds the lines in flight, so that one slow case does not let
	// the results behind it pile up without end.
	window := make(chan struct{}, 16*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out, failed := checkLine(checker, cfg, j.line, j.tooLong)
				results <- result{j.n, out, failed}
			}
		}()
	}
	var read struct {
		sync.Mutex
		bytes int64
	}
	readErr := make(chan error, 1)
	stop := make(chan struct{}) // closed when the writer gives up
	go func() {
		defer func() {
			close(jobs)
			wg.Wait()
			close(results)
		}()
		lr := lineReader{r: bufio.NewReaderSize(r, 64<<10), max: cfg.maxLine}
		for n := 0; ; n++ {
			line, tooLong, size, err := lr.next()
			if line == nil && err != nil {
				if err != io.EOF {
					readErr <- err
				}
				return
			}
			read.Lock()
			read.bytes += size
			read.Unlock()
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			jobs <- job{n, line, tooLong}
		}
	}()
	bw := bufio.NewWriter(w)
	pending := map[int]result{}
	next := 0
	var werr error
	for res := range results {
		pending[res.n] = res
		for out, ok := pending[next]; ok; out, ok = pending[next] {
			delete(pending, next)
			next++
			<-window
			if werr != nil {
				continue
			}
			failed = failed || out.failed
			bw.Write(out.out)
			if werr = bw.WriteByte('\n'); werr == nil && cfg.progress != nil {
				werr = bw.Flush()
				read.Lock()
				b := read.bytes
				read.Unlock()
				cfg.progress(jsonlProgress{lines: next, bytes: b})
			}
			if werr != nil {
				close(stop)
			}
		}
	}
	if werr == nil {
		werr = bw.Flush()
	}
	if werr != nil {
		return failed, werr
	}
	select {
	case err := <-readErr:
		return failed, fmt.Errorf("reading standard input: %w", err)
	default:
	}
	return failed, nil
}

// A lineReader splits its input into lines of any length, without
// bufio.Scanner's fixed limit; a line longer than max is returned cut to max
// bytes with tooLong set, and the rest of it is skipped.
type lineReader struct {
	r   *bufio.Reader
	max int64
}

// next returns the next line without its '\n', whether it was too long, and
// how many input bytes it took. At the end of the input it returns a nil line
// and io.EOF; a final line with no '\n' is returned first, with a nil error.
func (lr *lineReader) next() (line []byte, tooLong bool, size int64, err error) {
	line = []byte{}
	for {
		chunk, err := lr.r.ReadSlice('\n')
		size += int64(len(chunk))
		body := bytes.TrimSuffix(chunk, []byte{'\n'})
		if room := lr.max - int64(len(line)); int64(len(body)) > room {
			body, tooLong = body[:max(0, room)], true
		}
		line = append(line, body...)
		switch {
		case err == nil:
			return line, tooLong, size, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case size > 0:
			return line, tooLong, size, nil // the last line, with no '\n'; err comes again next call
		default:
			return nil, false, 0, err
		}
	}
}

// checkLine checks one input line and returns its output line and whether
// its report failed the gate.
func checkLine(checker *claimcheck.Checker, cfg jsonlConfig, line []byte, tooLong bool) ([]byte, bool) {
	out := lineOut{}
	failed := false
	switch {
	case tooLong:
		out.ID = readID(line)
		out.Error = fmt.Sprintf("line longer than %s (the -max-input limit)", cli.FormatSize(cfg.maxLine))
	case len(bytes.TrimSpace(line)) == 0:
		out.Error = "empty line"
	default:
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(line, &fields); err != nil || fields == nil {
			out.ID = readID(line)
			if err == nil {
				err = errors.New("null, want an object")
			}
			out.Error = "bad JSON line: " + err.Error()
			break
		}
		out.ID = fields["id"]
		source, err := stringField(fields, "source")
		if err != nil {
			out.Error = err.Error()
			break
		}
		derived, err := stringField(fields, "derived")
		if err != nil {
			out.Error = err.Error()
			break
		}
		src, err := cfg.sources.get(source)
		if err == nil {
			out.Report, err = checker.CheckSources(derived, src)
		}
		if err != nil {
			out.Error = err.Error()
			break
		}
		failed = cfg.gate.Fails(out.Report)
	}
	out.ID = cleanID(out.ID)
	b, err := json.Marshal(out)
	if err != nil {
		b, _ = json.Marshal(lineOut{ID: json.RawMessage("null"), Error: err.Error()})
	}
	return b, failed
}

// stringField returns the string the named field holds, or an error that
// says what is there instead.
func stringField(fields map[string]json.RawMessage, name string) (string, error) {
	raw, ok := fields[name]
	if !ok {
		return "", fmt.Errorf(`want "source" and "derived" strings: no %q`, name)
	}
	var s *string
	if err := json.Unmarshal(raw, &s); err != nil || s == nil {
		return "", fmt.Errorf(`want "source" and "derived" strings: %q is %s`, name, jsonKind(raw))
	}
	return *s, nil
}

// jsonKind names the kind of a JSON value.
func jsonKind(raw json.RawMessage) string {
	b := bytes.TrimSpace(raw)
	if len(b) == 0 {
		return "empty"
	}
	switch b[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// cleanID returns the id as it is written back: as given, or null when
// there is none, or re-encoded when it holds invalid UTF-8 (which
// encoding/json would otherwise copy into the output line as it is).
func cleanID(id json.RawMessage) json.RawMessage {
	if id == nil {
		return json.RawMessage("null")
	}
	if utf8.Valid(id) {
		return id
	}
	dec := json.NewDecoder(bytes.NewReader(id))
	dec.UseNumber() // keeps numbers as written
	var v any
	if err := dec.Decode(&v); err != nil {
		return json.RawMessage("null")
	}
	b, err := json.Marshal(v) // writes U+FFFD for each invalid byte
	if err != nil {
		return json.RawMessage("null")
	}
	return b
}

// readID reads the "id" of a line that is not a whole JSON object (cut, or
// broken after its id): the value of the first "id" key of the top-level
// object, when it comes before the fault. It returns nil when there is none.
func readID(line []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil
		}
		if key == "id" {
			return v
		}
	}
	return nil
}
