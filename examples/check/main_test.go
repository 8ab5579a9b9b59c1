package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/cli"
	"github.com/newsdesk/claimcheck/internal/gate"
)

func stdin(s string) *cli.Inputs { return &cli.Inputs{Stdin: strings.NewReader(s)} }

// writeFiles writes name → contents into a temporary directory and returns
// the paths by name.
func writeFiles(t *testing.T, files map[string]string) map[string]string {
	t.Helper()
	dir := t.TempDir()
	paths := map[string]string{}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths[name] = p
	}
	return paths
}

func TestBundled(t *testing.T) {
	var out bytes.Buffer
	if _, err := run(stdin(""), &out, &bytes.Buffer{}, nil, config{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== 001 (a rewrite) against 000", "== 003 (a tabloid rewrite) against 002", "CONTRADICTED", "67",
		"testdata/articles/003_0028ed931bb52941.txt:",
		"(caption) Kozak had served the Kremlin for 30 years"} { // a photo caption is a claim, marked as one
		if !strings.Contains(out.String(), want) {
			t.Errorf("bundled report lacks %q", want)
		}
	}
}

func TestTwoFilesAndStdin(t *testing.T) {
	p := writeFiles(t, map[string]string{"source.txt": "Maria Ortiz, 54, was elected mayor."})
	var out bytes.Buffer
	if _, err := run(stdin("Maria Ortiz, 45, was elected mayor."), &out, &bytes.Buffer{}, []string{p["source.txt"], "-"}, config{json: true}); err != nil {
		t.Fatal(err)
	}
	var r claimcheck.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("-json output is not a report: %v\n%s", err, out.String())
	}
	if len(r.Claims) != 1 || r.Claims[0].Label != claimcheck.Contradicted {
		t.Errorf("got %+v, want one contradicted claim", r.Claims)
	}
}

// TestPositions checks that the text output gives each claim and each
// piece of evidence as FILE:LINE:COL, columns in runes.
func TestPositions(t *testing.T) {
	p := writeFiles(t, map[string]string{
		"wire.txt":    "Headline\n\nThe mayor opened the library on Monday.\n",
		"derived.txt": "Intro line.\n  “Yes,” she said. The mayor opened the library on Friday.\n",
	})
	var out bytes.Buffer
	if _, err := run(stdin(""), &out, &bytes.Buffer{}, []string{p["wire.txt"], p["derived.txt"]}, config{}); err != nil {
		t.Fatal(err)
	}
	// “Yes,” she said. is 16 runes (20 bytes) after two spaces: the next
	// claim starts at rune 20 of line 2.
	for _, want := range []string{
		p["derived.txt"] + ":2:20: [CONTRADICTED",
		"   source " + p["wire.txt"] + ":3:1: The mayor opened the library on Monday.",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestSeveralSources checks -source repeated and sources as leading
// arguments: each piece of evidence names the file it comes from.
func TestSeveralSources(t *testing.T) {
	p := writeFiles(t, map[string]string{
		"wire.txt":    "The mayor opened the new library on Monday.",
		"paper.txt":   "The library cost 12 million dollars to build.",
		"derived.txt": "The mayor opened the library on Monday. It cost 12 million dollars.",
	})
	for _, tt := range []struct {
		reason string
		args   []string
		cfg    config
	}{
		{"sources as leading arguments", []string{p["wire.txt"], p["paper.txt"], p["derived.txt"]}, config{}},
		{"-source repeated", []string{p["derived.txt"]}, config{sources: []string{p["wire.txt"], p["paper.txt"]}}},
		{"-source and an argument", []string{p["paper.txt"], p["derived.txt"]}, config{sources: []string{p["wire.txt"]}}},
	} {
		var out bytes.Buffer
		if _, err := run(stdin(""), &out, &bytes.Buffer{}, tt.args, tt.cfg); err != nil {
			t.Fatalf("%s: %v", tt.reason, err)
		}
		for _, want := range []string{
			p["derived.txt"] + ":1:1: [SUPPORTED", "   source " + p["wire.txt"] + ":1:1: The mayor opened",
			p["derived.txt"] + ":1:41: [SUPPORTED", "   source " + p["paper.txt"] + ":1:1: The library cost",
		} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%s: output lacks %q:\n%s", tt.reason, want, out.String())
			}
		}
	}
}

