package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDates(t *testing.T) {
	type date struct {
		Text                            string
		Year, Month, Day, Weekday, EndY int
		Part                            string
	}
	tests := []struct {
		reason, in string
		want       []date
	}{
		{"month, day and year", "It began on February 21, 2022.", []date{{"February 21, 2022", 2022, 2, 21, 0, 0, ""}}},
		{"day before month", "It began on 21 February 2022.", []date{{"21 February 2022", 2022, 2, 21, 0, 0, ""}}},
		{"a month alone", "He resigned in September.", []date{{"September", 0, 9, 0, 0, 0, ""}}},
		{"a weekday", "Talks resume on Tuesday.", []date{{"Tuesday", 0, 0, 0, 2, 0, ""}}},
		{"a lower-case weekday in a text in lower case", "the line will reopen on friday .", []date{{"friday", 0, 0, 0, 5, 0, ""}}},
		{"a lower-case weekday in a text with capitals is no date", "The line will reopen on friday, it said.", nil},
		{"a weekday ending a sentence without punctuation", "Talks resume on Tuesday", []date{{"Tuesday", 0, 0, 0, 2, 0, ""}}},
		{"a weekday and a comma ending a sentence", "Talks resume on Tuesday,", []date{{"Tuesday", 0, 0, 0, 2, 0, ""}}},
		{"a qualified year", "In early 2022 the talks stalled.", []date{{"early 2022", 2022, 0, 0, 0, 0, "early"}}},
		{"a short year range", "He served from 2008-12.", []date{{"2008-12", 2008, 0, 0, 0, 2012, ""}}},
		{"a long year range", "He served from 2008 to 2012.", []date{{"2008 to 2012", 2008, 0, 0, 0, 2012, ""}}},
		{"a range between two years", "Prices rose between 2018 and 2020.", []date{{"2018 and 2020", 2018, 0, 0, 0, 2020, ""}}},
		{"a range through or until a year", "He served from 2008 through 2012 and from 2014 until 2016.",
			[]date{{"2008 through 2012", 2008, 0, 0, 0, 2012, ""}, {"2014 until 2016", 2014, 0, 0, 0, 2016, ""}}},
		{"a range between months of two years is one of years", "Prices rose between April 2004 and February 2014.",
			[]date{{"April 2004 and February 2014", 2004, 0, 0, 0, 2014, ""}}},
		{"a range of full dates", "He served from May 3, 2018 to June 1, 2020.", []date{{"May 3, 2018 to June 1, 2020", 2018, 0, 0, 0, 2020, ""}}},
		{"a range of full dates, day first", "He served from 3 May 2018 to 1 June 2020.", []date{{"3 May 2018 to 1 June 2020", 2018, 0, 0, 0, 2020, ""}}},
		{"a range from a month to a year", "He served from May 2018 to 2020", []date{{"May 2018 to 2020", 2018, 0, 0, 0, 2020, ""}}},
		{"full dates joined by a dash stay two dates", "Smith (May 1, 1916 – November 20, 1917) was a poet.",
			[]date{{"May 1, 1916", 1916, 5, 1, 0, 0, ""}, {"November 20, 1917", 1917, 11, 20, 0, 0, ""}}},
		{"two years joined by and are two dates", "Prices rose in 2018 and 2020.",
			[]date{{"2018", 2018, 0, 0, 0, 0, ""}, {"2020", 2020, 0, 0, 0, 0, ""}}},
		{"an ISO date", "Filed 2025-08-11 in court.", []date{{"2025-08-11", 2025, 8, 11, 0, 0, ""}}},
		{"money is no year, its sign split off by a tokeniser", "it cost $ 2000 in all .", nil},
		{"lower-case may is a verb", "The talks may resume.", nil},
		{"capitalised May is a month", "The talks resume in May.", []date{{"May", 0, 5, 0, 0, 0, ""}}},
		{"a lower-case month in a lower-case text", "the talks began on 5 march 2019 and ended in september .", []date{{"5 march 2019", 2019, 3, 5, 0, 0, ""}, {"september", 0, 9, 0, 0, 0, ""}}},
		{"lower-case may there is a month after a date word", "the talks resumed in may and may end soon .", []date{{"may", 0, 5, 0, 0, 0, ""}}},
		{"but not a month in a capitalised text", "The talks resumed in september, officials said.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []date
			for _, d := range one(t, tt.in).Dates() {
				got = append(got, date{d.Text, d.Year, d.Month, d.Day, d.Weekday, d.EndYear, d.Part})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Dates(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestDateMonthRanges checks that months joined as a range, within one
// year or into the next, and days of two months joined so, are one date
// from the first month to the last, and that what is no such range stays
// as it was.
func TestDateMonthRanges(t *testing.T) {
	type date struct {
		Text                  string
		Year, Month, EndMonth int
		Day, EndYear          int
	}
	tests := []struct {
		reason, in string
		want       []date
	}{
		{"two months joined by to", "The festival runs from June to September.", []date{{"June to September", 0, 6, 9, 0, 0}}},
		{"two months and the year", "It ran from June to September 2019.", []date{{"June to September 2019", 2019, 6, 9, 0, 0}}},
		{"two months between", "It ran between June and September.", []date{{"June and September", 0, 6, 9, 0, 0}}},
		{"two months joined by a dash", "It ran June-September 2019.", []date{{"June-September 2019", 2019, 6, 9, 0, 0}}},
		{"months of one year, each with it", "It ran from June 1977 to December 1977.", []date{{"June 1977 to December 1977", 1977, 6, 12, 0, 0}}},
		{"months of two years are a range of years", "It ran from June 1977 to December 1978.", []date{{"June 1977 to December 1978", 1977, 0, 0, 0, 1978}}},
		{"months joined by and without between are two dates", "It ran in June and September.",
			[]date{{"June", 0, 6, 0, 0, 0}, {"September", 0, 9, 0, 0, 0}}},
		{"a range into the next year is one range of months", "It runs from November to February.",
			[]date{{"November to February", 0, 11, 2, 0, 0}}},
		{"a range into the next year joined by a dash", "It runs November-February.",
			[]date{{"November-February", 0, 11, 2, 0, 0}}},
		{"a range into the next year, its end's year", "It ran from November to February 2020.",
			[]date{{"November to February 2020", 2019, 11, 2, 0, 2020}}},
		{"a range into the next year, its start's year", "It ran from November 2019 to February.",
			[]date{{"November 2019 to February", 2019, 11, 2, 0, 2020}}},
		{"days of two months are a range of months", "It runs from June 3 to September 5.",
			[]date{{"June 3 to September 5", 0, 6, 9, 0, 0}}},
		{"days of two months, day first", "It runs from 3 June to 5 September.",
			[]date{{"3 June to 5 September", 0, 6, 9, 0, 0}}},
		{"days of two months between", "It ran between June 3 and September 5.",
			[]date{{"June 3 and September 5", 0, 6, 9, 0, 0}}},
		{"days of two months and the year", "It ran from June 3 to September 5, 2019.",
			[]date{{"June 3 to September 5, 2019", 2019, 6, 9, 0, 0}}},
		{"days of two abbreviated months", "It ran from Aug. 28 to Sept. 7 in the park.",
			[]date{{"Aug. 28 to Sept. 7", 0, 8, 9, 0, 0}}},
		{"days into the next year", "It ran from 2 December to 1 January.",
			[]date{{"2 December to 1 January", 0, 12, 1, 0, 0}}},
		{"days of one month", "It ran from June 11 to June 13.",
			[]date{{"June 11 to June 13", 0, 6, 6, 0, 0}}},
		{"a later day of one month joined by a dash", "It ran June 11 - June 13.",
			[]date{{"June 11 - June 13", 0, 6, 6, 0, 0}}},
		{"an earlier day of one month is no range", "It ran from June 13 to June 11.",
			[]date{{"June 13", 0, 6, 0, 13, 0}, {"June 11", 0, 6, 0, 11, 0}}},
		{"full dates of one year joined by a dash stay two dates", "Smith (May 1, 1916 – November 20, 1916) was a poet.",
			[]date{{"May 1, 1916", 1916, 5, 0, 1, 0}, {"November 20, 1916", 1916, 11, 0, 20, 0}}},
		{"an end with a day stays two dates", "It runs from June to September 5.",
			[]date{{"June", 0, 6, 0, 0, 0}, {"September 5", 0, 9, 0, 5, 0}}},
		{"a start with a day stays two dates", "It runs from June 3 to September.",
			[]date{{"June 3", 0, 6, 0, 3, 0}, {"September", 0, 9, 0, 0, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []date
			for _, d := range one(t, tt.in).Dates() {
				got = append(got, date{d.Text, d.Year, d.Month, int(d.EndMonth), d.Day, d.EndYear})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Dates(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
