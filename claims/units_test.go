package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
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
