package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/textpos"
	"github.com/newsdesk/claimcheck/testdata"
)

// wholeText is the text form as it was written from the whole report
// before the claims were streamed: the reference the streamed form must
// match byte for byte.
func wholeText(w io.Writer, r *claimcheck.Report, sources []doc, derived doc) error {
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
			k := 0
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

// TestStreamedOutput checks that the text and -json output, written claim
// by claim as they are judged, is byte for byte what the whole report
// gives (the text form as it was written, the JSON as json.Encoder with
// two-space indentation makes it), on the bundled pairs, several sources,
// a text whose evidence holds characters the encoder escapes, and, with
// the spool made small, reports that go through a temporary file.
func TestStreamedOutput(t *testing.T) {
	read := func(name string) string {
		b, err := fs.ReadFile(testdata.Articles, "articles/"+name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // where the spools go: left-overs are counted there
	a000, a001 := read("000_12edaa15f57ff991.txt"), read("001_6ee0d0037e5bb740.txt")
	a002, a003 := read("002_8ded476984d74948.txt"), read("003_0028ed931bb52941.txt")
	escaped := "The <b>mayor</b> & the council opened the \u2028library on Monday. It cost 12 million dollars."
	for _, tc := range []struct {
		name    string
		sources []string
		derived string
		spool   int // spoolMemory for the case
	}{
		{"001-against-000", []string{a000}, a001, 4 << 20},
		{"003-against-002", []string{a002}, a003, 4 << 20},
		{"two sources", []string{a000, a002}, a003, 4 << 20},
		{"escaped characters", []string{escaped}, "The <b>mayor</b> & the council opened the library on Friday.", 4 << 20},
		{"spilled to a file", []string{a002}, a003, 1 << 10},
		{"spilled at once", []string{a000, a002}, a001, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func(n int) { spoolMemory = n }(spoolMemory)
			spoolMemory = tc.spool
			files := map[string]string{"derived.txt": tc.derived}
			for i, s := range tc.sources {
				files[fmt.Sprintf("source%d.txt", i)] = s
			}
			p := writeFiles(t, files)
			var args []string
			var sources []doc
			for i := range tc.sources {
				name := p[fmt.Sprintf("source%d.txt", i)]
				args = append(args, name)
				sources = append(sources, doc{name: name, text: tc.sources[i]})
			}
			args = append(args, p["derived.txt"])
			derived := doc{name: p["derived.txt"], text: tc.derived}

			c, _ := claimcheck.New(claimcheck.Options{})
			prepared := make([]*claimcheck.Source, len(sources))
			for i, s := range sources {
				prepared[i], _ = c.NewSource(s.name, s.text)
			}
			r, err := c.CheckSources(tc.derived, prepared...)
			if err != nil {
				t.Fatal(err)
			}
			var wantText, wantJSON bytes.Buffer
			if err := wholeText(&wantText, r, sources, derived); err != nil {
				t.Fatal(err)
			}
			enc := json.NewEncoder(&wantJSON)
			enc.SetIndent("", "  ")
			if err := enc.Encode(r); err != nil {
				t.Fatal(err)
			}
			for _, form := range []struct {
				json bool
				want string
			}{{false, wantText.String()}, {true, wantJSON.String()}} {
				var out bytes.Buffer
				if _, err := run(stdin(""), &out, &bytes.Buffer{}, args, config{json: form.json}); err != nil {
					t.Fatal(err)
				}
				if d := cmp.Diff(form.want, out.String()); d != "" {
					t.Errorf("json %v: streamed output differs from the whole report's (-whole +streamed):\n%s", form.json, d)
				}
			}
			if left, _ := filepath.Glob(filepath.Join(tmp, "claimcheck-report-*")); len(left) > 0 {
				t.Errorf("temporary files left behind: %v", left)
			}
		})
	}
}

// TestSpool checks that a spool gives back what was written, in memory and
// once it has moved to a temporary file, and that Close removes the file.
func TestSpool(t *testing.T) {
	defer func(n int) { spoolMemory = n }(spoolMemory)
	spoolMemory = 10
	t.Setenv("TMPDIR", t.TempDir())
	var sp spool
	var want strings.Builder
	for i := range 5 {
		fmt.Fprintf(&sp, "line %d\n", i)
		fmt.Fprintf(&want, "line %d\n", i)
		if i == 0 && sp.file != nil {
			t.Fatal("7 bytes went to a file; the spool holds 10 in memory")
		}
	}
	if sp.file == nil {
		t.Fatal("35 bytes stayed in memory; the spool holds 10")
	}
	name := sp.file.Name()
	for range 2 { // WriteTo leaves the spool as it was
		var got bytes.Buffer
		if _, err := sp.WriteTo(&got); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("spool gave %q, want %q", got.String(), want.String())
		}
	}
	if err := sp.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(name); !os.IsNotExist(err) {
		t.Errorf("%s still there after Close (%v)", name, err)
	}
}
