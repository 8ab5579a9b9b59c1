package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/internal/cli"
)

func TestRun(t *testing.T) {
	src := "Mr. Ortiz left.\nAdvertisement\nShe  stayed\nlate.\nThe mayor at the stationShe opened the new line on MondayCredit: Example Press"
	var out bytes.Buffer
	if err := run(&out, src, false, true); err != nil {
		t.Fatal(err)
	}
	want := "Mr. Ortiz left.\nShe stayed late.\n[caption] She opened the new line on Monday\n" +
		"[excluded advertising] Advertisement\n[excluded alt text] The mayor at the station\n[excluded credit] Credit: Example Press\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	out.Reset()
	if err := run(&out, src, true, false); err != nil {
		t.Fatal(err)
	}
	var spans []span
	if err := json.Unmarshal(out.Bytes(), &spans); err != nil {
		t.Fatal(err)
	}
	captions := 0
	for _, s := range spans {
		if src[s.Start:s.End] != s.Text {
			t.Errorf("span %+v does not match the input", s)
		}
		if s.Caption {
			captions++
		}
	}
	if captions != 1 {
		t.Errorf("%d spans marked as captions in the JSON, want 1", captions)
	}
}

func TestReadInput(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(file, []byte("From the file."), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		reason string
		args   []string
		want   string // "" wants an error
	}{
		{"a named file is read, not standard input", []string{file}, "From the file."},
		{"no file reads standard input", nil, "From stdin."},
		{"- reads standard input", []string{"-"}, "From stdin."},
		{"two files are refused", []string{file, file}, ""},
		{"a missing file is an error", []string{file + ".none"}, ""},
	}
	for _, tt := range tests {
		got, err := readInput(&cli.Inputs{Stdin: strings.NewReader("From stdin.")}, tt.args)
		if tt.want == "" {
			if err == nil {
				t.Errorf("%s: readInput(%q) = %q, want an error", tt.reason, tt.args, got)
			}
			continue
		}
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: readInput(%q) = %q, %v; want %q", tt.reason, tt.args, got, err, tt.want)
		}
	}
}