func TestFailOn(t *testing.T) {
	p := writeFiles(t, map[string]string{
		"source.txt": "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She thanked the voters.",
		"faithful":   "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday.",
		"wrong":      "Maria Ortiz, 45, was elected mayor of Springfield on Tuesday.",
		"added":      "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She plans a new stadium by the river.",
	})
	tests := []struct {
		rule    string
		derived string
		fails   bool
	}{
		{"", "wrong", false}, // no rule: exit 0 as before
		{"contradicted", "faithful", false},
		{"contradicted", "wrong", true},
		{"contradicted", "added", false},
		{"unsupported", "added", true},
		{"unsupported", "faithful", false},
		{"score<0.9", "faithful", false},
		{"score<0.9", "added", true},
		{"contradicted,score<0.01", "added", false},
	}
	for _, tt := range tests {
		rule, err := gate.Parse(tt.rule)
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		failed, err := run(stdin(""), &bytes.Buffer{}, &stderr, []string{p["source.txt"], p[tt.derived]}, config{rule: rule})
		if err != nil {
			t.Fatal(err)
		}
		if failed != tt.fails {
			t.Errorf("-fail-on %q on %s: failed %v, want %v", tt.rule, tt.derived, failed, tt.fails)
		}
		if got := stderr.String(); tt.fails != (got != "") || (tt.fails && !strings.Contains(got, p[tt.derived])) {
			t.Errorf("-fail-on %q on %s: stderr %q", tt.rule, tt.derived, got)
		}
	}
}

func TestMissingFile(t *testing.T) {
	_, err := run(stdin(""), &bytes.Buffer{}, &bytes.Buffer{}, []string{"/no/such/source.txt", "-"}, config{})
	if err == nil || !strings.Contains(err.Error(), "/no/such/source.txt") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("error %v: want one line naming the file", err)
	}
}

func TestStdinTwice(t *testing.T) {
	_, err := run(stdin("The dam held."), &bytes.Buffer{}, &bytes.Buffer{}, []string{"-", "-"}, config{})
	if !errors.Is(err, cli.ErrStdinTwice) {
		t.Fatalf("check - - error %v, want cli.ErrStdinTwice", err)
	}
}

func TestEndlessInput(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	in := &cli.Inputs{MaxBytes: 1 << 20}
	_, err := run(in, &bytes.Buffer{}, &bytes.Buffer{}, []string{"/dev/zero", "-"}, config{})
	if !errors.Is(err, cli.ErrTooLarge) || !strings.Contains(err.Error(), "/dev/zero") {
		t.Fatalf("check /dev/zero - error %v, want cli.ErrTooLarge naming /dev/zero", err)
	}
}

