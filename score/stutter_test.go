package score_test

import (
	"testing"

	"github.com/newsdesk/claimcheck/score"
)

func TestStutter(t *testing.T) {
	fires := []struct{ reason, source, derived, claim string }{
		{"two words said again after one",
			"The coach left out Anna Berg and Maria Lind on a wet night.",
			"the coach left out anna berg and anna berg on a wet night .", "anna berg and anna berg"},
		{"two words said again at once, a mark between them",
			"The home side beat the visitors in Leeds on Saturday.",
			"The home side beat the visitors in Leeds, in Leeds on Saturday.", "in Leeds, in Leeds"},
		{"a stop word and a content word",
			"The findings of the report of the council were published on Monday.",
			"The findings of the report of the report of the council were published on Monday.", "the report of the report"},
	}
	for _, tt := range fires {
		t.Run(tt.reason, func(t *testing.T) {
			v := judgeFirst(t, tt.source, tt.derived)
			for _, f := range v.Findings {
				if f.Rule == score.RE3 {
					if want := spanOf(t, tt.derived, tt.claim); f.Claim != want || f.Kind != score.Repetition || f.Contradiction {
						t.Errorf("RE3 finding %+v, want a repetition at %+v, no contradiction", f, want)
					}
					return
				}
			}
			t.Errorf("Judge(%q) has no RE3 finding: %+v", tt.derived, v.Findings)
		})
	}
	silent := []struct{ reason, source, derived string }{
		{"a stutter the source makes too is its wording",
			"Fans chanted 'come on Leeds, come on Leeds' all night.",
			"Fans chanted 'come on Leeds, come on Leeds' all night."},
		{"stop words and numbers said twice say nothing",
			"Sales were in the range of 1 to 1.1 billion, up from one of the lowest.",
			"Sales were in the range of 1 1 billion, one of the of the lowest."},
		{"a hyphenated word that repeats itself is one word",
			"The talks were held as a private tete-a-tete between the two leaders.",
			"The talks were a tete-a-tete between the two leaders."},
		{"a repeat two words away is how some summaries write",
			"Provisions for credit losses fell, with the allowance for credit losses unchanged.",
			"Provisions for credit losses fell, with the allowance for credit losses unchanged."},
	}
	for _, tt := range silent {
		t.Run(tt.reason, func(t *testing.T) {
			v := judgeFirst(t, tt.source, tt.derived)
			for _, f := range v.Findings {
				if f.Rule == score.RE3 {
					t.Errorf("Judge(%q) has an RE3 finding, want none: %+v", tt.derived, f)
				}
			}
		})
	}
}
