package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/score"
)

func TestBundled(t *testing.T) {
	var out bytes.Buffer
	if err := run(strings.NewReader(""), &out, nil, false, false); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== 001 (a rewrite) against 000", "== 003 (a tabloid rewrite) against 002", "CONTRADICTED", "67"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("bundled report lacks %q", want)
		}
	}
}

func TestTwoFilesAndStdin(t *testing.T) {
	dir := t.TempDir()
	src := dir + "/source.txt"
	if err := os.WriteFile(src, []byte("Maria Ortiz, 54, was elected mayor."), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(strings.NewReader("Maria Ortiz, 45, was elected mayor."), &out, []string{src, "-"}, true, false); err != nil {
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

func TestMissingFile(t *testing.T) {
	err := run(strings.NewReader(""), &bytes.Buffer{}, []string{"/no/such/source.txt", "-"}, false, false)
	if err == nil || !strings.Contains(err.Error(), "/no/such/source.txt") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("error %v: want one line naming the file", err)
	}
}

// TestExitStatus runs the program itself: a missing file exits with 2.
func TestExitStatus(t *testing.T) {
	if os.Getenv("CHECK_RUN_MAIN") == "1" {
		os.Args = []string{"check", "/no/such/file.txt", "/no/such/other.txt"}
		main()
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestExitStatus$")
	cmd.Env = append(os.Environ(), "CHECK_RUN_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 2 {
		t.Fatalf("exit: %v, want status 2", err)
	}
	if got := strings.TrimSpace(stderr.String()); strings.Count(got, "\n") != 0 || !strings.Contains(got, "/no/such/file.txt") {
		t.Errorf("stderr %q: want one line naming the file", got)
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
	if err := run(strings.NewReader(in), &out, nil, false, true); err != nil {
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
	// A text that is its source gets the highest score there is: the
	// calibrated probability of a document score of 1.
	if top := math.Round(1000*score.Probability(1)) / 1000; got[0].ID != "a" || got[0].Score == nil || *got[0].Score != top {
		t.Errorf("line 1: %+v, want id a and score %v", got[0], top)
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
