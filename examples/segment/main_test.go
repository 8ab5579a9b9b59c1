package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestRun(t *testing.T) {
	src := "Mr. Ortiz left.\nAdvertisement\nShe  stayed\nlate."
	var out bytes.Buffer
	if err := run(&out, src, false, true); err != nil {
		t.Fatal(err)
	}
	want := "Mr. Ortiz left.\nShe stayed late.\n[excluded advertising] Advertisement\n"
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
	for _, s := range spans {
		if src[s.Start:s.End] != s.Text {
			t.Errorf("span %+v does not match the input", s)
		}
	}
}
