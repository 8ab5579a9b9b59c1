// Command check tells, claim by claim, whether a derived text says what its
// source says.
//
// Usage:
//
//	go run ./examples/check                     # the bundled articles: 001 against 000, 003 against 002
//	go run ./examples/check SOURCE DERIVED      # two files; "-" reads one of them from standard input
//	go run ./examples/check -json SOURCE DERIVED
//	go run ./examples/check -jsonl < cases.jsonl
//
// -json prints the report as one JSON object. -jsonl reads lines
// {"id": "...", "source": "...", "derived": "..."} on standard input and writes
// exactly one line per input line, in order, whatever the bytes: the report
// with the id added, or {"id": ..., "error": "..."} for a line that cannot be
// checked (empty, not JSON, a field missing or not a string, longer than
// -max-input, a text with no sentences), with the id whenever it can be
// read; the run goes on after it. Lines may be of any length up to
// -max-input. Each distinct source is prepared once while it is among the 64
// most recently used (16 MiB of source text at most). "-" may
// stand for one input, not two. An input larger than -max-input (64 MiB by
// default) is refused before it is read whole. An input that cannot be read
// is a one-line error naming it, and exit status 2.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/cli"
	"github.com/newsdesk/claimcheck/testdata"
)

func main() {
	asJSON := flag.Bool("json", false, "print the report as JSON")
	asJSONL := flag.Bool("jsonl", false, `read {"id","source","derived"} lines on standard input, write one report per line`)
	maxInput := cli.Size(cli.DefaultMaxBytes)
	flag.Var(&maxInput, "max-input", "refuse an input file larger than this (64MiB, 1GiB, ...)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: check [-json] [SOURCE DERIVED] | check -jsonl < cases.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	in := &cli.Inputs{Stdin: os.Stdin, MaxBytes: int64(maxInput)}
	if err := run(in, os.Stdout, flag.Args(), *asJSON, *asJSONL); err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, "check:", err)
			flag.Usage()
			os.Exit(2)
		}
		cli.Exit("check", err)
	}
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(in *cli.Inputs, stdout io.Writer, args []string, asJSON, asJSONL bool) error {
	checker, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		return err
	}
	switch {
	case asJSONL:
		if len(args) != 0 {
			return usageError{"-jsonl reads standard input and takes no file arguments"}
		}
		_, err := checkLines(checker, in.Stdin, stdout, jsonlConfig{workers: runtime.NumCPU(), maxLine: in.MaxBytes})
		return err
	case len(args) == 2:
		texts, err := in.ReadAll(args)
		if err != nil {
			return err
		}
		return checkPair(checker, stdout, string(texts[0]), string(texts[1]), "", asJSON)
	case len(args) == 0:
		return checkBundled(checker, stdout, asJSON)
	}
	return usageError{"want SOURCE and DERIVED, or no arguments"}
}

func checkPair(checker *claimcheck.Checker, w io.Writer, source, derived, title string, asJSON bool) error {
	r, err := checker.Check(source, derived)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	if title != "" {
		fmt.Fprintf(w, "== %s\n", title)
	}
	return r.WriteText(w)
}

// bundled names the pairs checked when no files are given.
var bundled = []struct{ source, derived, title string }{
	{"articles/000_12edaa15f57ff991.txt", "articles/001_6ee0d0037e5bb740.txt", "001 (a rewrite) against 000 (the report it rewrites)"},
	{"articles/002_8ded476984d74948.txt", "articles/003_0028ed931bb52941.txt", "003 (a tabloid rewrite) against 002 (a newspaper story in translation)"},
}

func checkBundled(checker *claimcheck.Checker, w io.Writer, asJSON bool) error {
	for i, p := range bundled {
		source, err := fs.ReadFile(testdata.Articles, p.source)
		if err != nil {
			return err
		}
		derived, err := fs.ReadFile(testdata.Articles, p.derived)
		if err != nil {
			return err
		}
		if i > 0 && !asJSON {
			fmt.Fprintln(w)
		}
		if err := checkPair(checker, w, string(source), string(derived), p.title, asJSON); err != nil {
			return err
		}
	}
	return nil
}
