package benchdata

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if pairs, err := Read(dir); err != nil || len(pairs) != 0 {
		t.Fatalf("empty dir: %v, %v; want no pairs, no error", pairs, err)
	}
	write("b.dev.jsonl", `{"source":"S2","derived":"D2"}`+"\n")
	write("a.dev.jsonl", `{"source":"S1","derived":"D1","label":1}`+"\n"+`{"source":"S3","derived":"D3"}`+"\n")
	write("c.train.jsonl", `{"source":"X","derived":"Y"}`+"\n")
	pairs, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []Pair{{"S1", "D1"}, {"S3", "D3"}, {"S2", "D2"}}
	if len(pairs) != len(want) {
		t.Fatalf("got %v, want %v", pairs, want)
	}
	for i := range want {
		if pairs[i] != want[i] {
			t.Errorf("pair %d: got %v, want %v", i, pairs[i], want[i])
		}
	}
	write("d.dev.jsonl", "{\"source\":\"S\"}\nnot json\n")
	if _, err := Read(dir); err == nil || !strings.Contains(err.Error(), "d.dev.jsonl:2") {
		t.Errorf("bad line: error %v, want one naming d.dev.jsonl:2", err)
	}
}
