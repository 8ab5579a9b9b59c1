package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

func TestTokens(t *testing.T) {
	c := one(t, "Kozlov’s aides criticised the U.S. plan, didn’t they?")
	var got []string
	for _, tok := range c.Tokens {
		got = append(got, tok.Text()+"/"+tok.Stem())
	}
	want := []string{"Kozlov/kozlov", "aides/aid", "criticised/critic", "the/the", "U.S./us", "plan/plan", ",/,", "didn’t/didn't", "they/they", "?/?"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens mismatch (-want +got):\n%s", diff)
	}
	for _, tok := range one(t, "They didn't, wasnt or couldn;t go.").Tokens {
		if tok.Lower() != "go" && tok.Content() {
			t.Errorf("%q counts as a content word; a negated auxiliary carries no content of its own", tok.Text())
		}
	}
	for _, tok := range one(t, "he ca n't go and she wo n't stay .").Tokens {
		if tok.Content() && tok.Lower() != "go" && tok.Lower() != "stay" {
			t.Errorf("%q counts as a content word; a split negated auxiliary carries none", tok.Text())
		}
	}
	// A pronoun's contraction, whole or split off by a tokeniser, and the
	// Penn Treebank's names of brackets carry no content; a unit after a
	// number, an initial and a word in quotation marks still do.
	var content []string
	for _, tok := range one(t, "I'm home, i 'm tired , we 're leaving , you ’ve seen , they 'll go , he 'd say -lrb- psu -rrb- 5 m D. Salinger 're-run' .").Tokens {
		if tok.Content() {
			content = append(content, tok.Text())
		}
	}
	if diff := cmp.Diff([]string{"home", "tired", "leaving", "seen", "go", "psu", "5", "m", "D", "Salinger", "re", "run"}, content); diff != "" {
		t.Errorf("content words mismatch (-want +got):\n%s", diff)
	}
	if a, b := one(t, "He says so.").Tokens[1].Stem(), one(t, "He said so.").Tokens[1].Stem(); a != b {
		t.Errorf("says and said stem apart: %q, %q", a, b)
	}
}

// TestTokensAreFinal checks that a sentence's tokens are the same made
// alone by Tokenize as inside Parse, acronyms and attribution marks
// included: no step after Tokenize changes a token.
func TestTokensAreFinal(t *testing.T) {
	texts := append(articles(t),
		"Aid came from the US and the WHO, the ministry said.",
		"Prices rose, according to the central bank. She commented.",
		"“Prices rose,” said Ortiz. The paper, citing officials, said it fell.")
	for _, src := range texts {
		for _, st := range claims.Parse(src).Statements {
			got := claims.Tokenize(nil, src, st.Start(), st.End())
			if diff := cmp.Diff(st.Tokens, got, claims.TokensEqual); diff != "" {
				t.Errorf("Tokenize(%q) differs from Parse's tokens (-parse +tokenize):\n%s", st.Text(), diff)
			}
		}
	}
	// The marks themselves: an acronym is content, the words of an
	// attribution are not, a sentence that is all attribution keeps them.
	var content []string
	for _, src := range []string{"The US and the WHO sent aid, the ministry said.", "Ortiz commented."} {
		for _, tok := range claims.Tokenize(nil, src, 0, len(src)) {
			if tok.Content() {
				content = append(content, tok.Text())
			}
		}
	}
	if diff := cmp.Diff([]string{"US", "WHO", "sent", "aid", "Ortiz", "commented"}, content); diff != "" {
		t.Errorf("content words (-want +got):\n%s", diff)
	}
}

// TestSameLower checks SameLower against Lower for every pair of tokens of
// a text that holds the same lower case from cached words ("Tax", "tax"),
// from words of their own (the dotted "U.S." and "u.s.", the split "ca" of
// "ca n't", a number with a suffix "5M" and one without "5m") and from
// none (punctuation).
func TestSameLower(t *testing.T) {
	src := "Tax rose 5M. The tax, 5m, went to the U.S. and the u.s. They ca n't say. Ca n't they?"
	var toks []claims.Token
	for _, st := range claims.Parse(src).Statements {
		toks = append(toks, st.Tokens...)
	}
	same := 0
	for i := range toks {
		for j := range toks {
			a, b := &toks[i], &toks[j]
			want := a.Lower() == b.Lower()
			if got := a.SameLower(b); got != want {
				t.Errorf("SameLower(%q, %q) = %v, want %v", a.Text(), b.Text(), got, want)
			}
			if want && i != j {
				same++
			}
		}
	}
	if same < 10 {
		t.Errorf("only %d pairs of distinct tokens share a lower case: the text no longer tests SameLower", same)
	}
}
