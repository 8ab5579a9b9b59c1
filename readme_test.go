package claimcheck_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
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

// TestREADMELimits keeps README.md's "Limits" paragraph true: each text it
// says it tried comes out as it says. When the library comes to see one of
// these errors, this test fails, and the paragraph is to be rewritten with
// it.
func TestREADMELimits(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	// The paragraph, with its lines joined, so that a quoted text may break
	// across lines.
	limits := strings.Join(strings.Fields(between(t, string(readme), "**Limits.**", "\n\n")), " ")
	tests := []struct {
		quoted          string // as README.md quotes the derived text
		source, derived string
		label           claimcheck.Label
	}{
		{`"The pay cut followed the strike"`,
			"The strike followed the pay cut, union leaders said on Monday.",
			"The pay cut followed the strike, union leaders said on Monday.", claimcheck.Supported},
		{`"Most residents opposed the new bridge"`,
			"Some residents opposed the new bridge over the river.",
			"Most residents opposed the new bridge over the river.", claimcheck.Supported},
		{`"The council approved the budget after the mayor met the union"`,
			"The council approved the budget on Tuesday. The mayor met the union on Monday.",
			"The council approved the budget after the mayor met the union.", claimcheck.Supported},
		{`"Shares in the bank plunged 8%"`,
			"Shares in the bank climbed 8% on Friday after the results.",
			"Shares in the bank plunged 8% on Friday after the results.", claimcheck.Supported},
		{`"Anna Berg called the plan reckless"`,
			"Tom Ruiz, the council's leader, called the plan reckless. Anna Berg, his deputy, backed it.",
			"Anna Berg called the plan reckless.", claimcheck.Supported},
	}
	for _, tt := range tests {
		if !strings.Contains(limits, tt.quoted) {
			t.Errorf("README.md's Limits paragraph does not quote %s", tt.quoted)
		}
		r, err := claimcheck.Check(tt.source, tt.derived)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Claims) != 1 || r.Claims[0].Label != tt.label {
			t.Errorf("%s: %+v, want one claim %s: README.md's Limits paragraph says so", tt.quoted, r.Claims, tt.label)
		}
	}
}
