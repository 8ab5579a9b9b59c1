package score_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/score"
)

// TestRelativeDates checks DA1 on relative dates: where it fires, the spans
// it names on both sides (src "" for no DA1 at all), and that a relative
// date is never a DA2.
func TestRelativeDates(t *testing.T) {
	tests := []struct {
		reason, source, derived string
		claim, src              string // the DA1's spans, or "" for none
	}{
		// Where it fires.
		{"another day in the sentence the claim copies",
			"The mayor will speak at the council debate today.",
			"The mayor will speak at the council debate tomorrow.", "tomorrow", "today"},
		{"another year, opening the sentence",
			"Last year, the company recalled its ice cream over listeria.",
			"Last month, the company recalled its ice cream over listeria.", "Last month", "Last year"},
		{"a finer scale outside a coarser one that is not the writer's own",
			"The club sold the stadium last year, the chairman said.",
			"The club sold the stadium last week, the chairman said.", "last week", "last year"},
		{"another season",
			"The striker scored twelve goals for the club last season.",
			"The striker scored twelve goals for the club this season.", "this season", "last season"},
		{"another part of the same day",
			"The minister resigned this morning after the vote.",
			"The minister resigned tonight after the vote.", "tonight", "this morning"},
		{"last night is yesterday, not today",
			"Police arrested two men in the town centre last night.",
			"Police arrested two men in the town centre today.", "today", "last night"},
		{"a possessive relative date",
			"Last year's winner of the carving contest was a local man.",
			"This year's winner of the carving contest was a local man.", "This year", "Last year"},
		{"the time the story set in the sentence before the one copied",
			"Nigel Farage will say today that refugees pose a risk. Mr Farage will make his comments in a debate at the European Parliament in Strasbourg.",
			"He will make comments in a debate at the European Parliament tomorrow.", "tomorrow", "today"},

		{"two days ago is not yesterday",
			"The fire at the mill broke out the day before yesterday.",
			"The fire at the mill broke out yesterday.", "yesterday", "day before yesterday"},

		// Where it keeps quiet.
		{"the same day", "The mayor will speak at the council debate today.",
			"The mayor will speak at the council debate today.", "", ""},
		{"today may be this morning", "The minister resigned this morning after the vote.",
			"The minister resigned today after the vote.", "", ""},
		{"yesterday may be this week", "The board met this week to approve the merger.",
			"The board met yesterday to approve the merger.", "", ""},
		{"last month is within this year", "Prices at the pump rose this year, the agency said.",
			"Prices at the pump rose last month, the agency said.", "", ""},
		{"a relative date against a weekday is never compared", "The mayor spoke at the council debate on Tuesday.",
			"The mayor spoke at the council debate yesterday.", "", ""},
		{"a relative date against a calendar date is never compared", "Profits at the bank fell sharply in 2015.",
			"Profits at the bank fell sharply this year.", "", ""},
		{"a relative date the source does not state is no DA2", "The mayor spoke at the council debate.",
			"The mayor spoke at the council debate yesterday.", "", ""},
		{"a weekday for a relative date is no finding of this kind", "The mayor spoke at the council debate today.",
			"The mayor spoke at the council debate on Monday.", "", ""},
		{"the source's other date is one the claim states too",
			"Net income was $91m, against $106m in the second quarter of last year.",
			"Net income fell in the second quarter of this year compared to last year.", "", ""},
		{"several times in the copied sentence, none surely in the claim's place",
			"Sales rose last year and will rise again next year, the firm said.",
			"Sales rose this year, the firm said.", "", ""},
		{"another day the claim's other sentence gives agrees",
			"Police arrested two men last night. The two men will appear in court tomorrow, police said.",
			"The two men will appear in court tomorrow.", "", ""},
		{"a date on the other side of now in the sentence before is another event's",
			"Hilary: I saw great heels in town yesterday. Geri: great, thanks! Geri: wanna go to the mall together after work?",
			"Geri and Hilary will go together to the mall after work tomorrow.", "", ""},
		{"but a date on the other side of now in the copied sentence is in the claim's place",
			"Chelsea had the best defensive record in the league last season, the manager said.",
			"Chelsea will have the best defensive record in the league next season, the manager said.", "next season", "last season"},
		{"today meaning nowadays is no date", "Teenagers slept less last year, a survey found.",
			"Today's teenagers sleep less, a survey found.", "", ""},
		{"a name with a date word in it is no date", "He told the BBC's Today programme last night that he would stay.",
			"He told the BBC's Today programme last night that he would stay.", "", ""},
		{"a date after the copied sentence sets no time for it",
			"The cup final went ahead in the rain. Storms hit the coast yesterday.",
			"The cup final was played in the rain today.", "", ""},
		{"an aligned sentence sharing nothing but the date does not bear on it",
			"The cup final went ahead in the rain. In other news, the mayor resigned today.",
			"The cup final was played in the rain yesterday.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			v := judgeFirst(t, tt.source, tt.derived)
			relative := map[string]bool{}
			for _, r := range claims.Parse(tt.derived).Statements[0].RelativeDates() {
				relative[r.Text] = true
			}
			var got []score.Finding
			for _, f := range v.Findings {
				if f.Kind == score.Date {
					if f.Rule == score.DA2 && relative[f.Claim.Text] {
						t.Errorf("Judge(%q) has a DA2 finding on a relative date: %+v", tt.derived, f)
					}
					if f.Rule == score.DA1 {
						got = append(got, score.Finding{Kind: f.Kind, Rule: f.Rule, Claim: f.Claim, Source: f.Source, Contradiction: f.Contradiction})
					}
				}
			}
			var want []score.Finding
			if tt.claim != "" {
				want = []score.Finding{{Kind: score.Date, Rule: score.DA1, Claim: spanOf(t, tt.derived, tt.claim), Source: spanOf(t, tt.source, tt.src), Contradiction: true}}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Judge(%q) against %q: DA1 mismatch (-want +got):\n%s", tt.derived, tt.source, diff)
			}
		})
	}
}
