package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/textpos"
)

// writeText writes a report for a reader, each claim and each piece of
// evidence at its FILE:LINE:COL (from 1; columns in runes), the way
// compilers write errors, so that editors and CI logs link to them.
func writeText(w io.Writer, r *claimcheck.Report, sources []doc, derived doc) error {
	bw := bufio.NewWriter(w)
	dpos := positions(derived.text)
	spos := make([]*textpos.Index, len(sources))
	for i, s := range sources {
		spos[i] = positions(s.text)
	}
	fmt.Fprintf(bw, "%s: score %.3f: %d claims, %d supported, %d contradicted, %d unsupported\n",
		derived.name, r.Score, len(r.Claims), r.Supported, r.Contradicted, r.Unsupported)
	for _, c := range r.Claims {
		caption := ""
		if c.Caption {
			caption = "(caption) "
		}
		fmt.Fprintf(bw, "\n%s:%s: [%s %.2f] %s%s\n", derived.name, dpos.Pos(c.Start), strings.ToUpper(string(c.Label)), c.Score, caption, fold(c.Text))
		for _, e := range c.Evidence {
			k := 0 // with one source, evidence does not name it
			for i, s := range sources {
				if s.name == e.Source {
					k = i
					break
				}
			}
			fmt.Fprintf(bw, "   source %s:%s: %s\n", sources[k].name, spos[k].Pos(e.Start), fold(e.Text))
		}
		if len(c.Evidence) == 0 {
			fmt.Fprintln(bw, "   source: nothing related")
		}
		for _, f := range c.Findings {
			fmt.Fprintf(bw, "   - %s: %s\n", findingKind(f), f.Explanation)
		}
	}
	return bw.Flush()
}

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
