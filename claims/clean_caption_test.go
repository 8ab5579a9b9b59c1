package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

// TestCaptionRuns cuts runs of photo captions glued to their alt text and
// credits, of the shapes news pages paste them in, into caption sentences
// (checked as claims) and excluded alt text and credits. Each part is
// listed in the order of the text: "caption: ", "alt text: ", "credit: "
// or "sentence: " for a kept sentence that is no caption.
func TestCaptionRuns(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   []string
	}{
		{"tabloid style: alt text glued to its caption, glued to a spaced credit, three photos",
			"The mayor and her deputyHarrow's mayor stood up to the council, condemning the budget cutsCredit: Northfoto The mayor at the town hallShe delivered a speech opposing the cuts in February 2024Credit: Northfoto The mayor with the bishopShe had served the borough for 20 years before resigningCredit: Northfoto",
			[]string{"alt text: The mayor and her deputy",
				"caption: Harrow's mayor stood up to the council, condemning the budget cuts",
				"credit: Credit: Northfoto", "alt text: The mayor at the town hall",
				"caption: She delivered a speech opposing the cuts in February 2024",
				"credit: Credit: Northfoto", "alt text: The mayor with the bishop",
				"caption: She had served the borough for 20 years before resigning",
				"credit: Credit: Northfoto"}},
		{"a caption ending in a quotation before its credit",
			"The deputy, the mayor's aideThe 61-year-old said ‘that he was ready to resign over the cuts’Credit: Northfoto",
			[]string{"alt text: The deputy, the mayor's aide",
				"caption: The 61-year-old said ‘that he was ready to resign over the cuts’",
				"credit: Credit: Northfoto"}},
		{"newspaper style: a placeholder, the caption and a doubled credit label glued to the name",
			"ImageWorshippers attending Mass in June at a church in the north, where many families have fled.CreditCreditAssociated Press",
			[]string{"alt text: Image",
				"caption: Worshippers attending Mass in June at a church in the north, where many families have fled.",
				"credit: CreditCreditAssociated Press"}},
		{"a caption and a bracketed credit naming an agency",
			"Fans cheer the players on a float with the mayor during the parade.(Photo: Jane Roe, Getty Images)",
			[]string{"caption: Fans cheer the players on a float with the mayor during the parade.",
				"credit: (Photo: Jane Roe, Getty Images)"}},
		{"a caption glued to a photographer and an agency",
			"Rescue workers search the rubble of the market after the earthquakeJane Roe/Getty Images",
			[]string{"caption: Rescue workers search the rubble of the market after the earthquake",
				"credit: Jane Roe/Getty Images"}},
		{"a slide counter after a glued credit is no caption",
			"CreditJane Roe for The Daily ExampleSlide 1 of 14 1/14",
			[]string{"credit: CreditJane Roe for The Daily Example", "alt text: Slide 1 of 14 1/14"}},
		{"a section name glued to a qualified credit label",
			"Asia DefenseImage Credit: Naval Shipbuilding Alliance",
			[]string{"alt text: Asia Defense", "credit: Image Credit: Naval Shipbuilding Alliance"}},
		{"a credit agency named inside a sentence is no credit",
			"A photographer for Getty Images, Jane Roe covered wars in Kosovo and Angola.",
			[]string{"sentence: A photographer for Getty Images, Jane Roe covered wars in Kosovo and Angola."}},
		{"a credit alone on its line",
			"Jane Roe/Getty Images",
			[]string{"credit: Jane Roe/Getty Images"}},
		{"a glued run of links without a credit stays out whole, as navigation",
			"Mission & HistoryContact UsAdministrative StaffBoard of CuratorsEmployment Opportunities",
			[]string{"navigation: Mission & HistoryContact UsAdministrative StaffBoard of CuratorsEmployment Opportunities"}},
		{"an agency credit of several names joined by a slash and a link",
			"Police officers guard the entrance of the court in the capitalCredit: Pool via Reuters The court buildingJudges heard the appeal on Monday morningCredit: Example Press",
			[]string{"caption: Police officers guard the entrance of the court in the capital",
				"credit: Credit: Pool via Reuters", "alt text: The court building",
				"caption: Judges heard the appeal on Monday morning", "credit: Credit: Example Press"}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			sentences, excluded := claims.Split(tt.in)
			type part struct {
				start int
				text  string
			}
			var parts []part
			for _, s := range sentences {
				kind := "sentence"
				if s.Caption {
					kind = "caption"
				}
				parts = append(parts, part{s.Start, kind + ": " + s.Text})
			}
			for _, e := range excluded {
				parts = append(parts, part{e.Start, e.Reason + ": " + e.Text})
			}
			var got []string
			for len(parts) > 0 { // in the order of the text
				m := 0
				for i := range parts {
					if parts[i].start < parts[m].start {
						m = i
					}
				}
				got = append(got, parts[m].text)
				parts = append(parts[:m], parts[m+1:]...)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			checkLossless(t, tt.in)
		})
	}
}

// TestCaptionReachesStatements: Parse keeps the mark on the statement.
func TestCaptionReachesStatements(t *testing.T) {
	d := claims.Parse("Officials inspect the flooded station in the cityCredit: Example Press\nThe line reopened on Monday.")
	var got []string
	for _, c := range d.Statements {
		got = append(got, fmt.Sprintf("%v %s", c.Caption(), strings.TrimSpace(c.Text())))
	}
	want := []string{"true Officials inspect the flooded station in the city", "false The line reopened on Monday."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse statements mismatch (-want +got):\n%s", diff)
	}
}
