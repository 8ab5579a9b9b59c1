package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

func TestRelativeDates(t *testing.T) {
	type rel struct {
		Text   string
		Scale  claims.Scale
		Part   claims.DayPart
		Offset int8
	}
	tests := []struct {
		reason, in string
		want       []rel
	}{
		{"today", "He will speak in the debate today.", []rel{{"today", claims.Day, claims.NoPart, 0}}},
		{"yesterday, opening the sentence", "Yesterday, the council voted.", []rel{{"Yesterday", claims.Day, claims.NoPart, -1}}},
		{"tomorrow", "The talks resume tomorrow.", []rel{{"tomorrow", claims.Day, claims.NoPart, 1}}},
		{"tonight is this evening", "Tonight the band plays in Leeds.", []rel{{"Tonight", claims.Day, claims.Evening, 0}}},
		{"last night is yesterday evening", "Police said last night that two men were held.", []rel{{"last night", claims.Day, claims.Evening, -1}}},
		{"this morning", "The minister resigned this morning.", []rel{{"this morning", claims.Day, claims.Morning, 0}}},
		{"this afternoon", "The vote is this afternoon.", []rel{{"this afternoon", claims.Day, claims.Afternoon, 0}}},
		{"a day's word with a part", "He arrived yesterday morning and leaves tomorrow night.",
			[]rel{{"yesterday morning", claims.Day, claims.Morning, -1}, {"tomorrow night", claims.Day, claims.Evening, 1}}},
		{"last week and next month", "Sales fell last week and will rise next month.",
			[]rel{{"last week", claims.Week, claims.NoPart, -1}, {"next month", claims.Month, claims.NoPart, 1}}},
		{"last year, opening the sentence", "Last year, the firm lost money.", []rel{{"Last year", claims.Year, claims.NoPart, -1}}},
		{"this year's, a possessive", "She was this year's winner.", []rel{{"this year", claims.Year, claims.NoPart, 0}}},
		{"earlier this year is this year", "The law passed earlier this year.", []rel{{"this year", claims.Year, claims.NoPart, 0}}},
		{"this weekend", "The match is this weekend.", []rel{{"this weekend", claims.Weekend, claims.NoPart, 0}}},
		{"this past weekend is last weekend", "It rained this past weekend.", []rel{{"this past weekend", claims.Weekend, claims.NoPart, -1}}},
		{"this coming week is next week", "It opens this coming week.", []rel{{"this coming week", claims.Week, claims.NoPart, 1}}},
		{"a season of sport", "They were relegated last season.", []rel{{"last season", claims.Season, claims.NoPart, -1}}},
		{"a season of the year", "He joined last summer and leaves next winter.",
			[]rel{{"last summer", claims.Summer, claims.NoPart, -1}, {"next winter", claims.Winter, claims.NoPart, 1}}},
		{"fall is autumn", "The plant opens this fall.", []rel{{"this fall", claims.Autumn, claims.NoPart, 0}}},
		{"the day before yesterday is two days ago", "The fire broke out the day before yesterday.", []rel{{"day before yesterday", claims.Day, claims.NoPart, -2}}},
		{"the day after tomorrow is in two days", "The talks resume the day after tomorrow.", []rel{{"day after tomorrow", claims.Day, claims.NoPart, 2}}},
		{"in a text written in lower case", "the talks resume tomorrow , officials said last week .",
			[]rel{{"tomorrow", claims.Day, claims.NoPart, 1}, {"last week", claims.Week, claims.NoPart, -1}}},

		// What is no relative date.
		{"the last year is the past twelve months", "Prices rose over the last year.", nil},
		{"the next day is a day of the story", "He left, and the next day he returned.", nil},
		{"a possessive makes last a final one", "It was his last season at the club.", nil},
		{"a noun's possessive makes last a final one", "It was the club's last season in the league.", nil},
		{"so does one a tokeniser split", "it was the club ' s last season .", nil},
		{"a contraction is no possessive", "It's last year's model, and that's next week's.",
			[]rel{{"last year", claims.Year, claims.NoPart, -1}, {"next week", claims.Week, claims.NoPart, 1}}},
		{"a noun's next season is still the next", "The club's next season starts in May.", []rel{{"next season", claims.Season, claims.NoPart, 1}}},
		{"every week counts no date", "They meet every week.", nil},
		{"next morning is a morning of the story", "He woke up next morning in Paris.", nil},
		{"last and next alone", "He came last and left next.", nil},
		{"today's teenagers means nowadays", "Today's teenagers sleep less than their parents.", nil},
		{"the youth of today means nowadays", "The youth of today sleep less.", nil},
		{"today's meeting is a date", "Today's meeting was cancelled.", []rel{{"Today", claims.Day, claims.NoPart, 0}}},
		{"the Today programme is a name", "He told the BBC's Today programme he would stay.", nil},
		{"USA Today is a name", "He told USA Today he would stay.", nil},
		{"the today programme in lower case is a title", "he told the bbc 's today programme he would stay .", nil},
		{"a weekday's night is no relative date", "The vote is on Monday night.", nil},
		{"last Tuesday is a weekday, not a relative date", "He spoke last Tuesday.", nil},
		{"a relative word at the end", "He spoke this", nil},
		{"a day alone", "It was a long day before the vote.", nil},
		{"a day at the end", "It was a long day", nil},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []rel
			for _, r := range one(t, tt.in).RelativeDates() {
				got = append(got, rel{r.Text, r.Scale, r.Part, r.Offset})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("RelativeDates(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestRelativeDatesAreNoDates checks that a relative date is no calendar
// Date, and that the calendar dates beside it are read as before.
func TestRelativeDatesAreNoDates(t *testing.T) {
	st := one(t, "On Tuesday, 3 March 2020, he said he would leave next year.")
	if n := len(st.Dates()); n != 1 || st.Dates()[0].Text != "Tuesday, 3 March 2020" {
		t.Errorf("Dates = %v, want one, Tuesday, 3 March 2020", st.Dates())
	}
	if rs := st.RelativeDates(); len(rs) != 1 || rs[0].Text != "next year" {
		t.Errorf("RelativeDates = %v, want one, next year", rs)
	}
}

func TestScaleString(t *testing.T) {
	for s, want := range map[claims.Scale]string{claims.Day: "day", claims.Year: "year", claims.Winter: "winter", claims.Scale(200): "scale(200)"} {
		if got := s.String(); got != want {
			t.Errorf("Scale(%d).String() = %q, want %q", s, got, want)
		}
	}
	for p, want := range map[claims.DayPart]string{claims.NoPart: "none", claims.Evening: "evening", claims.DayPart(9): "part(9)"} {
		if got := p.String(); got != want {
			t.Errorf("DayPart(%d).String() = %q, want %q", p, got, want)
		}
	}
	if !claims.Month.Nested() || claims.Weekend.Nested() || claims.NoScale.Nested() {
		t.Error("Nested: want Month nested, Weekend and NoScale not")
	}
}
