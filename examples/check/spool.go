package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
)

// spoolMemory is how much a spool keeps in memory before it moves to a
// temporary file: the report of a long article is some tens of kilobytes,
// that of a 40 MB derived text some hundreds of megabytes.
var spoolMemory = 4 << 20 // a variable so that a test can make a spool spill

// A spool holds the claims of a report while they are judged, since both
// forms of the report give the totals first: in memory up to spoolMemory
// bytes, then in a temporary file, so that what the program holds does
// not grow with the report. Its zero value is ready to use; Close removes
// the file.
type spool struct {
	mem  bytes.Buffer
	file *os.File
	fw   *bufio.Writer // onto file
}

// Write appends p.
func (s *spool) Write(p []byte) (int, error) {
	if s.file == nil && s.mem.Len()+len(p) > spoolMemory {
		f, err := os.CreateTemp("", "claimcheck-report-*")
		if err != nil {
			return 0, fmt.Errorf("a temporary file for a report above %d MiB: %w", spoolMemory>>20, err)
		}
		s.file, s.fw = f, bufio.NewWriterSize(f, 1<<20)
		if _, err := s.mem.WriteTo(s.fw); err != nil {
			return 0, err
		}
		s.mem = bytes.Buffer{}
	}
	if s.file != nil {
		return s.fw.Write(p)
	}
	return s.mem.Write(p)
}

// WriteTo copies out everything written so far.
func (s *spool) WriteTo(w io.Writer) (int64, error) {
	if s.file == nil {
		return io.Copy(w, bytes.NewReader(s.mem.Bytes()))
	}
	if err := s.fw.Flush(); err != nil {
		return 0, err
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	n, err := io.Copy(w, s.file)
	if err != nil {
		return n, err
	}
	_, err = s.file.Seek(0, io.SeekEnd) // later writes append
	return n, err
}

// Close removes the temporary file, if there is one.
func (s *spool) Close() error {
	if s.file == nil {
		return nil
	}
	name := s.file.Name()
	err := s.file.Close()
	if rerr := os.Remove(name); err == nil {
		err = rerr
	}
	s.file, s.fw = nil, nil
	return err
}
