// Command check tells, claim by claim, whether a derived text says what its
// source says, and can fail a CI step when it does not.
//
// Usage:
//
//	go run ./examples/check                          # the bundled articles: 001 against 000, 003 against 002
//	go run ./examples/check SOURCE DERIVED           # two files; "-" reads one of them from standard input
//	go run ./examples/check SOURCE... DERIVED        # several sources: the last file is the derived text
//	go run ./examples/check -source A -source B DERIVED
//	go run ./examples/check -fail-on contradicted SOURCE DERIVED
//	go run ./examples/check -json SOURCE DERIVED
//	go run ./examples/check -jsonl < cases.jsonl
//
// The text output gives each claim as FILE:LINE:COL, the way compilers give
// errors: LINE and COL count from 1, and COL counts characters (runes), not
// bytes. Each piece of evidence is given the same way in the source it comes
// from. -json prints the report as one JSON object (byte offsets; with
// several sources each piece of evidence names its source). The claims are
// judged one at a time and each is written as it comes; since both forms
// give the totals first, the claims wait in a spool (memory up to 4 MiB,
// then a temporary file) until the totals are known, so that the report of
// a long text is never held whole.
//
// -fail-on sets the rule a CI step holds the report to, a comma-separated
// list of: "contradicted" (no claim may be contradicted), "unsupported"
// (every claim must be supported), rule IDs such as "HE1" (no claim may have
// a finding of that rule: a dropped "allegedly") and "score<X" (the document
// score must be at least X). The default sets no rule.
//
// -jsonl reads lines {"id": "...", "source": "...", "derived": "..."} on
// standard input and writes exactly one line per input line, in order,
// whatever the bytes: the report with the id added, or {"id": ..., "error":
// "..."} for a line that cannot be checked (empty, not JSON, a field missing
// or not a string, longer than -max-input, a text with no sentences), with
// the id whenever it can be read; the run goes on after it. Lines may be of
// any length up to -max-input. Each distinct source is prepared once while
// it is among the 64 most recently used (16 MiB of source text at most).
// When standard error is a terminal, a progress line there gives the cases
// done, the speed and the time left; standard output holds only reports.
//
// "-" may stand for one input, not two. An input larger than -max-input
// (64 MiB by default) is refused before it is read whole.
//
// -memory-limit is a soft limit on the heap: "auto" (the default) keeps it
// at the heap found live at the last collection and 35% more
// (at least 96 MiB more), so that the collector does not let a long check's
// heap grow to twice what it holds; "off" leaves the collector's default; a size (2GiB) sets that
// limit from the start, for -jsonl too, which "auto" leaves alone.
//
// Exit status: 0 when every report holds the -fail-on rule (always, without
// one); 1 when a report breaks it (with -jsonl, error lines do not count);
// 2 on an error: a bad command line, an input that cannot be read (one line
// naming it), a text that cannot be checked.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strings"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/cli"
	"github.com/newsdesk/claimcheck/internal/gate"
	"github.com/newsdesk/claimcheck/internal/textpos"
	"github.com/newsdesk/claimcheck/testdata"
)

// config is what the flags set.
type config struct {
	json, jsonl bool
	sources     []string  // -source files, before those given as arguments
	rule        gate.Rule // -fail-on
	progress    io.Writer // where -jsonl reports progress; nil for nowhere
	memory      memoryLimit
}

func main() {
	var cfg config
	flag.BoolVar(&cfg.json, "json", false, "print the report as JSON")
	flag.BoolVar(&cfg.jsonl, "jsonl", false, `read {"id","source","derived"} lines on standard input, write one report per line`)
	maxInput := cli.Size(cli.DefaultMaxBytes)
	flag.Var(&maxInput, "max-input", "refuse an input file (or -jsonl line) larger than this (64MiB, 1GiB, ...)")
	cfg.memory = memoryLimit{auto: true}
	flag.Var(&cfg.memory, "memory-limit", "a soft limit on the heap: auto (the live heap and 35% more), off, or a size such as 2GiB")
	flag.Func("source", "a source file; may be repeated (the arguments are then DERIVED alone, or more sources and DERIVED)", func(s string) error {
		cfg.sources = append(cfg.sources, s)
		return nil
	})
	flag.Func("fail-on", "exit 1 when a report breaks this rule: contradicted, unsupported, a rule ID such as HE1, score<X, or several joined by commas", func(s string) error {
		r, err := gate.Parse(s)
		cfg.rule = r
		return err
	})
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: check [-json] [-fail-on RULE] [-source FILE]... [SOURCE]... DERIVED | check -jsonl < cases.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if isTerminal(os.Stderr) {
		cfg.progress = os.Stderr
	}
	cfg.memory.start()
	in := &cli.Inputs{Stdin: os.Stdin, MaxBytes: int64(maxInput)}
	failed, err := run(in, os.Stdout, os.Stderr, flag.Args(), cfg)
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, "check:", err)
			flag.Usage()
			os.Exit(2)
		}
		cli.Exit("check", err)
	}
	if failed {
		os.Exit(1)
	}
}

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// run does what the command line asks. It reports whether a report broke the
// -fail-on rule, saying how on stderr; an error means exit status 2.
func run(in *cli.Inputs, stdout, stderr io.Writer, args []string, cfg config) (failed bool, err error) {
	checker, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		return false, err
	}
	if cfg.jsonl {
		if len(args) != 0 || len(cfg.sources) != 0 {
			return false, usageError{"-jsonl reads standard input and takes no file arguments"}
		}
		stdin, err := in.StdinReader()
		if err != nil {
			return false, err
		}
		jc := jsonlConfig{workers: runtime.NumCPU(), maxLine: in.MaxBytes, gate: cfg.rule}
		if cfg.progress != nil {
			p := newProgress(cfg.progress, stdin)
			jc.progress = p.update
			defer p.done()
		}
		failed, err := checkLines(checker, stdin, stdout, jc)
		if failed {
			fmt.Fprintf(stderr, "check: a report breaks -fail-on %s (%s)\n", cfg.rule, cfg.rule.Describe())
		}
		return failed, err
	}
	if len(args) == 0 && len(cfg.sources) == 0 {
		return checkBundled(checker, stdout, stderr, cfg)
	}
	names := append(append([]string(nil), cfg.sources...), args...)
	if len(args) == 0 || len(names) < 2 {
		return false, usageError{"want one or more SOURCE files and then DERIVED, or no arguments"}
	}
	texts, err := in.ReadAllText(names) // read into strings: a large input is held once
	if err != nil {
		return false, err
	}
	docs := make([]doc, len(names))
	for i := range names {
		docs[i] = doc{name: displayName(names[i]), text: texts[i]}
	}
	return checkDocs(checker, stdout, stderr, docs[:len(docs)-1], docs[len(docs)-1], "", cfg)
}

