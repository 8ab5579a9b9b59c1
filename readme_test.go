package claimcheck_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestREADMEExample keeps the Go program of README.md's newcomer section the
// same as ExampleCheck, which go test compiles and runs, and the output the
// README shows the same as the example's.
func TestREADMEExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	examples, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	block := between(t, string(readme), "```go\npackage main\n", "\n```")
	body := between(t, block, "func main() {\n", "\n}")
	example := between(t, string(examples), "func ExampleCheck() {\n", "\n}")
	code, output, ok := strings.Cut(example, "\t// Output:\n")
	if !ok {
		t.Fatal("ExampleCheck has no Output")
	}
	if diff := cmp.Diff(strings.TrimSpace(code), strings.TrimSpace(body)); diff != "" {
		t.Errorf("README.md's program differs from ExampleCheck (-example +README):\n%s", diff)
	}
	for line := range strings.Lines(output) {
		want := "    " + strings.TrimPrefix(strings.TrimSpace(line), "// ") + "\n"
		if !strings.Contains(string(readme), want) {
			t.Errorf("README.md does not show ExampleCheck's output line %q", want)
		}
	}
}

// between returns the text of s after the first from and before the next to.
func between(t *testing.T, s, from, to string) string {
	t.Helper()
	_, after, ok := strings.Cut(s, from)
	if !ok {
		t.Fatalf("no %q", from)
	}
	in, _, ok := strings.Cut(after, to)
	if !ok {
		t.Fatalf("no %q after %q", to, from)
	}
	return in
}
