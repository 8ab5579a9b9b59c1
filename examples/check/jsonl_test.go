package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck"
)

func newChecker(t testing.TB) *claimcheck.Checker {
	t.Helper()
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

type outLine struct {
	ID     json.RawMessage `json:"id"`
	Error  string          `json:"error"`
	Score  *float64        `json:"score"`
	Claims []claimcheck.Claim
}

// runLines runs checkLines and decodes its output, one value per line.
func runLines(t testing.TB, in string, cfg jsonlConfig) []outLine {
	t.Helper()
	var out bytes.Buffer
	if _, err := checkLines(newChecker(t), strings.NewReader(in), &out, cfg); err != nil {
		t.Fatal(err)
	}
	var got []outLine
	for l := range strings.Lines(out.String()) {
		var v outLine
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("output line %q is not JSON: %v", l, err)
		}
		got = append(got, v)
	}
	return got
}

func TestJSONLContract(t *testing.T) {
	long := `{"id": "long", "source": "` + strings.Repeat("The dam held. ", 20) + `", "derived": "The dam held."}`
	tests := []struct {
		reason string
		line   string
		id     string // the id wanted, as JSON
		err    string // a part of the error wanted; "" wants a report
	}{
		{"a good line gives a report", `{"id": "a", "source": "The dam held.", "derived": "The dam held."}`, `"a"`, ""},
		{"an empty line gives an error line", ``, `null`, "empty line"},
		{"white space is an empty line", " \t\r", `null`, "empty line"},
		{"not JSON", `not json`, `null`, "bad JSON"},
		{"JSON that is not an object", `[1, 2]`, `null`, "bad JSON"},
		{"null is not a case", `null`, `null`, "bad JSON"},
		{"a cut line keeps its id", `{"id": "cut", "source": "The dam`, `"cut"`, "bad JSON"},
		{"a source of the wrong type keeps the id", `{"id": 7, "source": 5, "derived": "The dam held."}`, `7`, `"source" is a number`},
		{"a derived of the wrong type keeps the id", `{"id": {"set": "x"}, "source": "The dam held.", "derived": ["a"]}`, `{"set":"x"}`, `"derived" is an array`},
		{"a null field is no string", `{"id": "n", "source": null, "derived": "The dam held."}`, `"n"`, `"source" is null`},
		{"a missing field", `{"id": "m", "source": "The dam held."}`, `"m"`, `no "derived"`},
		{"no id is a null id", `{"source": "The dam held.", "derived": "The dam held."}`, `null`, ""},
		{"a text with no sentences", `{"id": "e", "source": "The dam held.", "derived": ""}`, `"e"`, "no sentences"},
		{"invalid UTF-8 in the JSON is read as U+FFFD", "{\"id\": \"u\", \"source\": \"The dam held.\xff\", \"derived\": \"The dam held.\"}", `"u"`, ""},
		{"a line above the limit gets an error and keeps its id", long, `"long"`, "line longer than 200 bytes"},
		{"an id with invalid UTF-8 is written back as valid UTF-8", "{\"id\": \"a\xffb\", \"derived\": 1}", `"a�b"`, `"source"`},
	}
	var in strings.Builder
	for _, tt := range tests {
		in.WriteString(tt.line + "\n")
	}
	in.WriteString(tests[0].line) // a last line without '\n' counts too
	got := runLines(t, in.String(), jsonlConfig{workers: 3, maxLine: 200})
	if len(got) != len(tests)+1 {
		t.Fatalf("got %d output lines for %d input lines", len(got), len(tests)+1)
	}
	for i, tt := range tests {
		g := got[i]
		if string(g.ID) != tt.id {
			t.Errorf("%s: id %s, want %s", tt.reason, g.ID, tt.id)
		}
		if tt.err == "" {
			if g.Error != "" || g.Score == nil {
				t.Errorf("%s: got error %q, want a report", tt.reason, g.Error)
			}
		} else if !strings.Contains(g.Error, tt.err) || g.Score != nil {
			t.Errorf("%s: got error %q, want one containing %q and no report", tt.reason, g.Error, tt.err)
		}
	}
}

// TestJSONLLongLines reads lines far longer than any reader buffer, under
// and over the limit, and the run goes on after them.
func TestJSONLLongLines(t *testing.T) {
	var b strings.Builder
	b.WriteString("The dam held on Monday. ")
	for i := range 30000 {
		fmt.Fprintf(&b, "Box %d was counted. ", i)
	}
	body := b.String() // 700 kB
	ok := fmt.Sprintf(`{"id": 1, "source": %q, "derived": "The dam held on Monday."}`, body)
	over := fmt.Sprintf(`{"id": 2, "source": %q, "derived": "The dam held on Monday."}`, body+body)
	in := ok + "\n" + over + "\n" + `{"id": 3, "source": "The dam held.", "derived": "The dam held."}` + "\n"
	got := runLines(t, in, jsonlConfig{workers: 2, maxLine: int64(len(ok) + 10)})
	if len(got) != 3 {
		t.Fatalf("got %d lines, want 3", len(got))
	}
	if got[0].Error != "" || got[0].Score == nil || *got[0].Score != 1 {
		t.Errorf("line 1 (%d bytes, under the limit): %+v, want score 1", len(ok), got[0])
	}
	if string(got[1].ID) != "2" || !strings.Contains(got[1].Error, "line longer than") {
		t.Errorf("line 2 (%d bytes, over the limit): id %s error %q, want id 2 and a too-long error", len(over), got[1].ID, got[1].Error)
	}
	if string(got[2].ID) != "3" || got[2].Score == nil {
		t.Errorf("line 3 after the long line: %+v, want a report", got[2])
	}
}

// TestJSONLOrder checks that many lines on many workers come out in order,
// the same as one worker gives, whatever the reader's pace.
func TestJSONLOrder(t *testing.T) {
	var in strings.Builder
	for i := range 200 {
		fmt.Fprintf(&in, `{"id": %d, "source": "The dam held on Monday. It rained %d days.", "derived": "It rained %d days."}`+"\n", i, i%7, i%5)
	}
	var one, many bytes.Buffer
	c := newChecker(t)
	if _, err := checkLines(c, strings.NewReader(in.String()), &one, jsonlConfig{workers: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := checkLines(c, iotest.OneByteReader(strings.NewReader(in.String())), &many, jsonlConfig{workers: 8}); err != nil {
		t.Fatal(err)
	}
	if one.String() != many.String() {
		t.Fatal("8 workers and a one-byte reader give other output than 1 worker")
	}
	for i, l := range strings.Split(strings.TrimSuffix(one.String(), "\n"), "\n") {
		if !strings.HasPrefix(l, fmt.Sprintf(`{"id":%d,`, i)) {
			t.Fatalf("line %d is %.40q", i, l)
		}
	}
}

// TestSourceCache checks that the cache prepares each text once, however
// many workers ask at once, keeps its bounds, and gives the reports Check
// gives.
func TestSourceCache(t *testing.T) {
	c := newChecker(t)
	cache := newSourceCache(c, 3, 1000)
	texts := []string{"The dam held on Monday.", "It rained for five days.", "The river rose.", "The mayor spoke."}
	first := map[string]*claimcheck.Source{}
	for _, s := range texts[:3] {
		src, err := cache.get(s)
		if err != nil {
			t.Fatal(err)
		}
		first[s] = src
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, s := range texts[:3] {
				if src, _ := cache.get(s); src != first[s] {
					t.Errorf("%q prepared again while cached", s)
				}
			}
		}()
	}
	wg.Wait()
	cache.get(texts[3]) // evicts the least recently used
	if n := cache.len(); n != 3 {
		t.Errorf("cache holds %d entries, want 3", n)
	}
	if src, _ := cache.get(texts[0]); src == first[texts[0]] {
		t.Errorf("%q still cached after 4 texts in a cache of 3", texts[0])
	}
	big := strings.Repeat("The dam held. ", 100)
	cache.get(big)
	if n := cache.len(); n != 3 {
		t.Errorf("a text above the byte bound was kept: %d entries", n)
	}
	if _, err := cache.get(""); err == nil {
		t.Error("an empty source gave no error")
	}
	src, _ := cache.get(texts[1])
	got, err := c.CheckSources("It rained for six days.", src)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := c.Check(texts[1], "It rained for six days.")
	if got.String() != want.String() {
		t.Errorf("a cached source gives\n%s\nCheck gives\n%s", got, want)
	}
}

// FuzzJSONLines: for any input bytes, as many output lines as input lines,
// each a JSON object with an id and either a report or an error.
func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"id": "a", "source": "The dam held.", "derived": "The dam held."}` + "\n\n" + `{"id": 1, "source": 2}`))
	f.Add([]byte("\n\n\n"))
	f.Add([]byte("{\"id\":\"x\",\"source\":\"a\xffb. C d.\",\"derived\":\"C d.\"}\r\nnot json"))
	f.Add([]byte(`{"id": [1, {"a": null}], "source": "It rained for five days on end.", "derived": "It rained for six days on end. It rained for five days on end."}`))
	c := newChecker(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		if _, err := checkLines(c, bytes.NewReader(in), &out, jsonlConfig{workers: 2, maxLine: 100}); err != nil {
			t.Fatal(err)
		}
		want := bytes.Count(in, []byte{'\n'})
		if len(in) > 0 && in[len(in)-1] != '\n' {
			want++
		}
		lines := strings.Split(out.String(), "\n")
		if lines[len(lines)-1] != "" {
			t.Fatalf("output does not end with a newline: %q", out.String())
		}
		lines = lines[:len(lines)-1]
		if len(lines) != want {
			t.Fatalf("%d input lines gave %d output lines:\n%s", want, len(lines), out.String())
		}
		for _, l := range lines {
			if !utf8.ValidString(l) {
				t.Fatalf("output line %q is not valid UTF-8", l)
			}
			var v map[string]json.RawMessage
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Fatalf("output line %q is not a JSON object: %v", l, err)
			}
			_, hasID := v["id"]
			_, hasErr := v["error"]
			_, hasScore := v["score"]
			if !hasID || hasErr == hasScore {
				t.Fatalf("output line %q: want an id and either an error or a report", l)
			}
		}
	})
}
