package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/cli"
	"github.com/newsdesk/claimcheck/internal/golden"
)

var update = flag.Bool("update", false, "rewrite ../../testdata/outlets/bundled.txtar")

// TestGolden compares the outputs on the four bundled articles with
// testdata/outlets/bundled.txtar: the text, the JSON, the index page and
// the list of pages written. -update rewrites it; read the diff.
func TestGolden(t *testing.T) {
	var text, js bytes.Buffer
	dir := t.TempDir()
	if err := run(&cli.Inputs{}, &text, nil, nil, false, dir); err != nil {
		t.Fatal(err)
	}
	if err := run(&cli.Inputs{}, &js, nil, nil, true, ""); err != nil {
		t.Fatal(err)
	}
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		files = append(files, e.Name()+"\n")
	}
	got := []golden.Section{
		{Name: "text", Data: text.String()},
		{Name: "json", Data: js.String()},
		{Name: "index.html", Data: string(index)},
		{Name: "files", Data: strings.Join(files, "")},
	}
	// Every link of the index leads to a page written, and to a claim in it.
	links := regexp.MustCompile(`<a href="([^"#]+)(#c\d+)?"`).FindAllStringSubmatch(string(index), -1)
	if len(links) < 16 {
		t.Errorf("the index has %d links; want one per cell, 16", len(links))
	}
	for _, l := range links {
		page, err := os.ReadFile(filepath.Join(dir, l[1]))
		if err != nil {
			t.Errorf("the index links to %s: %v", l[1], err)
			continue
		}
		if l[2] != "" && !strings.Contains(string(page), `id="`+l[2][1:]+`"`) {
			t.Errorf("the index links to %s%s, which has no such claim", l[1], l[2])
		}
	}
	path := filepath.Join("..", "..", "testdata", "outlets", "bundled.txtar")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		comment := "go run ./examples/outlets on the four bundled articles: the text, -json, and -html DIR's index page and files.\n"
		if err := os.WriteFile(path, golden.Format(comment, got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	_, sections, err := golden.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range got {
		want, _ := golden.Get(sections, g.Name)
		if diff := cmp.Diff(want, g.Data); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", g.Name, diff)
		}
	}
}

