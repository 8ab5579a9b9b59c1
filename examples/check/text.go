package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/textpos"
)

// A reportForm writes a report claim by claim, as the claims are judged,
// then its totals. Both forms give the totals first, so the claims wait in
// a spool (memory, then a temporary file) until finish writes everything
// out: what is held does not grow with the report.
type reportForm interface {
	// claim adds the next claim.
	claim(c claimcheck.Claim) error
	// finish writes the whole report to w: r holds the totals (its Claims
	// are not read), n is the number of claims.
	finish(w io.Writer, r *claimcheck.Report, n int) error
	// Close removes what the spool kept on disk.
	Close() error
}

// A textReport is the report for a reader, each claim and each piece of
// evidence at its FILE:LINE:COL (from 1; columns in runes), the way
// compilers write errors, so that editors and CI logs link to them.
type textReport struct {
	sp      spool
	bw      *bufio.Writer // onto sp
	sources []doc
	derived doc
	title   string // "== title" above the report, when not ""
	dpos    *textpos.Index
	spos    []*textpos.Index
}

func newTextReport(sources []doc, derived doc, dpos *textpos.Index, title string) *textReport {
	t := &textReport{sources: sources, derived: derived, title: title, dpos: dpos}
	t.bw = bufio.NewWriter(&t.sp)
	t.spos = make([]*textpos.Index, len(sources))
	for i, s := range sources {
		t.spos[i] = positions(s.text)
	}
	return t
}

func (t *textReport) claim(c claimcheck.Claim) error {
	bw := t.bw
	caption := ""
	if c.Caption {
		caption = "(caption) "
	}
	fmt.Fprintf(bw, "\n%s:%s: [%s %.2f] %s%s\n", t.derived.name, t.dpos.Pos(c.Start), strings.ToUpper(string(c.Label)), c.Score, caption, fold(c.Text))
	for _, e := range c.Evidence {
		k := 0 // with one source, evidence does not name it
		for i, s := range t.sources {
			if s.name == e.Source {
				k = i
				break
			}
		}
		fmt.Fprintf(bw, "   source %s:%s: %s\n", t.sources[k].name, t.spos[k].Pos(e.Start), fold(e.Text))
	}
	if len(c.Evidence) == 0 {
		fmt.Fprintln(bw, "   source: nothing related")
	}
	for _, f := range c.Findings {
		fmt.Fprintf(bw, "   - %s: %s\n", findingKind(f), f.Explanation)
	}
	_, err := bw.Write(nil) // a failed write of the spool sticks: this returns it
	return err
}

func (t *textReport) finish(w io.Writer, r *claimcheck.Report, n int) error {
	if err := t.bw.Flush(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if t.title != "" {
		fmt.Fprintf(bw, "== %s\n", t.title)
	}
	fmt.Fprintf(bw, "%s: score %.3f: %d claims, %d supported, %d contradicted, %d unsupported\n",
		t.derived.name, r.Score, n, r.Supported, r.Contradicted, r.Unsupported)
	if _, err := t.sp.WriteTo(bw); err != nil {
		return err
	}
	return bw.Flush()
}

func (t *textReport) Close() error { return t.sp.Close() }

// findingKind names a finding's kind and, when it has one, the ID of the
// rule that found it: "number (NU1)".
func findingKind(f claimcheck.Finding) string {
	if f.Rule == "" {
		return string(f.Kind)
	}
	return fmt.Sprintf("%s (%s)", f.Kind, f.Rule)
}

// positions indexes a text's lines.
func positions(text string) *textpos.Index { return textpos.New(text) }

// fold folds runs of white space to one space.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }
