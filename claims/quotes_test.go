package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

func TestQuotes(t *testing.T) {
	tests := []struct {
		reason, in string
		want       []string
	}{
		{"curly double", "He said “we will win” loudly.", []string{"we will win"}},
		{"straight double", `He said "we will win" loudly.`, []string{"we will win"}},
		{"curly single, apostrophes inside", "She said ‘Putin’s aides won’t talk’ today.", []string{"Putin’s aides won’t talk"}},
		{"straight single, apostrophes inside", "She said 'the mayor's plan isn't ready' today.", []string{"the mayor's plan isn't ready"}},
		{"nested", "He said: “They told me ‘never again’ twice.”", []string{"They told me ‘never again’ twice.", "never again"}},
		{"a tokenised clitic opens no quotation", "kilmarnock 's manager said 'we are ready' and do n't care", []string{"we are ready"}},
		{"a quote left open ends at the paragraph", "He said “it is over.\n\nNext paragraph.", []string{"it is over."}},
		{"tokenised marks standing apart", `the entire " star wars " saga and the " so you think you can dance " stars`,
			[]string{"star wars", "so you think you can dance"}},
		{"tokenised backticks", "he is ``not entitled''to vote, and ` ` open and honest'' talks on ` short ' hours",
			[]string{"not entitled", "open and honest", "short"}},
		{"tokenised backticks closed by escaped apostrophes", `they were ` + "``" + `dismayed\'\'that a scheme will close`,
			[]string{"dismayed"}},
		{"a single mark left open is no quotation", "Her talk on 'The Price of Fame 'redefines her story. Ratings rose in May.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []string
			for _, q := range claims.Quotes(tt.in) {
				if tt.in[q.Start():q.End()] != q.Text {
					t.Fatalf("quote %q does not match its offsets", q.Text)
				}
				got = append(got, q.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Quotes(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