// TestMatrixMeansWhatItSays checks the JSON against single checks done
// here: each cell is the pair's score, and each claim listed as only one
// version's is supported by no other version, while every claim left out
// is supported by one.
func TestMatrixMeansWhatItSays(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{
		"wire":  "The mayor opened the new library on Monday. It cost 12 million dollars. Schools will close early on Friday.",
		"paper": "The mayor opened the new library on Monday. The library cost 12 million dollars.",
		"blog":  "The mayor opened the library on Tuesday. It cost 20 million dollars. Critics called it a waste.",
	}
	var args []string
	for _, name := range []string{"wire", "paper", "blog"} {
		p := filepath.Join(dir, name+".txt")
		if err := os.WriteFile(p, []byte(texts[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	var out bytes.Buffer
	if err := run(&cli.Inputs{}, &out, nil, args, true, ""); err != nil {
		t.Fatal(err)
	}
	var got jsonOut
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	names := []string{"wire", "paper", "blog"}
	for i, a := range names {
		if got.Versions[i].Name != a {
			t.Fatalf("version %d is %q; want %q (the order of the arguments)", i, got.Versions[i].Name, a)
		}
		for j, b := range names {
			if i == j {
				if got.Scores[i][j] != nil {
					t.Errorf("scores[%d][%d] = %v; want null", i, j, *got.Scores[i][j])
				}
				continue
			}
			r, err := claimcheck.Check(texts[b], texts[a])
			if err != nil {
				t.Fatal(err)
			}
			if got.Scores[i][j] == nil || *got.Scores[i][j] != r.Score {
				t.Errorf("scores[%s][%s] = %v; want %v", a, b, got.Scores[i][j], r.Score)
			}
			for _, c := range r.Claims {
				listed := slices.ContainsFunc(got.Versions[i].Only, func(o claimcheck.Claim) bool { return o.Start == c.Start })
				if listed && c.Label == claimcheck.Supported {
					t.Errorf("%s's claim %q is listed as only its own, but %s supports it", a, c.Text, b)
				}
			}
		}
		for _, o := range got.Versions[i].Only {
			if o.Label == claimcheck.Supported {
				t.Errorf("%s: claim %q listed as only its own is supported against the others", a, o.Text)
			}
		}
	}
	// The blog's wrong day and cost and its critics are its own; the wire's schools too.
	for _, want := range []struct{ version, text string }{{"blog", "Tuesday"}, {"blog", "20 million"}, {"blog", "Critics"}, {"wire", "Schools"}} {
		i := slices.Index(names, want.version)
		if !slices.ContainsFunc(got.Versions[i].Only, func(o claimcheck.Claim) bool { return strings.Contains(o.Text, want.text) }) {
			t.Errorf("%s's claim with %q is not listed as only its own: %+v", want.version, want.text, got.Versions[i].Only)
		}
	}
	if slices.ContainsFunc(got.Versions[1].Only, func(o claimcheck.Claim) bool { return strings.Contains(o.Text, "library on Monday") }) {
		t.Errorf("paper's opening, which the wire says too, is listed as only its own")
	}
}

// TestStdin reads one version from standard input, named "stdin".
func TestStdin(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "wire.txt")
	if err := os.WriteFile(p, []byte("The dam held after three days of rain."), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	in := &cli.Inputs{Stdin: strings.NewReader("The dam held after three days of rain. No one was hurt.")}
	if err := run(in, &out, nil, []string{p, "-"}, false, ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), " 2  stdin ") || !strings.Contains(out.String(), "2. stdin: 1 of 2 claims") {
		t.Errorf("want standard input as version 2, stdin, with one claim of its own:\n%s", out.String())
	}
}

// TestFolder reads the versions from a folder, by name, hidden files left out.
func TestFolder(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"b.txt":  "The dam held after three days of rain.",
		"a.txt":  "The dam held after three days of rain. No one was hurt.",
		".notes": "not a version",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	pages := t.TempDir()
	if err := run(&cli.Inputs{}, &out, nil, []string{dir}, false, pages); err != nil {
		t.Fatal(err)
	}
	// With two versions, the page against the others has one source, and its evidence names it.
	for _, name := range []string{"index.html", "a-against-b.html", "b-against-a.html", "a-against-others.html", "b-against-others.html"} {
		if _, err := os.Stat(filepath.Join(pages, name)); err != nil {
			t.Errorf("-html wrote no %s: %v", name, err)
		}
	}
	if !strings.HasPrefix(out.String(), "2 versions.") || !strings.Contains(out.String(), " 1  a ") || !strings.Contains(out.String(), " 2  b ") {
		t.Errorf("want versions a and b, in that order:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "1. a: 1 of 2 claims\n   [UNSUPPORTED") || !strings.Contains(out.String(), "2. b: 0 of 1 claims") {
		t.Errorf("want a's second claim as its own and none of b's:\n%s", out.String())
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", "The dam held.")
	tests := []struct {
		reason string
		args   []string
		want   string
	}{
		{"one file", []string{good}, "want two or more versions"},
		{"a folder with one file", []string{filepath.Dir(write("one/x.txt", "It rained."))}, "found 1"},
		{"a missing file", []string{good, filepath.Join(dir, "missing.txt")}, "missing.txt"},
		{"an empty version", []string{good, write("empty.txt", " \n")}, "empty.txt"},
		{"invalid UTF-8", []string{good, write("bad.txt", "It \xffrained.")}, "bad.txt"},
		{"two versions of one name", []string{good, write("other/good.txt", "It rained.")}, "one name"},
		{"a version above -max-input", []string{good, write("big.txt", strings.Repeat("It rained. ", 100))}, "big.txt: input too large: more than 1000 bytes"},
		{"standard input twice", []string{good, "-", "-"}, "more than once"},
		{"a folder in a list", []string{good, dir}, "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var out bytes.Buffer
			err := run(&cli.Inputs{Stdin: strings.NewReader("It rained on Monday."), MaxBytes: 1000}, &out, nil, tt.args, false, "")
			if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("run(%q) = %v; want a one-line error with %q", tt.args, err, tt.want)
			}
			if out.Len() != 0 {
				t.Errorf("wrote %q to stdout before the error", out.String())
			}
		})
	}
}

// TestProgress checks the progress line: checks done, speed, time left,
// cleared at the end; and that none is written without a terminal.
func TestProgress(t *testing.T) {
	var w bytes.Buffer
	clock := time.Unix(0, 0)
	p := newProgress(&w, 4, 4_000_000)
	p.now = func() time.Time { return clock }
	p.start = clock
	clock = clock.Add(time.Second)
	p.add(1_000_000)
	if got, want := w.String(), "\r1/4 checks, 1.0 MB/s, 3s left\x1b[K"; got != want {
		t.Errorf("after one check in a second: %q; want %q", got, want)
	}
	w.Reset()
	clock = clock.Add(100 * time.Millisecond)
	p.add(1_000_000)
	if w.Len() != 0 {
		t.Errorf("a second line within 200 ms: %q", w.String())
	}
	clock = clock.Add(time.Second)
	p.add(1_000_000)
	p.add(1_000_000)
	p.finish()
	if got := w.String(); !strings.Contains(got, "4/4 checks") || !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("the last line and the clearing: %q", got)
	}

	var stdout bytes.Buffer
	if err := run(&cli.Inputs{}, &stdout, nil, nil, false, ""); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(stdout.String(), "checks,") || strings.Contains(stdout.String(), "\r") {
		t.Errorf("progress in stdout")
	}
	var progress bytes.Buffer
	if err := run(&cli.Inputs{}, &bytes.Buffer{}, &progress, nil, false, ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(progress.String(), "16/16 checks") {
		t.Errorf("progress for the bundled articles: %q; want 16 checks (12 pairs, 4 against the others)", progress.String())
	}
}

// TestExitStatus runs the program itself: a usage error exits with 2 and
// says so on stderr, with no progress (stderr is not a terminal).
func TestExitStatus(t *testing.T) {
	if os.Getenv("OUTLETS_RUN_MAIN") == "1" {
		os.Args = []string{"outlets", "/no/such/file.txt"}
		main()
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestExitStatus$")
	cmd.Env = append(os.Environ(), "OUTLETS_RUN_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Fatalf("exit: %v; want status 2", err)
	}
	if !strings.HasPrefix(stderr.String(), "outlets: cannot read /no/such/file.txt") {
		t.Errorf("stderr: %q", stderr.String())
	}
}
