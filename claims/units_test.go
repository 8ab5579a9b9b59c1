package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/newsdesk/claimcheck/claims"
)

// rate is what TestRates compares of a Number.
type rate struct {
	Text  string
	Value float64
	Unit  string
	Per   claims.Period
}

// TestRates checks that the period of a rate is read after its amount or
// after the noun it counts, and that a time after an amount ("a year
// ago") is no period.
func TestRates(t *testing.T) {
	tests := []struct {
		reason, in string
		want       []rate
	}{
		{"a sum a week, joined by hyphens", "He signed a new £100,000-a-week contract.", []rate{{"100,000-a-week", 1e5, "GBP", claims.PerWeek}}},
		{"a sum a month, apart", "He earns £100,000 a month.", []rate{{"100,000 a month", 1e5, "GBP", claims.PerMonth}}},
		{"per week", "He earns £100,000 per week.", []rate{{"100,000 per week", 1e5, "GBP", claims.PerWeek}}},
		{"a year with a multiplier", "His salary is £5.2m a year.", []rate{{"5.2m a year", 5.2e6, "GBP", claims.PerYear}}},
		{"per month", "Rent is $1,200 per month.", []rate{{"1,200 per month", 1200, "USD", claims.PerMonth}}},
		{"per day", "Fines reach €500 per day.", []rate{{"500 per day", 500, "EUR", claims.PerDay}}},
		{"a-month and a-year joined by hyphens", "A £5,000-a-month flat and a $2m-a-year deal.", []rate{{"5,000-a-month", 5000, "GBP", claims.PerMonth}, {"2m-a-year", 2e6, "USD", claims.PerYear}}},
		{"per year without a unit", "It costs 191,000 per year.", []rate{{"191,000 per year", 191000, "", claims.PerYear}}},
		{"per annum", "He is paid £1,750 per annum.", []rate{{"1,750 per annum", 1750, "GBP", claims.PerYear}}},
		{"annually", "The firm spends $2bn annually.", []rate{{"2bn annually", 2e9, "USD", claims.PerYear}}},
		{"an hour", "Staff earn £30 an hour.", []rate{{"30 an hour", 30, "GBP", claims.PerHour}}},
		{"per hour", "Staff earn £30 per hour.", []rate{{"30 per hour", 30, "GBP", claims.PerHour}}},
		{"a day", "The scheme costs £5,000 a day.", []rate{{"5,000 a day", 5000, "GBP", claims.PerDay}}},
		{"a percentage a year", "Prices rose 5% a year.", []rate{{"5% a year", 5, "percent", claims.PerYear}}},
		{"a count's period after its noun stays outside its text", "The clinic treats 20 patients a day.", []rate{{"20", 20, "patient", claims.PerDay}}},
		{"a count of times a year", "They met four times a year.", []rate{{"four", 4, "time", claims.PerYear}}},
		{"a duration a week", "She works 30 hours a week.", []rate{{"30 hours a week", 108000, "second", claims.PerWeek}}},
		{"a time ago is no period", "It raised £5m a year ago.", []rate{{"5m", 5e6, "GBP", claims.NoPeriod}}},
		{"a time after an event is no period", "Police held 20 people a day after the riot.", []rate{{"20", 20, "peopl", claims.NoPeriod}}},
		{"a time earlier is no period", "It sold 300 homes a year earlier.", []rate{{"300", 300, "home", claims.NoPeriod}}},
		{"a possessive period is no rate", "He lost £5,000 a year's savings.", []rate{{"5,000", 5000, "GBP", claims.NoPeriod}}},
		{"an is no article of a day", "It costs £5 an day.", []rate{{"5", 5, "GBP", claims.NoPeriod}}},
		{"per cent is no period", "Turnout was 62 per cent.", []rate{{"62 per cent", 62, "percent", claims.NoPeriod}}},
		{"an age takes no period", "The 66-year-old ran a mile.", []rate{{"66-year-old", 66, "age", claims.NoPeriod}}},
		{"an ordinal takes no period", "It was his second a year.", []rate{{"second", 2, "", claims.NoPeriod}}},
		{"a compound modifier takes no period", "It is a two-stage a year plan.", []rate{{"two-", 2, "stage-", claims.NoPeriod}}},
		{"a period word without an article is none", "He earns £100,000 weekly.", []rate{{"100,000", 1e5, "GBP", claims.NoPeriod}}},
		{"a text that ends at the article", "He earns £100,000 a", []rate{{"100,000", 1e5, "GBP", claims.NoPeriod}}},
		{"a text that ends at the hyphen", "He earns £100,000-a-", []rate{{"100,000-", 1e5, "GBP", claims.NoPeriod}}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []rate
			for _, n := range one(t, tt.in).Numbers() {
				got = append(got, rate{n.Text, n.Value, n.Unit, n.Per})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Numbers(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestPeriodString checks the words a Period is written as.
func TestPeriodString(t *testing.T) {
	for p, want := range map[claims.Period]string{claims.NoPeriod: "", claims.PerHour: "hour", claims.PerDay: "day",
		claims.PerWeek: "week", claims.PerMonth: "month", claims.PerYear: "year", claims.Period(200): ""} {
		if got := p.String(); got != want {
			t.Errorf("Period(%d).String() = %q, want %q", p, got, want)
		}
	}
}

// TestDurationCompounds checks that a duration written as a compound
// modifier is the duration it names, "one-" included ("a one-year ban" is
// "banned for one year"), that months are in years ("a 12-month ban" is "a
// one-year ban"), and that the look-alikes are no duration: a kind of
// cricket match, "one-off", "one-time", and an age.
func TestDurationCompounds(t *testing.T) {
	const yearSeconds = 365.25 * claims.SecondsPerDay
	tests := []struct {
		reason, in string
		want       []rate // Per is NoPeriod throughout
	}{
		{"one joined to a year is a duration", "He was handed a one-year ban.", []rate{{"one-year", 1, "year", 0}}},
		{"one joined to a month is a twelfth of a year", "He was handed a one-month ban.", []rate{{"one-month", 1.0 / 12, "year", 0}}},
		{"months apart from the value are in years too", "He was banned for one month.", []rate{{"one month", 1.0 / 12, "year", 0}}},
		{"12 months are a year", "He signed a deal for 12 months.", []rate{{"12 months", 1, "year", 0}}},
		{"a 12-month compound is a year", "He was handed a 12-month ban.", []rate{{"12-month", 1, "year", 0}}},
		{"six-month and 18-month", "He got a six-month sentence and an 18-month contract.", []rate{{"six-month", 0.5, "year", 0}, {"18-month", 1.5, "year", 0}}},
		{"one joined to a day is a duration in seconds", "Nurses held a one-day strike.", []rate{{"one-day", claims.SecondsPerDay, "second", 0}}},
		{"one joined to a week or an hour", "A one-week course and a one-hour talk.", []rate{{"one-week", 7 * claims.SecondsPerDay, "second", 0}, {"one-hour", 3600, "second", 0}}},
		{"two-week and three-day compounds", "They staged a three-day strike and a two-week walkout.", []rate{{"three-day", 3 * claims.SecondsPerDay, "second", 0}, {"two-week", 14 * claims.SecondsPerDay, "second", 0}}},
		{"one joined to a year as a tokeniser writes it", "the one - year ban was upheld .", []rate{{"one - year", 1, "year", 0}}},
		{"an anniversary counts the years since", "They marked the one-year anniversary.", []rate{{"one-year", 1, "year", 0}}},
		{"a one-day international is a kind of match", "England won the one-day international.", nil},
		{"the one-day series and side are the same kind", "He left the one-day side before the one-day series.", nil},
		{"one-off and one-time join no unit", "It was a one-off, a one-time payment.", nil},
		{"one before a hyphen and no unit stays a pronoun", "One - of them left.", nil},
		{"one of them is no count", "One of them signed a one-year deal.", []rate{{"one-year", 1, "year", 0}}},
		{"a year-old compound with one is an age", "The one-year-old boy slept.", []rate{{"one-year-old", 1, "age", 0}}},
		{"a month-old compound is an age in years", "Her 18-month-old son slept.", []rate{{"18-month-old", 1.5, "age", 0}}},
		{"a day-old compound is an age in years", "The two-day-old baby slept.", []rate{{"two-day-old", 2 * claims.SecondsPerDay / yearSeconds, "age", 0}}},
		{"a 10-year-old is an age", "A 10-year-old girl won.", []rate{{"10-year-old", 10, "age", 0}}},
		{"weeks old apart from the value stay the duration", "The cat was 2 weeks old.", []rate{{"2 weeks", 14 * claims.SecondsPerDay, "second", 0}}},
		{"an ordinal month stays the month it names", "In the 3rd month it rained.", []rate{{"3rd month", 3, "month", 0}}},
		{"one at the end of a text", "He was the one -", nil},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []rate
			for _, n := range claims.Parse(tt.in).Statements[0].Numbers() {
				got = append(got, rate{n.Text, n.Value, n.Unit, n.Per})
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(1e-12, 0)); diff != "" {
				t.Errorf("Numbers(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
