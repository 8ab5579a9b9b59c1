package claims_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden checks segmentation and features against testdata/segment/*.txtar.
// Each file has an input section and one section per output form; -update
// rewrites the outputs from the current code.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/segment/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			comment, sections, err := golden.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			input, ok := golden.Get(sections, "input")
			if !ok {
				t.Fatal("no input section")
			}
			if article, ok := golden.Get(sections, "article"); ok {
				b, err := os.ReadFile(filepath.Join("..", strings.TrimSpace(article)))
				if err != nil {
					t.Fatal(err)
				}
				// Sections end with a newline; the article may not.
				if string(b) != input && string(b)+"\n" != input {
					t.Fatalf("input section differs from %s", strings.TrimSpace(article))
				}
				input = string(b)
			}
			got := []golden.Section{{Name: "sentences", Data: renderSentences(input)}, {Name: "features", Data: renderFeatures(input)}}
			if *update {
				var out []golden.Section
				for _, s := range sections {
					if s.Name == "input" || s.Name == "article" {
						out = append(out, s)
					}
				}
				if err := os.WriteFile(path, golden.Format(comment, append(out, got...)), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, g := range got {
				want, _ := golden.Get(sections, g.Name)
				if diff := cmp.Diff(want, g.Data); diff != "" {
					t.Errorf("%s mismatch (-want +got):\n%s", g.Name, diff)
				}
			}
		})
	}
}

func renderSentences(src string) string {
	var b strings.Builder
	d := claims.Parse(src)
	for _, c := range d.Statements {
		fmt.Fprintf(&b, "%d-%d %s\n", c.Start(), c.End(), strings.Join(strings.Fields(c.Text()), " "))
	}
	for _, e := range d.Excluded {
		fmt.Fprintf(&b, "excluded %s %d-%d %s\n", e.Reason, e.Start, e.End, strings.Join(strings.Fields(e.Text), " "))
	}
	return b.String()
}

func renderFeatures(src string) string {
	var b strings.Builder
	d := claims.Parse(src)
	for i, c := range d.Statements {
		if len(c.Numbers())+len(c.Dates())+len(c.RelativeDates())+len(c.Entities())+len(c.Quotes())+len(c.Cues()) == 0 {
			continue
		}
		fmt.Fprintf(&b, "sentence %d\n", i)
		for _, n := range c.Numbers() {
			fmt.Fprintf(&b, "  number %q value=%g", n.Text, n.Value)
			if n.Max != n.Value {
				fmt.Fprintf(&b, " max=%g", n.Max)
			}
			if n.Unit != "" {
				fmt.Fprintf(&b, " unit=%s", n.Unit)
			}
			if n.Ordinal {
				b.WriteString(" ordinal")
			}
			if n.Approx {
				b.WriteString(" approx")
			}
			if n.Per != claims.NoPeriod {
				fmt.Fprintf(&b, " per=%s", n.Per)
			}
			b.WriteByte('\n')
		}
		for _, dt := range c.Dates() {
			fmt.Fprintf(&b, "  date %q year=%d month=%d day=%d weekday=%d", dt.Text, dt.Year, dt.Month, dt.Day, dt.Weekday)
			if dt.EndYear != 0 {
				fmt.Fprintf(&b, " end=%d", dt.EndYear)
			}
			if dt.EndMonth != 0 {
				fmt.Fprintf(&b, " endmonth=%d", dt.EndMonth)
			}
			if dt.Decade {
				b.WriteString(" decade")
			}
			if dt.Part != "" {
				b.WriteString(" " + dt.Part)
			}
			b.WriteByte('\n')
		}
		for _, r := range c.RelativeDates() {
			fmt.Fprintf(&b, "  relative date %q scale=%s offset=%d", r.Text, r.Scale, r.Offset)
			if r.Part != claims.NoPart {
				fmt.Fprintf(&b, " part=%s", r.Part)
			}
			b.WriteByte('\n')
		}
		for _, e := range c.Entities() {
			fmt.Fprintf(&b, "  entity %q %s\n", e.Text(), strings.Join(e.Words, " "))
		}
		for _, q := range c.Quotes() {
			fmt.Fprintf(&b, "  quote %q\n", q.Text)
		}
		for _, cue := range c.Cues() {
			fmt.Fprintf(&b, "  %s %q", cue.Kind, cue.Text())
			if cue.Source() != "" {
				fmt.Fprintf(&b, " source=%q", cue.Source())
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}
