package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

func TestAcronyms(t *testing.T) {
	a := one(t, "Aid came from the US and the WHO.")
	b := one(t, "Aid came from the U.S. and the W.H.O. to us.")
	stems := func(c *claims.Statement) map[string]bool {
		m := map[string]bool{}
		for _, tok := range c.Tokens {
			if tok.Content() {
				m[tok.Stem()] = true
			}
		}
		return m
	}
	sa, sb := stems(a), stems(b)
	for _, s := range []string{"us", "who"} {
		if !sa[s] || !sb[s] {
			t.Errorf("acronym %q should be content on both sides: %v %v", s, sa, sb)
		}
	}
	for _, tok := range b.Tokens {
		if tok.Text() == "us" && tok.Content() {
			t.Error(`the pronoun "us" should stay a function word`)
		}
	}
}

// TestOneCasingDecision checks that segmentation and name finding agree on
// whether a text is written in lower case: a tokenised lower-case text
// with acronyms is split at " . he" and its names are found by dictionary,
// and the words it writes in capitals against its habit are names too.
func TestOneCasingDecision(t *testing.T) {
	tests := []struct {
		reason, in string
		want       [][]string // the names of each sentence
	}{
		{"lower case with two acronyms", "stan UNK died in santa monica hospital . he was 88 , the BBC said .",
			[][]string{{"stan", "UNK", "santa monica"}, {"BBC"}}},
		{"a short lower-case text", "natalia moon moved to the philippines .", [][]string{{"natalia", "philippines"}}},
		{"one capitalised word in a short text is not lower case", "Ortiz moved to the big city . it rained .",
			[][]string{{"Ortiz"}}},
		{"a short text that writes a name in lower case is lower case, capitalised sentence start or not",
			"Ortiz moved to the philippines . it rained .", [][]string{{"Ortiz", "philippines"}, nil}},
		{"a comparative is no name in a lower-case text", "rents were cheaper in leeds . it rained .",
			[][]string{{"leeds"}, nil}},
		{"a conjunction WordNet does not list is no name in a lower-case text", "rents rose in leeds whereas they fell in york .",
			[][]string{{"leeds", "york"}}},
		{"a text that capitalises only its sentence starts", "Mario draghi yelled at the ecb. Police said so.",
			[][]string{{"Mario draghi", "ecb"}, nil}},
		{"a prefix on an ordinary word is a rare word, not a name written in lower case",
			"The company reobtained $20 million of provisions.", [][]string{nil}},
		{"two ordinary words written as one are no name either", "Officials said groundwater levels fell across the region.",
			[][]string{nil}},
		{"nor a prefix written with a hyphen", "The multi-colored lights shone over the square.",
			[][]string{nil}},
		{"a name in lower case beside such a word still makes the text lower case",
			"The company reobtained $20 million from mario draghi.", [][]string{{"reobtained", "mario draghi"}}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got [][]string
			for _, st := range claims.Parse(tt.in).Statements {
				var names []string
				for _, e := range st.Entities() {
					names = append(names, e.Text())
				}
				got = append(got, names)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("names per sentence of %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