// TestExitStatus runs the program itself: 0 when the rule holds or there
// is none, 1 when a report breaks it, 2 on errors, each error one line on
// stderr.
func TestExitStatus(t *testing.T) {
	if args := os.Getenv("CHECK_RUN_MAIN"); args != "" {
		os.Args = append([]string{"check"}, strings.Split(args, "\x1f")...)
		main()
		os.Exit(0)
	}
	p := writeFiles(t, map[string]string{
		"source.txt": "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday.",
		"wrong.txt":  "Maria Ortiz, 45, was elected mayor of Springfield on Tuesday.",
		"empty.txt":  "   \n",
		"cases.jsonl": `{"id": 1, "source": "The dam held.", "derived": "The dam broke."}` + "\n" +
			`{"id": 2, "source": "Maria Ortiz, 54, won.", "derived": "Maria Ortiz, 45, won."}` + "\n",
	})
	tests := []struct {
		reason string
		args   []string
		stdin  string // a file name of p, or ""
		status int
		stderr string // a part of stderr wanted
	}{
		{"no rule: a contradiction still exits 0", []string{p["source.txt"], p["wrong.txt"]}, "", 0, ""},
		{"the rule holds", []string{"-fail-on", "contradicted", p["source.txt"], p["source.txt"]}, "", 0, ""},
		{"the rule breaks", []string{"-fail-on", "contradicted", p["source.txt"], p["wrong.txt"]}, "", 1, "1 claims (1:1 contradicted)"},
		{"a score floor breaks", []string{"-fail-on", "score<0.9", "-json", p["source.txt"], p["wrong.txt"]}, "", 1, "score 0."},
		{"the bundled articles break contradicted", []string{"-fail-on", "contradicted"}, "", 1, "003_0028ed931bb52941.txt breaks"},
		{"-jsonl with a broken rule", []string{"-jsonl", "-fail-on", "contradicted"}, "cases.jsonl", 1, "a report breaks"},
		{"-jsonl without a rule", []string{"-jsonl"}, "cases.jsonl", 0, ""},
		{"a missing file", []string{"/no/such/file.txt", p["wrong.txt"]}, "", 2, "/no/such/file.txt"},
		{"a text with no sentences names its file", []string{"-fail-on", "contradicted", p["source.txt"], p["empty.txt"]}, "", 2, p["empty.txt"]},
		{"a bad rule", []string{"-fail-on", "score<2", p["source.txt"], p["wrong.txt"]}, "", 2, "score<2"},
		{"a lone argument", []string{p["wrong.txt"]}, "", 2, "want one or more SOURCE"},
	}
	for _, tt := range tests {
		cmd := exec.Command(os.Args[0], "-test.run=^TestExitStatus$")
		cmd.Env = append(os.Environ(), "CHECK_RUN_MAIN="+strings.Join(tt.args, "\x1f"))
		if tt.stdin != "" {
			f, err := os.Open(p[tt.stdin])
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			cmd.Stdin = f
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if status != tt.status {
			t.Errorf("%s: exit status %d, want %d; stderr:\n%s", tt.reason, status, tt.status, stderr.String())
		}
		got := strings.TrimSpace(stderr.String())
		if tt.stderr != "" && !strings.Contains(got, tt.stderr) {
			t.Errorf("%s: stderr %q lacks %q", tt.reason, got, tt.stderr)
		}
		if tt.status == 2 && tt.reason != "a bad rule" && tt.reason != "a lone argument" && strings.Contains(got, "\n") {
			t.Errorf("%s: stderr %q: want one line", tt.reason, got)
		}
	}
}

func TestJSONLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "source": "The dam held.", "derived": "The dam held."}`,
		`not json`,
		`{"id": 7, "source": "The dam held."}`,
		`{"id": "d", "source": "The dam held.", "derived": ""}`,
		`{"id": "e", "source": "The dam held on Monday.", "derived": "The dam held on Tuesday."}`,
	}, "\n")
	var out bytes.Buffer
	if _, err := run(stdin(in), &out, &bytes.Buffer{}, nil, config{jsonl: true}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("want 5 lines, got %d:\n%s", len(lines), out.String())
	}
	type line struct {
		ID     any    `json:"id"`
		Error  string `json:"error"`
		Score  *float64
		Claims []claimcheck.Claim
	}
	var got []line
	for _, l := range lines {
		var v line
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("line %q is not JSON: %v", l, err)
		}
		got = append(got, v)
	}
	if got[0].ID != "a" || got[0].Score == nil || *got[0].Score != 1 {
		t.Errorf("line 1: %+v, want id a and score 1", got[0])
	}
	if got[1].Error == "" || got[1].ID != nil {
		t.Errorf("line 2: %+v, want an error and a null id", got[1])
	}
	if got[2].ID != float64(7) || !strings.Contains(got[2].Error, "derived") {
		t.Errorf("line 3: %+v, want id 7 and an error about derived", got[2])
	}
	if got[3].ID != "d" || !strings.Contains(got[3].Error, "no sentences") {
		t.Errorf("line 4: %+v, want id d and an empty-text error", got[3])
	}
	if got[4].ID != "e" || len(got[4].Claims) != 1 || got[4].Claims[0].Label != claimcheck.Contradicted {
		t.Errorf("line 5: %+v, want id e with a contradicted claim", got[4])
	}
}
