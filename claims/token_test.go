package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	c := one(t, "Kozlov’s aides criticised the U.S. plan, didn’t they?")
	var got []string
	for _, tok := range c.Tokens {
		got = append(got, tok.Text+"/"+tok.Stem)
	}
	want := []string{"Kozlov/kozlov", "aides/aid", "criticised/critic", "the/the", "U.S./us", "plan/plan", ",/,", "didn’t/didn't", "they/they", "?/?"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens mismatch (-want +got):\n%s", diff)
	}
	for _, tok := range one(t, "They didn't, wasnt or couldn;t go.").Tokens {
		if tok.Lower != "go" && tok.Content() {
			t.Errorf("%q counts as a content word; a negated auxiliary carries no content of its own", tok.Text)
		}
	}
	if a, b := one(t, "He says so.").Tokens[1].Stem, one(t, "He said so.").Tokens[1].Stem; a != b {
		t.Errorf("says and said stem apart: %q, %q", a, b)
	}
}
