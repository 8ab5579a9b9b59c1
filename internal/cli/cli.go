// Package cli reads the inputs of claimcheck's example programs: files named
// as arguments, "-" for standard input (at most once), each refused with an
// error naming it when it is larger than a limit, before it is read whole.
//
// The programs share its conventions: an error is one line on standard
// error, prefixed with the program's name, and exit status 2 (see Exit).
package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// DefaultMaxBytes is the largest input a program reads unless its -max-input
// flag says otherwise: 64 MiB, some thousand times a long news article.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge is the cause of an *InputError for an input above the limit.
var ErrTooLarge = errors.New("input too large")

// ErrStdinTwice is the cause of an *InputError for a second "-" among the
// inputs: standard input can be read only once.
var ErrStdinTwice = errors.New(`standard input ("-") named more than once`)

// An InputError reports an input that cannot be read.
type InputError struct {
	Name  string // the file name as given, or "-" for standard input
	Limit int64  // the size limit in bytes, when Err is ErrTooLarge
	Err   error  // the cause: ErrTooLarge, ErrStdinTwice, or the operating system's error
}

// Error returns the error on one line, naming the input.
func (e *InputError) Error() string {
	name := e.Name
	if name == "-" {
		name = "standard input"
	}
	if errors.Is(e.Err, ErrTooLarge) {
		return fmt.Sprintf("cannot read %s: %v: more than %s (raise -max-input to read it)", name, e.Err, FormatSize(e.Limit))
	}
	return fmt.Sprintf("cannot read %s: %v", name, e.Err)
}

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// An Inputs reads the inputs of one program run. Its zero value reads
// os.Stdin with the default limit. An Inputs is not safe for concurrent use.
type Inputs struct {
	Stdin    io.Reader // standard input; nil means os.Stdin
	MaxBytes int64     // the largest input read, in bytes; 0 means DefaultMaxBytes
	stdin    bool      // whether "-" was read already
}

func (in *Inputs) max() int64 {
	if in.MaxBytes > 0 {
		return in.MaxBytes
	}
	return DefaultMaxBytes
}

// Read returns the contents of the named file, or of standard input for "-".
// A regular file larger than the limit is refused from its size, without
// reading it; a pipe or device is read up to the limit and refused when it
// goes on (so /dev/zero ends with an error, not with memory exhausted). A
// second "-" is an error.
func (in *Inputs) Read(name string) ([]byte, error) {
	var b bytes.Buffer
	if err := in.read(name, &b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ReadText is Read returning the contents as a string, read into it: a
// regular file is read into an array of its size, not into one that grows
// and then copied into a string, so that a large input is held once, not
// two or three times over.
func (in *Inputs) ReadText(name string) (string, error) {
	var b strings.Builder
	if err := in.read(name, &b); err != nil {
		return "", err
	}
	return b.String(), nil
}

// A sink is what read reads into: a bytes.Buffer or a strings.Builder.
type sink interface {
	io.Writer
	Grow(n int)
	Len() int
}

// read reads the named input into w, as Read describes.
func (in *Inputs) read(name string, w sink) error {
	limit := in.max()
	var r io.Reader
	if name == "-" {
		if in.stdin {
			return &InputError{Name: name, Err: ErrStdinTwice}
		}
		in.stdin = true
		r = in.Stdin
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(name)
		if err != nil {
			return &InputError{Name: name, Err: unwrapPath(err)}
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			return &InputError{Name: name, Err: unwrapPath(err)}
		}
		if fi.IsDir() {
			return &InputError{Name: name, Err: errors.New("is a directory")}
		}
		if fi.Mode().IsRegular() {
			if fi.Size() > limit {
				return &InputError{Name: name, Limit: limit, Err: ErrTooLarge}
			}
			// Room for the file and for the reads that find its end
			// (bytes.Buffer wants bytes.MinRead free), so that nothing
			// grows.
			w.Grow(int(fi.Size()) + bytes.MinRead)
		}
		r = f
	}
	if _, err := io.Copy(w, io.LimitReader(r, limit+1)); err != nil {
		return &InputError{Name: name, Err: unwrapPath(err)}
	}
	if int64(w.Len()) > limit {
		return &InputError{Name: name, Limit: limit, Err: ErrTooLarge}
	}
	return nil
}

// StdinReader returns standard input as a stream, for a program that reads
// it line by line rather than whole, and counts it as read: a later "-" is
// refused.
func (in *Inputs) StdinReader() (io.Reader, error) {
	if in.stdin {
		return nil, &InputError{Name: "-", Err: ErrStdinTwice}
	}
	in.stdin = true
	if in.Stdin == nil {
		return os.Stdin, nil
	}
	return in.Stdin, nil
}

// ReadAll reads every named input in order. It refuses a second "-" before
// reading anything, so that a mistaken command line fails at once.
func (in *Inputs) ReadAll(names []string) ([][]byte, error) {
	return readAll(in, names, in.Read)
}

// ReadAllText is ReadAll returning strings, as ReadText reads them.
func (in *Inputs) ReadAllText(names []string) ([]string, error) {
	return readAll(in, names, in.ReadText)
}

// readAll reads every named input in order with read, refusing a second
// "-" first.
func readAll[T any](in *Inputs, names []string, read func(string) (T, error)) ([]T, error) {
	seen := in.stdin
	for _, n := range names {
		if n == "-" {
			if seen {
				return nil, &InputError{Name: n, Err: ErrStdinTwice}
			}
			seen = true
		}
	}
	out := make([]T, 0, len(names))
	for _, n := range names {
		b, err := read(n)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// unwrapPath drops the path from a *fs.PathError, which the message names
// already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// A Size is a number of bytes that a flag sets, written as a plain number of
// bytes or with a unit: "64MiB", "512KiB", "1GiB", "2MB", "100kB".
type Size int64

var units = []struct {
	suffix string
	n      int64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30},
	{"kB", 1000}, {"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000},
	{"B", 1},
}

// Set parses a size.
func (s *Size) Set(v string) error {
	v = strings.TrimSpace(v)
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(v, u.suffix) {
			v, mult = strings.TrimSpace(strings.TrimSuffix(v, u.suffix)), u.n
			break
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return fmt.Errorf("want a positive size such as 64MiB, got %q", v)
	}
	*s = Size(n * mult)
	return nil
}

// String formats the size as Set reads it.
func (s *Size) String() string { return FormatSize(int64(*s)) }

// FormatSize writes n bytes in the largest binary unit that divides it.
func FormatSize(n int64) string {
	for _, u := range []struct {
		suffix string
		n      int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.n && n%u.n == 0 {
			return strconv.FormatInt(n/u.n, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// Exit prints err on one line to standard error, prefixed with the program's
// name, and exits with status 2, the status of every error of these
// programs (status 1 is kept for a check that fails its rule).
func Exit(prog string, err error) {
	fmt.Fprintf(os.Stderr, "%s: %v\n", prog, oneLine(err.Error()))
	os.Exit(2)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
