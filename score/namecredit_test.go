package score_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/score"
)

// TestNameWordsCarried checks that a word of a name the claim's evidence
// writes short ("Kessler is without ...") is content the source carries
// when the source writes the name whole in another sentence, in either
// case, and for a given name that claims leaves out of a lower-case name,
// a word of a run of two before the evidence's word, and a name's word
// after it.
func TestNameWordsCarried(t *testing.T) {
	tests := []struct {
		reason          string
		source, derived string
	}{
		{"a first name the source gives the surname in another sentence",
			"Greta Kessler has urged the council to act on housing before the winter. The mayor spoke on Friday. Kessler is without deputies Anton Weiss, Lena Brook and Omar Said for the budget vote on Tuesday.",
			"Greta Kessler is without deputies Anton Weiss, Lena Brook and Omar Said for the budget vote on Tuesday."},
		{"the same, both texts in lower case",
			"greta kessler has urged the council to act on housing before the winter . the mayor spoke on friday . kessler is without deputies anton weiss , lena brook and omar said for the budget vote on tuesday .",
			"greta kessler is without deputies anton weiss , lena brook and omar said for the budget vote on tuesday ."},
		{"the same, the claim in lower case and the source not",
			"Greta Kessler has urged the council to act on housing before the winter. The mayor spoke on Friday. Kessler is without deputies Anton Weiss, Lena Brook and Omar Said for the budget vote on Tuesday.",
			"greta kessler is without deputies anton weiss , lena brook and omar said for the budget vote on tuesday ."},
		{"a given name that is also an ordinary word, in lower case",
			"bob hartigan has urged the council to act on housing before the winter . the mayor spoke on friday . hartigan is without deputies anton weiss , lena brook and omar said for the budget vote on tuesday .",
			"bob hartigan is without deputies anton weiss , lena brook and omar said for the budget vote on tuesday ."},
		{"the first word of a club's name, whose last word the evidence writes",
			"Kettering Rovers have sacked their manager after a run of defeats. Rovers will appoint striker Dean Marsh and coach Ivan Petrov as caretakers before the derby on Saturday.",
			"Kettering Rovers will appoint striker Dean Marsh and coach Ivan Petrov as caretakers before the derby on Saturday."},
		{"two words of a name before the word the evidence writes",
			"Visitors at Lakeside Botanical Gardens heard the alarm at noon. Staff at the Gardens evacuated the glasshouse, the orchid house, the palm house, the cactus walk and the seed bank within ten minutes on Saturday.",
			"Staff at Lakeside Botanical Gardens evacuated the glasshouse, the orchid house, the palm house, the cactus walk and the seed bank within ten minutes on Saturday."},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			v := judgeFirst(t, tt.source, tt.derived)
			for _, f := range v.Findings {
				if f.Rule == score.CO1 {
					t.Errorf("Judge(%q) has a CO1 finding, want none: %+v", tt.derived, f)
				}
			}
		})
	}
}

// TestNameWordsNotCarried checks the words that stay missing: a first name
// the source gives someone else, not the evidence's surname; a first name
// where the source gives the surname another first name too, so that the
// evidence's surname may be the other's; a word beside the name that is
// no part of it; and a word the claim writes in lower case, as no name's,
// where the source capitalises it.
func TestNameWordsNotCarried(t *testing.T) {
	tests := []struct {
		reason          string
		source, derived string
		missing         string // a word CO1 must name as missing
	}{
		{"a first name the source gives someone else",
			"Greta Lindahl has urged the council to act on housing before the winter. The mayor spoke on Friday. Kessler is without deputies Anton Weiss, Lena Brook and Omar Said for the budget vote on Tuesday.",
			"Greta Kessler is without deputies Anton Weiss, Lena Brook and Omar Said for the budget vote on Tuesday.", "Greta"},
		{"a first name where the source gives the surname another",
			"Greta Kessler has urged the council to act on housing before the winter. Paula Kessler, her sister, spoke on Friday. Kessler is without deputies Anton Weiss, Lena Brook and Omar Said for the budget vote on Tuesday.",
			"Greta Kessler is without deputies Anton Weiss, Lena Brook and Omar Said for the budget vote on Tuesday.", "Greta"},
		{"a word beside the name that is no part of it",
			"The council was urged by furious Kessler to act on housing before the winter. The mayor spoke on Friday. Kessler is without deputies Anton Weiss, Lena Brook and Omar Said for the budget vote on Tuesday.",
			"Furious Kessler is without deputies Anton Weiss, Lena Brook and Omar Said for the budget vote on Tuesday.", "Furious"},
		{"a word the claim writes as no name's",
			"The User Interface team met on Monday. The designer will sketch how the user reaches the buttons, the dial and the screen of the remote.",
			"The user interface designer will sketch how the user reaches the buttons, the dial and the screen of the remote.", "interface"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			v := judgeFirst(t, tt.source, tt.derived)
			for _, f := range v.Findings {
				if f.Rule == score.CO1 && strings.Contains(f.Explanation, "missing: ") &&
					strings.Contains(", "+strings.SplitN(f.Explanation, "missing: ", 2)[1]+", ", ", "+tt.missing+", ") {
					return
				}
			}
			t.Errorf("Judge(%q): no CO1 finding names %q as missing: %+v", tt.derived, tt.missing, v.Findings)
		})
	}
}

// TestNameCreditKeepsFirstNameSwap checks that a first name the source
// gives no one with the surname stays a swap (EN1) where the evidence
// writes the surname alone.
func TestNameCreditKeepsFirstNameSwap(t *testing.T) {
	v := judgeFirst(t, "Louis Jordan, 37, took his sailboat out in late January. Jordan was rescued on Thursday by a container ship.",
		"Frank Jordan was rescued on Thursday by a container ship.")
	for _, f := range v.Findings {
		if f.Rule == score.EN1 {
			return
		}
	}
	t.Errorf("no EN1 finding for a first name the source gives no one: %+v", v.Findings)
}
