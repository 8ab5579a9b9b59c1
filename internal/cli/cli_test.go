package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(small, []byte("The dam held."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(big, make([]byte, 101), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		reason string
		name   string
		stdin  string
		want   string
		err    error  // the cause wanted, or nil
		msg    string // a part of the message wanted
	}{
		{reason: "a file is read", name: small, want: "The dam held."},
		{reason: "- reads standard input", name: "-", stdin: "From the pipe.", want: "From the pipe."},
		{reason: "standard input of exactly the limit is read", name: "-", stdin: strings.Repeat("x", 100), want: strings.Repeat("x", 100)},
		{reason: "standard input above the limit is refused", name: "-", stdin: strings.Repeat("x", 101), err: ErrTooLarge, msg: "standard input"},
		{reason: "a regular file above the limit is refused from its size", name: big, err: ErrTooLarge, msg: big},
		{reason: "a missing file names itself", name: filepath.Join(dir, "none.txt"), err: os.ErrNotExist, msg: "none.txt"},
		{reason: "a directory is not an input", name: dir, msg: "is a directory"},
	}
	for _, tt := range tests {
		in := Inputs{Stdin: strings.NewReader(tt.stdin), MaxBytes: 100}
		got, err := in.Read(tt.name)
		if tt.err == nil && tt.msg == "" {
			if err != nil || string(got) != tt.want {
				t.Errorf("%s: Read(%q) = %q, %v; want %q", tt.reason, tt.name, got, err, tt.want)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: Read(%q) gave no error", tt.reason, tt.name)
			continue
		}
		if tt.err != nil && !errors.Is(err, tt.err) {
			t.Errorf("%s: Read(%q) error %v, want %v", tt.reason, tt.name, err, tt.err)
		}
		if !strings.Contains(err.Error(), tt.msg) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: Read(%q) error %q: want one line containing %q", tt.reason, tt.name, err, tt.msg)
		}
	}
}

// TestDevZero reads an endless device: it must end with an error.
func TestDevZero(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	in := Inputs{MaxBytes: 1 << 20}
	if _, err := in.Read("/dev/zero"); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Read(/dev/zero) error %v, want ErrTooLarge", err)
	}
}

func TestStdinTwice(t *testing.T) {
	in := Inputs{Stdin: strings.NewReader("once")}
	if _, err := in.ReadAll([]string{"-", "/no/such/file", "-"}); !errors.Is(err, ErrStdinTwice) {
		t.Fatalf("ReadAll(-, file, -) error %v, want ErrStdinTwice before reading the file", err)
	}
	got, err := in.ReadAll([]string{"-"})
	if err != nil || string(got[0]) != "once" {
		t.Fatalf("ReadAll(-) = %q, %v after a refused call: want standard input unread", got, err)
	}
	if _, err := in.Read("-"); !errors.Is(err, ErrStdinTwice) {
		t.Fatalf("a later Read(-) error %v, want ErrStdinTwice", err)
	}
}

func TestStdinReader(t *testing.T) {
	in := Inputs{Stdin: strings.NewReader("a stream")}
	r, err := in.StdinReader()
	if err != nil || r != in.Stdin {
		t.Fatalf("StdinReader() = %v, %v; want the Stdin given", r, err)
	}
	if _, err := in.Read("-"); !errors.Is(err, ErrStdinTwice) {
		t.Errorf("Read(-) after StdinReader: error %v, want ErrStdinTwice", err)
	}
	var zero Inputs
	if r, err := zero.StdinReader(); err != nil || r != os.Stdin {
		t.Errorf("the zero Inputs' StdinReader() = %v, %v; want os.Stdin", r, err)
	}
}

func TestSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64 // 0: an error
	}{
		{"100", 100}, {"64MiB", 64 << 20}, {"1GiB", 1 << 30}, {"2MB", 2e6}, {"100kB", 1e5}, {"5 KiB", 5 << 10},
		{"0", 0}, {"-3", 0}, {"lots", 0}, {"MiB", 0}, {"99999999999GiB", 0},
	}
	for _, tt := range tests {
		var s Size
		err := s.Set(tt.in)
		if tt.want == 0 {
			if err == nil {
				t.Errorf("Set(%q) = %d, want an error", tt.in, s)
			}
			continue
		}
		if err != nil || int64(s) != tt.want {
			t.Errorf("Set(%q) = %d, %v; want %d", tt.in, s, err, tt.want)
		}
	}
	if got := FormatSize(DefaultMaxBytes); got != "64MiB" {
		t.Errorf("FormatSize(DefaultMaxBytes) = %q", got)
	}
}
