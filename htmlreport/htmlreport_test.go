package htmlreport_test

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/htmlreport"
	"github.com/newsdesk/claimcheck/testdata"
)

var update = flag.Bool("update", false, "rewrite the golden pages in ../testdata/html")

// article returns the bundled article whose name starts with prefix.
func article(t testing.TB, prefix string) string {
	t.Helper()
	matches, err := fs.Glob(testdata.Articles, "articles/"+prefix+"_*.txt")
	if err != nil || len(matches) != 1 {
		t.Fatalf("article %s: %v %v", prefix, matches, err)
	}
	b, err := fs.ReadFile(testdata.Articles, matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// bundledPage checks the bundled derived article against its source and
// renders the page.
func bundledPage(t testing.TB, source, derived string) (*claimcheck.Report, []byte) {
	t.Helper()
	src, der := article(t, source), article(t, derived)
	r, err := claimcheck.Check(src, der)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := htmlreport.Write(&b, r, htmlreport.Doc{Name: derived, Text: der}, htmlreport.Doc{Name: source, Text: src}); err != nil {
		t.Fatal(err)
	}
	return r, b.Bytes()
}

// TestGoldenPages compares the pages of the bundled pairs with
// ../testdata/html/*.html; -update rewrites them (open them in a browser
// and read the diff before committing).
func TestGoldenPages(t *testing.T) {
	for _, pair := range [][2]string{{"000", "001"}, {"002", "003"}} {
		name := pair[1] + "-against-" + pair[0]
		t.Run(name, func(t *testing.T) {
			_, got := bundledPage(t, pair[0], pair[1])
			_, again := bundledPage(t, pair[0], pair[1])
			if !bytes.Equal(got, again) {
				t.Fatal("two renderings of one report differ")
			}
			path := filepath.Join("..", "testdata", "html", name+".html")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("page %s mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// unescape undoes the escaping html/template does in text.
var unescape = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'", "&quot;", `"`)

// column returns the text of the <div class="text"> that follows the
// heading h, tags removed and entities undone.
func column(t *testing.T, page, h string) string {
	t.Helper()
	i := strings.Index(page, h)
	if i < 0 {
		t.Fatalf("no heading %q", h)
	}
	rest := page[i:]
	start := strings.Index(rest, `<div class="text">`)
	end := strings.Index(rest, "</div>")
	if start < 0 || end < start {
		t.Fatalf("no text after %q", h)
	}
	return unescape.Replace(tagRE.ReplaceAllString(rest[start+len(`<div class="text">`):end], ""))
}

// TestTextIntact checks that each column shows its text byte for byte:
// marking claims and evidence adds tags, never changes the text.
func TestTextIntact(t *testing.T) {
	_, page := bundledPage(t, "002", "003")
	if got, want := column(t, string(page), "Derived: 003"), article(t, "003"); got != want {
		t.Errorf("derived column differs from the text:\n%s", cmp.Diff(want, got))
	}
	if got, want := column(t, string(page), "Source: 002"), article(t, "002"); got != want {
		t.Errorf("source column differs from the text:\n%s", cmp.Diff(want, got))
	}
}

// TestEveryClaimLinksToItsEvidence checks that each claim of the report is
// drawn once, with its label, and that every evidence id it names is drawn
// in the source column.
func TestEveryClaimLinksToItsEvidence(t *testing.T) {
	r, b := bundledPage(t, "002", "003")
	page := string(b)
	claimRE := regexp.MustCompile(`<span class="mark claim (\w+)" id="c(\d+)"[^>]* data-ev="([^"]*)"`)
	found := claimRE.FindAllStringSubmatch(page, -1)
	if len(found) != len(r.Claims) {
		t.Fatalf("%d claims drawn; the report has %d", len(found), len(r.Claims))
	}
	for i, m := range found {
		c := r.Claims[i]
		if m[1] != string(c.Label) || m[2] != fmt.Sprint(i+1) {
			t.Errorf("claim %d drawn as %s c%s; want %s c%d", i+1, m[1], m[2], c.Label, i+1)
		}
		ids := strings.Fields(m[3])
		if len(ids) != len(c.Evidence) {
			t.Errorf("claim %d links %d pieces of evidence; it has %d", i+1, len(ids), len(c.Evidence))
		}
		for j, id := range ids {
			if !strings.Contains(page, `<span class="evidence" id="`+id+`">`+template(c.Evidence[j].Text)+`</span>`) {
				t.Errorf("claim %d: evidence %s is not drawn with its text %q", i+1, id, c.Evidence[j].Text)
			}
		}
	}
}

// template escapes text as html/template does in the page's text.
func template(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// TestEscaping checks that markup in the texts is shown, not run.
func TestEscaping(t *testing.T) {
	src := `The mayor said <b>"yes"</b> & left.`
	der := `The mayor said <script>alert(1)</script> & left.`
	r, err := claimcheck.Check(src, der)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := htmlreport.Write(&b, r, htmlreport.Doc{Name: `<i>d</i>`, Text: der}, htmlreport.Doc{Text: src}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, bad := range []string{"<script>alert", `<b>"yes"`, "<i>d</i>"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q unescaped", bad)
		}
	}
	for _, good := range []string{"&lt;script&gt;alert(1)&lt;/script&gt; &amp; left.", "&lt;b&gt;&#34;yes&#34;&lt;/b&gt;", "Derived: &lt;i&gt;d&lt;/i&gt;"} {
		if !strings.Contains(page, good) {
			t.Errorf("the page lacks %q", good)
		}
	}
	if got := column(t, page, "Derived: "); got != der {
		t.Errorf("derived column = %q; want %q", got, der)
	}
}

// TestSeveralSources checks that evidence goes to the column of the source
// it names.
func TestSeveralSources(t *testing.T) {
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	wireText, paperText := "The mayor opened the new library on Monday.", "The library cost 12 million dollars to build."
	wire, _ := c.NewSource("wire", wireText)
	paper, _ := c.NewSource("paper", paperText)
	der := "The mayor opened the library on Monday. It cost 12 million dollars."
	r, err := c.CheckSources(der, wire, paper)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	// The sources in another order than the report's: evidence is matched by name.
	err = htmlreport.Write(&b, r, htmlreport.Doc{Text: der}, htmlreport.Doc{Name: "paper", Text: paperText}, htmlreport.Doc{Name: "wire", Text: wireText})
	if err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{
		`data-ev="e1-0"`, `<span class="evidence" id="e1-0">The mayor opened the new library on Monday.</span>`,
		`data-ev="e0-0"`, `<span class="evidence" id="e0-0">The library cost 12 million dollars to build.</span>`,
		"Source: paper", "Source: wire",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// TestWrongTexts checks that a report given with texts it was not made from
// is an error, and that nothing is written.
func TestWrongTexts(t *testing.T) {
	src := "The dam held after three days of rain. Officials said no one was hurt."
	der := "The dam held after three days of rain. No one was hurt, officials said."
	r, err := claimcheck.Check(src, der)
	if err != nil {
		t.Fatal(err)
	}
	d, s := htmlreport.Doc{Text: der}, htmlreport.Doc{Text: src}
	tests := []struct {
		reason  string
		r       *claimcheck.Report
		derived htmlreport.Doc
		sources []htmlreport.Doc
		want    string
	}{
		{"no report", nil, d, []htmlreport.Doc{s}, "no report"},
		{"no source", r, d, nil, "no source"},
		{"the texts swapped", r, s, []htmlreport.Doc{d}, "is the report for this text?"},
		{"a shorter derived text", r, htmlreport.Doc{Text: der[:10]}, []htmlreport.Doc{s}, "outside the 10 bytes"},
		{"another source", r, d, []htmlreport.Doc{{Text: strings.ToUpper(src)}}, "evidence"},
		{"two sources, evidence naming neither", r, d, []htmlreport.Doc{{Name: "a", Text: src}, {Name: "b", Text: src}}, "names no source"},
		{"two sources of one name", r, d, []htmlreport.Doc{s, s}, "two sources are named"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var b bytes.Buffer
			err := htmlreport.Write(&b, tt.r, tt.derived, tt.sources...)
			if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("Write = %v; want a one-line error containing %q", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("Write wrote %d bytes before its error", b.Len())
			}
		})
	}
}

// TestFindingMarks checks where the page marks a claim's findings: in
// UTF-16 code units, as the script counts, past a character that takes two
// (an emoji) and one that takes three bytes (a curly quote).
func TestFindingMarks(t *testing.T) {
	src := "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday."
	der := "Maria 😀 Ortiz’s rival said Maria Ortiz, 45, was elected mayor of Springfield on Tuesday."
	r, err := claimcheck.Check(src, der)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := htmlreport.Write(&b, r, htmlreport.Doc{Text: der}, htmlreport.Doc{Text: src}); err != nil {
		t.Fatal(err)
	}
	c := r.Claims[0]
	var f *claimcheck.Finding
	for i := range c.Findings {
		if c.Findings[i].Kind == claimcheck.Number {
			f = &c.Findings[i]
		}
	}
	if f == nil || f.Claim == nil || f.Source == nil || f.Claim.Text != "45" {
		t.Fatalf("want a number finding on \"45\": %+v", c.Findings)
	}
	units := func(s string) int { return len(utf16.Encode([]rune(s))) }
	from := units(der[c.Start:f.Claim.Start])
	if from == f.Claim.Start-c.Start {
		t.Fatal("the test text has no character whose UTF-16 length differs from its bytes")
	}
	want := fmt.Sprintf("c1:%d-%d", from, from+2)
	ev := fmt.Sprintf("e0-%d:%d-%d", c.Evidence[0].Start, units(src[c.Evidence[0].Start:f.Source.Start]), units(src[c.Evidence[0].Start:f.Source.End]))
	m := regexp.MustCompile(`data-marks="([^"]*)"`).FindStringSubmatch(b.String())
	if m == nil || !slices.Contains(strings.Fields(m[1]), want) || !slices.Contains(strings.Fields(m[1]), ev) {
		t.Errorf("data-marks = %q; want %s and %s among them", m, want, ev)
	}
}

// BenchmarkWrite renders the page of 003 against 002; bytes are those of
// both texts.
func BenchmarkWrite(b *testing.B) {
	src, der := article(b, "002"), article(b, "003")
	r, err := claimcheck.Check(src, der)
	if err != nil {
		b.Fatal(err)
	}
	d, s := htmlreport.Doc{Name: "003", Text: der}, htmlreport.Doc{Name: "002", Text: src}
	b.SetBytes(int64(len(src) + len(der)))
	b.ReportAllocs()
	for b.Loop() {
		if err := htmlreport.Write(io.Discard, r, d, s); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrentWrite writes one report from several goroutines (run it
// with -race): every page is the same.
func TestConcurrentWrite(t *testing.T) {
	r, want := bundledPage(t, "000", "001")
	src, der := article(t, "000"), article(t, "001")
	pages := make([][]byte, 4)
	var wg sync.WaitGroup
	for i := range pages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			if err := htmlreport.Write(&b, r, htmlreport.Doc{Name: "001", Text: der}, htmlreport.Doc{Name: "000", Text: src}); err != nil {
				t.Error(err)
			}
			pages[i] = b.Bytes()
		}()
	}
	wg.Wait()
	for i, p := range pages {
		if !bytes.Equal(p, want) {
			t.Errorf("page %d written concurrently differs", i)
		}
	}
}
