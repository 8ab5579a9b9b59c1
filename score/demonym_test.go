package score_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/score"
)

// TestDemonymNounDescribes checks that a demonym noun WordNet lists
// ("Briton", "Spaniard", "Dane") in the place of the source's name is a
// description of the same one, no other name (EN1), in mixed case and in
// a lower-cased text, and that it is no name the source never mentions
// (EN3) when the source names its place, nor its place when the source
// has the noun.
func TestDemonymNounDescribes(t *testing.T) {
	tests := []struct {
		reason, source, derived string
		quiet                   []score.Rule // rules that must not fire
	}{
		{"a Briton for the source's rider",
			"Tom Pidcock finished three seconds ahead of his team-mate Filippo Ganna in the time trial.",
			"The Briton finished three seconds ahead of his team-mate Ganna in the time trial.",
			[]score.Rule{score.EN1}},
		{"a Briton for the source's rider, lower-cased",
			"tom pidcock finished three seconds ahead of his team-mate filippo ganna in the time trial .",
			"the briton finished three seconds ahead of his team-mate ganna in the time trial .",
			[]score.Rule{score.EN1}},
		{"a Spaniard for the source's player",
			"Sergio Ramos headed the equaliser in the last minute at the Bernabeu.",
			"The Spaniard headed the equaliser in the last minute at the Bernabeu.",
			[]score.Rule{score.EN1}},
		{"a Dane for a player of the country the source names",
			"Christian Eriksen, who has 120 caps for Denmark, scored twice against Leeds on Saturday.",
			"The Dane scored twice against Leeds on Saturday.",
			[]score.Rule{score.EN1, score.EN3}},
		{"the country of the Dane the source names",
			"The Dane scored twice against Leeds on Saturday, his first goals of the season.",
			"A Denmark international scored twice against Leeds on Saturday.",
			[]score.Rule{score.EN1, score.EN3}},
		{"Londoners for the people of the city the source names",
			"Commuters in London faced a third day of strikes on the underground on Friday.",
			"Londoners faced a third day of strikes on the underground on Friday.",
			[]score.Rule{score.EN1, score.EN3}},
	}
	for _, tt := range tests {
		v := judgeFirst(t, tt.source, tt.derived)
		for _, rule := range tt.quiet {
			if f := findingOf(v, rule); f != nil {
				t.Errorf("%s: %s fired: %s", tt.reason, rule, f.Explanation)
			}
		}
	}
}

// TestDemonymNounOtherPlace checks that a demonym noun in the place of
// another place's demonym is a swap, as "Thai" for "Malaysian" is.
func TestDemonymNounOtherPlace(t *testing.T) {
	v := judgeFirst(t, "The Dane finished three seconds ahead of Ganna in the time trial.",
		"The Finn finished three seconds ahead of Ganna in the time trial.")
	f := findingOf(v, score.EN1)
	if f == nil || f.Claim.Text != "Finn" || f.Source.Text != "Dane" {
		t.Errorf("EN1 = %+v; want Finn for Dane", f)
	}
}

// TestDemonymOrdinaryWord checks that a word that is a demonym noun too
// keeps its meaning: a lower-case "pole" is the ordinary word, content the
// source lacks though it names Poland, and a lower-case "finn" is a name
// the source never mentions where it names another man.
func TestDemonymOrdinaryWord(t *testing.T) {
	v := judgeFirst(t, "The climber from Poland reached the summit of the glacier on Monday.",
		"the climber reached the pole of the glacier on monday .")
	if f := findingOf(v, score.CO1); f == nil || !strings.Contains(f.Explanation, "pole") {
		t.Errorf("pole: CO1 = %+v; want pole missing", f)
	}
	// A name either way: a swap (EN1) or one the source never mentions
	// (EN3), its content not carried.
	v = judgeFirst(t, "the goalkeeper was beaten by a late header from jack russell on saturday .",
		"the goalkeeper was beaten by a late header from finn on saturday .")
	f := findingOf(v, score.EN3)
	if f == nil {
		f = findingOf(v, score.EN1)
	}
	if f == nil || f.Claim.Text != "finn" || v.Label == score.Supported {
		t.Errorf("finn: %s, findings %+v; want finn a name the source lacks", v.Label, v.Findings)
	}
	// Nor is a lower-case "swede", which WordNet also writes for the
	// vegetable, taken for the people of Sweden the source names.
	v = judgeFirst(t, "Farmers in Sweden grew more potatoes and carrots this year.",
		"farmers grew more potatoes and swede this year .")
	if f := findingOf(v, score.CO1); f == nil || !strings.Contains(f.Explanation, "swede") {
		t.Errorf("swede: CO1 = %+v; want swede missing", f)
	}
}
