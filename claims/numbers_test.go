package claims_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type num struct {
	Text    string
	Value   float64
	Max     float64
	Unit    string
	Ordinal bool
	Approx  bool
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		reason, in string
		want       []num
	}{
		{"an age in apposition", "Ortiz, 54, resigned.", []num{{"54", 54, 54, "age", false, false}}},
		{"an age as a compound adjective", "The 66-year-old resigned.", []num{{"66-year-old", 66, 66, "age", false, false}}},
		{"a duration as a compound adjective, in seconds", "He gave a 40-minute speech.", []num{{"40-minute", 2400, 2400, "second", false, false}}},
		{"decades compare with years", "She served for three decades.", []num{{"three decades", 30, 30, "year", false, false}}},
		{"money with a multiplier", "It cost $1.2 billion.", []num{{"1.2 billion", 1.2e9, 1.2e9, "USD", false, false}}},
		{"a percentage", "Prices rose 3.5% in May.", []num{{"3.5%", 3.5, 3.5, "percent", false, false}}},
		{"percent as a word", "Turnout was 62 per cent.", []num{{"62 per cent", 62, 62, "percent", false, false}}},
		{"a count takes the noun as its unit", "Six Russians spoke to reporters.", []num{{"Six", 6, 6, "russian", false, false}}},
		{"two dozen", "Two dozen roads closed.", []num{{"Two dozen", 24, 24, "road", false, false}}},
		{"a compound number word", "Twenty-five people died.", []num{{"Twenty-five", 25, 25, "peopl", false, false}}},
		{"a compound number word as a tokeniser writes it", "they got twenty - five machines", []num{{"twenty - five", 25, 25, "machin", false, false}}},
		{"a compound number word as speech is transcribed", "the price will be twenty five Euros", []num{{"twenty five Euros", 25, 25, "EUR", false, false}}},
		{"tens before a word that is no units word", "twenty single rooms", []num{{"twenty", 20, 20, "singl", false, false}}},
		{"an ordinal with its noun", "On the second day the army left.", []num{{"second day", 2, 2, "day", true, false}}},
		{"an approximate quantity", "About 30 feet separated them.", []num{{"30 feet", 9.144, 9.144, "metre", false, true}}},
		{"an approximator before a currency sign", "It cost almost £550bn.", []num{{"550bn", 5.5e11, 5.5e11, "GBP", false, true}}},
		{"a range", "Between 5 to 10 people came.", []num{{"5 to 10", 5, 10, "peopl", false, false}}},
		{"tokenised thousands", "It was viewed more than 235, 000 times.", []num{{"235, 000", 235000, 235000, "time", false, true}}},
		{"a list of small numbers stays a list", "Rooms 1, 2 and 3 were flooded.", []num{{"1", 1, 1, "", false, false}, {"2", 2, 2, "", false, false}, {"3", 3, 3, "", false, false}}},
		{"a fraction", "A third of the budget went on roads.", []num{{"A third", 1.0 / 3, 1.0 / 3, "budget", false, false}}},
		{"a hyphenated fraction", "Two-thirds of fathers are over 30.", []num{{"Two-thirds", 2.0 / 3, 2.0 / 3, "father", false, false}, {"30", 30, 30, "", false, true}}},
		{"third as an ordinal", "It was the third attempt.", []num{{"third", 3, 3, "attempt", true, false}}},
		{"a minus sign apart from the word before", "The index fell -2.5% in 2019.", []num{{"-2.5%", -2.5, -2.5, "percent", false, false}}},
		{"a hyphen inside a name is no sign", "COVID-19 spread.", []num{{"19", 19, 19, "spread", false, false}}},
		{"a hyphen in a range is no sign", "Between 5-10 people came.", []num{{"5-10", 5, 10, "peopl", false, false}}},
		{"a temperature below zero", "It was -5C in Kyiv.", []num{{"-5C", -5, -5, "celsius", false, false}}},
		{"cents are no temperature", "It cost 50c.", []num{{"50c", 50, 50, "", false, false}}},
		{"a time of day is one number", "The train leaves at 1:34 PM.", []num{{"1:34 PM", 94, 94, "clock", false, false}}},
		{"a score or an hour past 24 is no time of day", "It was 3:1 by 25:10.", []num{{"3", 3, 3, "", false, false}, {"1", 1, 1, "", false, false}, {"25", 25, 25, "", false, false}, {"10", 10, 10, "", false, false}}},
		{"a decimal comma", "It hangs at 99,9% for long.", []num{{"99,9%", 99.9, 99.9, "percent", false, false}}},
		{"a comma before three digits groups thousands", "It cost 1,200 dollars.", []num{{"1,200 dollars", 1200, 1200, "USD", false, false}}},
		{"pounds after a bare value weigh", "He lost 30 pounds, then 30lbs.", []num{{"30 pounds", 13.608, 13.608, "kg", false, false}, {"30lbs", 13.608, 13.608, "kg", false, false}}},
		{"pounds after a multiplier are money", "It cost 5 million pounds.", []num{{"5 million pounds", 5e6, 5e6, "GBP", false, false}}},
		{"and a half before a multiplier", "The region has four and a half million people.", []num{{"four and a half million", 4.5e6, 4.5e6, "peopl", false, false}}},
		{"and a half before a measure", "He served two and a half years.", []num{{"two and a half years", 2.5, 2.5, "year", false, false}}},
		{"digits and a quarter", "It took 3 and a quarter hours.", []num{{"3 and a quarter hours", 11700, 11700, "second", false, false}}},
		{"and three quarters", "It took one and three quarters hours.", []num{{"one and three quarters hours", 6300, 6300, "second", false, false}}},
		{"an age in years old at the end of a text without a stop", "He is 54 years old", []num{{"54 years old", 54, 54, "age", false, false}}},
		{"a duration as a tokeniser writes a compound adjective", "fox is developing a two - hour remake .", []num{{"two - hour", 7200, 7200, "second", false, false}}},
		{"an age as a tokeniser writes a compound adjective", "the 66 - year - old man resigned .", []num{{"66 - year - old", 66, 66, "age", false, false}}},
		{"a spaced hyphen before a word that is no unit joins nothing", "the score was 2 - 0 and 3 - nil .", []num{{"2", 2, 2, "", false, false}, {"0", 0, 0, "", false, false}, {"3", 3, 3, "", false, false}}},
		{"a currency sign a tokeniser split off", "the film earned $ 5 million and £ 3.5m .", []num{{"5 million", 5e6, 5e6, "USD", false, false}, {"3.5m", 3.5e6, 3.5e6, "GBP", false, false}}},
		{"a short multiplier a tokeniser split off money", "after a £ 7.8 m overspend and a $ 2 bn loss .", []num{{"7.8 m", 7.8e6, 7.8e6, "GBP", false, false}, {"2 bn", 2e9, 2e9, "USD", false, false}}},
		{"a glued m after a preposition of place is a length", "the river peaked at 4.1m on sunday .", []num{{"4.1m", 4.1, 4.1, "metre", false, false}}},
		{"a glued m before a word of extent is a length", "a 30m high wall .", []num{{"30m", 30, 30, "metre", false, false}}},
		{"a glued m before a counted noun is a million", "it rose to 4m viewers .", []num{{"4m", 4e6, 4e6, "viewer", false, false}}},
		{"a glued m after a verb is a million", "it raised 5m for charity .", []num{{"5m", 5e6, 5e6, "", false, false}}},
		{"a short multiplier apart from a bare value is no multiplier", "the wall is 5 m high .", []num{{"5", 5, 5, "m", false, false}}},
		{"per before a noun is a rate, not a percentage", "It costs 191,000 per year.", []num{{"191,000 per year", 191000, 191000, "", false, false}}},
		{"a fraction of a measure is the measure", "The feud lasted a quarter of a century.", []num{{"a quarter of a century", 25, 25, "year", false, false}}},
		{"a fraction of a measure, hyphenated", "The walk is two-thirds of a mile.", []num{{"two-thirds of a mile", 2.0 / 3 * 1609.344, 2.0 / 3 * 1609.344, "metre", false, false}}},
		{"a count before a unit with a is no fraction of it", "They met four times a year.", []num{{"four", 4, 4, "time", false, false}}},
		{"a share of a whole in words", "Three in five voters backed the plan.", []num{{"Three in five", 0.6, 0.6, "voter", false, false}}},
		{"a share out of a whole", "Nine out of 10 doctors agree.", []num{{"Nine out of 10", 0.9, 0.9, "doctor", false, false}}},
		{"a fraction in digits", "2/3 of voters backed the plan.", []num{{"2/3", 2.0 / 3, 2.0 / 3, "voter", false, false}}},
		{"digits joined by a slash without of are no fraction", "He works 24/7 on it.", []num{{"24", 24, 24, "", false, false}, {"7", 7, 7, "", false, false}}},
		{"a count over a larger number of things is no share", "He scored four in 15 appearances.", []num{{"four", 4, 4, "", false, false}, {"15", 15, 15, "appear", false, false}}},
		{"days are a duration in seconds, so they compare with hours", "The siege lasted three days.", []num{{"three days", 259200, 259200, "second", false, false}}},
		{"weeks are a duration in seconds", "The strike lasted two weeks.", []num{{"two weeks", 1209600, 1209600, "second", false, false}}},
		{"a duration with days glued to the digits", "It offers a 30-day trial and 7days of support.", []num{{"30-day", 2592000, 2592000, "second", false, false}, {"7days", 604800, 604800, "second", false, false}}},
		{"an ordinal day stays a day", "On the 3rd day the army left.", []num{{"3rd day", 3, 3, "day", true, false}}},
		{"half an hour is a duration", "The meeting lasted half an hour.", []num{{"half an hour", 1800, 1800, "second", false, false}}},
		{"half a measure is half of it", "The feud lasted half a century, a half-mile from town.", []num{{"half a century", 50, 50, "year", false, false}, {"half-mile", 804.672, 804.672, "metre", false, false}}},
		{"an hour and a half is one duration", "The match lasted an hour and a half.", []num{{"an hour and a half", 5400, 5400, "second", false, false}}},
		{"a year and a half is one duration", "He served a year and a half in jail.", []num{{"a year and a half", 1.5, 1.5, "year", false, false}}},
		{"a hyphenated compound with a half is its whole and a half", "He served a three-and-a-half-year term.", []num{{"three-and-a-half-year", 3.5, 3.5, "year", false, false}}},
		{"a hyphenated half after no article names a period", "Profit rose in the half-year.", nil},
		{"half of a whole is a share of it, not a measure", "Half the town and half of its workers voted.", []num{{"half", 0.5, 0.5, "worker", false, false}}},
		{"half a unit that is no measure is no number", "He ate half a pizza.", nil},
		{"one in any larger whole is a share", "One in 25 children and 1 in 14 adults have it.", []num{{"One in 25", 0.04, 0.04, "children", false, false}, {"1 in 14", 1.0 / 14, 1.0 / 14, "adult", false, false}}},
		{"one in a year is no share", "One in 2013 was sold.", []num{{"One", 1, 1, "", false, false}}},
		{"one in a measure is no share", "He scored one in 10 minutes.", []num{{"one", 1, 1, "", false, false}, {"10 minutes", 600, 600, "second", false, false}}},
		{"a year is a date, not a number", "It happened in 2019.", nil},
		{"one as a pronoun is not a number", "One of the aides left.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []num
			for _, n := range one(t, tt.in).Numbers() {
				got = append(got, num{n.Text, n.Value, n.Max, n.Unit, n.Ordinal, n.Approx})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Numbers(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestNumberStep checks the precision a value is written to, which lets
// "97%" stand for "97.2%" rounded and keeps "2 billion" exact.
func TestNumberStep(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"Turnout was 97% in May.", 1},
		{"Turnout was 97.2% in May.", 0.1},
		{"It hangs at 99,9% for long.", 0.1},
		{"It earned $6.86 a share.", 0.01},
		{"It earned $1.2 billion.", 1e8},
		{"It earned $2 billion.", 0},
		{"It earned £5m.", 0},
		{"Six farmers spoke.", 0},
		{"She came 2nd in the race.", 0},
	}
	for _, tt := range tests {
		ns := one(t, tt.in).Numbers()
		if len(ns) != 1 {
			t.Fatalf("Numbers(%q) = %v, want one", tt.in, ns)
		}
		if got := ns[0].Step; math.Abs(got-tt.want) > 1e-9*math.Max(1, tt.want) {
			t.Errorf("Numbers(%q) step %g, want %g", tt.in, got, tt.want)
		}
	}
}