// displayName is how a file is named in reports.
func displayName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}

// A doc is a text and the name reports give it.
type doc struct{ name, text string }

// checkDocs checks derived against the sources, writes the report and
// reports whether it breaks the rule. The claims are judged one at a time
// (claimcheck.Stream) and each goes to the report's form as it comes, so
// that neither the report nor its JSON is ever held whole.
func checkDocs(checker *claimcheck.Checker, stdout, stderr io.Writer, sources []doc, derived doc, title string, cfg config) (bool, error) {
	cfg.memory.checking()
	prepared := make([]*claimcheck.Source, len(sources))
	for i, s := range sources {
		src, err := checker.NewSource(s.name, s.text)
		if err != nil {
			return false, err
		}
		prepared[i] = src
	}
	st, err := checker.Stream(context.Background(), derived.text, prepared...)
	if err != nil {
		var ie *claimcheck.InputError
		if errors.As(err, &ie) && ie.Text == "derived" {
			ie.Text = derived.name // name the file, not its role
		}
		return false, err
	}

	var dpos *textpos.Index // made when first needed
	pos := func(off int) string {
		if dpos == nil {
			dpos = positions(derived.text)
		}
		return dpos.Pos(off).String()
	}
	var form reportForm
	if cfg.json {
		form = newJSONReport()
	} else {
		dpos = positions(derived.text)
		form = newTextReport(sources, derived, dpos, title)
	}
	defer form.Close()
	var broken []string // the claims that break the rule: "LINE:COL label"
	for c, err := range st.Claims() {
		if err != nil {
			return false, err
		}
		if err := form.claim(c); err != nil {
			return false, err
		}
		if cfg.rule.Breaks(c) {
			broken = append(broken, fmt.Sprintf("%s %s", pos(c.Start), cfg.rule.Reason(c)))
		}
	}
	r, err := st.Report()
	if err != nil {
		return false, err
	}
	if err := form.finish(stdout, r, st.Len()); err != nil {
		return false, err
	}
	if err := form.Close(); err != nil {
		return false, err
	}
	var parts []string
	if len(broken) > 0 {
		parts = append(parts, fmt.Sprintf("%d claims (%s)", len(broken), strings.Join(broken, ", ")))
	}
	if len(cfg.rule.Check(r)) > 0 { // r has no claims: only the document score can break the rule
		parts = append(parts, fmt.Sprintf("score %.3f", r.Score))
	}
	if len(parts) == 0 {
		return false, nil
	}
	fmt.Fprintf(stderr, "check: %s breaks -fail-on %s (%s): %s\n", derived.name, cfg.rule, cfg.rule.Describe(), strings.Join(parts, "; "))
	return true, nil
}

// bundled names the pairs checked when no files are given.
var bundled = []struct{ source, derived, title string }{
	{"articles/000_12edaa15f57ff991.txt", "articles/001_6ee0d0037e5bb740.txt", "001 (a rewrite) against 000 (the report it rewrites)"},
	{"articles/002_8ded476984d74948.txt", "articles/003_0028ed931bb52941.txt", "003 (a tabloid rewrite) against 002 (a newspaper story in translation)"},
}

func checkBundled(checker *claimcheck.Checker, stdout, stderr io.Writer, cfg config) (bool, error) {
	failed := false
	for i, p := range bundled {
		source, err := fs.ReadFile(testdata.Articles, p.source)
		if err != nil {
			return false, err
		}
		derived, err := fs.ReadFile(testdata.Articles, p.derived)
		if err != nil {
			return false, err
		}
		if i > 0 && !cfg.json {
			fmt.Fprintln(stdout)
		}
		f, err := checkDocs(checker, stdout, stderr, []doc{{"testdata/" + p.source, string(source)}},
			doc{"testdata/" + p.derived, string(derived)}, p.title, cfg)
		if err != nil {
			return false, err
		}
		failed = failed || f
	}
	return failed, nil
}
