package claims

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// describeValues gives the numbers and dates Parse finds in a one-sentence
// text, one line each.
func describeValues(t *testing.T, in string) []string {
	t.Helper()
	d := Parse(in)
	if len(d.Statements) != 1 {
		t.Fatalf("Parse(%q) gives %d sentences, want 1", in, len(d.Statements))
	}
	var out []string
	for _, n := range d.Statements[0].Numbers() {
		s := fmt.Sprintf("number %q %.4g", n.Text, n.Value)
		if n.Max != n.Value {
			s += fmt.Sprintf("-%.4g", n.Max)
		}
		if n.Unit != "" {
			s += " " + n.Unit
		}
		if n.Ordinal {
			s += " ordinal"
		}
		if n.Approx {
			s += " approx"
		}
		if n.Per != NoPeriod {
			s += " per " + n.Per.String()
		}
		out = append(out, s)
	}
	for _, dt := range d.Statements[0].Dates() {
		s := fmt.Sprintf("date %q y%d m%d d%d", dt.Text, dt.Year, dt.Month, dt.Day)
		if dt.Weekday != 0 {
			s += fmt.Sprintf(" wd%d", dt.Weekday)
		}
		if dt.EndYear != 0 {
			s += fmt.Sprintf(" to %d", dt.EndYear)
		}
		if dt.EndMonth != 0 {
			s += fmt.Sprintf(" to month %d", dt.EndMonth)
		}
		if dt.Decade {
			s += " decade"
		}
		if dt.Part != "" {
			s += " " + dt.Part
		}
		out = append(out, s)
	}
	return out
}

// without removes the rule named name from a table of recognisers until
// the test ends, and reports whether the table had it.
func without[T any](t *testing.T, table *[]T, nameOf func(T) string, name string) bool {
	saved := *table
	i := slices.IndexFunc(saved, func(r T) bool { return nameOf(r) == name })
	if i < 0 {
		return false
	}
	*table = slices.Delete(slices.Clone(saved), i, i+1)
	t.Cleanup(func() { *table = saved })
	return true
}

// removeRule takes the rule named name out of whichever table holds it.
func removeRule(t *testing.T, name string) bool {
	return without(t, &numberValues, func(r numberRule) string { return r.name }, name) || without(t, &numberParts, func(r numberPart) string { return r.name }, name) || without(t, &unitWords, func(r unitRule) string { return r.name }, name) || without(t, &dateForms, func(r dateRule) string { return r.name }, name) || without(t, &dateParts, func(r dateQualifier) string { return r.name }, name)
}

// valueRuleTests give, for each recogniser of numbers and dates, a text
// that it decides: the values found, which must change when the rule is
// taken out of its table.
var valueRuleTests = []struct {
	rule, in string
	want     []string
}{
	{"N1 digits", "It cost 1,200 dollars.", []string{`number "1,200 dollars" 1200 USD`}},
	{"N1 digits", "It raised 5m for charity.", []string{`number "5m" 5e+06`}},
	{"N1 digits", "It was viewed more than 235, 000 times.", []string{`number "235, 000" 2.35e+05 time approx`}},
	{"N1 digits", "the firm had 31. 8 million users and 6. 9 % growth , and 3. 5m fans .", []string{`number "31. 8 million" 3.18e+07 user`, `number "6. 9 %" 6.9 percent`, `number "3. 5m" 3.5e+06 fan`}},
	{"N1 digits", "She came 2nd in the race.", []string{`number "2nd" 2 ordinal`}},
	{"N1 digits", "It stays at 99,9% for long.", []string{`number "99,9%" 99.9 percent`}},
	{"N1 digits", "It rose by 1,5 million and 1,25 million.", []string{`number "1,5 million" 1.5e+06`, `number "1,25 million" 1.25e+06`}},
	{"N14 clock time", "It leaves at 1:34 PM and arrives at 6:55 p.m.", []string{`number "1:34 PM" 94 clock`, `number "6:55 p.m." 415 clock`}},
	{"N14 clock time", "It starts at 13:34, or 6pm, or 6.55pm, or 7 am.", []string{`number "13:34" 94 clock`, `number "6pm" 360 clock`, `number "6.55pm" 415 clock`, `number "7 am" 420 clock`}},
	{"N14 clock time", "It starts at three o'clock, or 4 o’clock, or twelve oclock.", []string{`number "three o'clock" 180 clock`, `number "4 o’clock" 240 clock`, `number "twelve oclock" 0 clock`}},
	{"N16 share", "One in five voters and 3 out of 10 doctors agree, and 2/3 of nurses.", []string{`number "One in five" 0.2 voter`, `number "3 out of 10" 0.3 doctor`, `number "2/3" 0.6667 nurs`}},
	{"N2 fraction", "A third of the budget went on roads.", []string{`number "A third" 0.3333 budget`}},
	{"N2 fraction", "Half of the voters and one-half of the staff left.", []string{`number "Half" 0.5 voter`, `number "one-half" 0.5 staff`}},
	{"N3 numerator", "Two-thirds of fathers stayed.", []string{`number "Two-thirds" 0.6667 father`}},
	{"N4 not a count", "He came once and left.", nil},
	{"N5 ordinal word", "On the second day the army left.", []string{`number "second day" 2 day ordinal`}},
	{"N6 cardinal word", "Twenty-five people died.", []string{`number "Twenty-five" 25 peopl`}},
	{"N6 cardinal word", "Six Russians spoke to reporters.", []string{`number "Six" 6 russian`}},
	{"N6 cardinal word", "They got twenty - five machines for twenty five Euros.", []string{`number "twenty - five" 25 machin`, `number "twenty five Euros" 25 EUR`}},
	{"N15 and a half", "It has four and a half million people, 2 and a quarter hours away.", []string{`number "four and a half million" 4.5e+06 peopl`, `number "2 and a quarter hours" 8100 second`}},
	{"N17 half a measure", "It took half an hour, then an hour and a half.", []string{`number "half an hour" 1800 second`, `number "an hour and a half" 5400 second`}},
	{"N7 multiplier", "It cost $1.2 billion.", []string{`number "1.2 billion" 1.2e+09 USD`}},
	{"N8 currency before", "It cost £5 in all.", []string{`number "5" 5 GBP`}},
	{"N9 range", "Between 5 to 10 people came.", []string{`number "5 to 10" 5-10 peopl`}},
	{"N10 unit after", "He gave a 40-minute speech.", []string{`number "40-minute" 2400 second`}},
	{"U1 percent", "Turnout was 62 per cent.", []string{`number "62 per cent" 62 percent`}},
	{"U1 percent", "Prices rose 3.5% this year.", []string{`number "3.5%" 3.5 percent`}},
	{"U2 age", "The 66-year-old resigned.", []string{`number "66-year-old" 66 age`}},
	{"U3 currency", "He paid 5 dollars.", []string{`number "5 dollars" 5 USD`}},
	{"U3 currency", "It cost 5 million pounds, or 5m pounds.", []string{`number "5 million pounds" 5e+06 GBP`, `number "5m pounds" 5e+06 GBP`}},
	{"U4 measure", "He lost 30 pounds for the role.", []string{`number "30 pounds" 13.61 kg`}},
	{"U4 measure", "She served for three decades.", []string{`number "three decades" 30 year`}},
	{"U4 measure", "He is 54 years old.", []string{`number "54 years old" 54 age`}},
	{"U5 temperature", "It was 5°C at noon.", []string{`number "5°C" 5 celsius`}},
	{"U5 temperature", "It was 40 degrees Fahrenheit.", []string{`number "40 degrees Fahrenheit" 40 fahrenheit`}},
	{"U6 noun", "Six farmers spoke.", []string{`number "Six" 6 farmer`}},
	{"U6 noun", "It is a two-stage plan in its fourth-quarter report.", []string{`number "two-" 2 stage-`, `number "fourth-" 4 quarter ordinal`}},
	{"N18 rate period", "He signed a £100,000-a-week deal, paid £5 per hour and 20 nurses a day.", []string{`number "100,000-a-week" 1e+05 GBP per week`, `number "5 per hour" 5 GBP per hour`, `number "20" 20 nurs per day`}},
	{"N11 age", "Ortiz, 54, resigned.", []string{`number "54" 54 age`}},
	{"N12 sign", "Prices fell -2.5% and rose +2.5%.", []string{`number "-2.5%" -2.5 percent`, `number "+2.5%" 2.5 percent`}},
	{"N12 sign", "It was -5C at night.", []string{`number "-5C" -5 celsius`}},
	{"N12 sign", "It fell to minus 5 degrees.", []string{`number "minus 5 degrees" -5 degree`}},
	{"N12 sign", "Shares fell -$5 in a day.", []string{`number "-$5" -5 USD`}},
	{"N13 approximator", "It cost almost £550bn.", []string{`number "550bn" 5.5e+11 GBP approx`}},
	{"N13 approximator", "It was about -5C.", []string{`number "-5C" -5 celsius approx`}},
	{"N1 digits", "It paid £10million, up from £340m.", []string{`number "10million" 1e+07 GBP`, `number "340m" 3.4e+08 GBP`}},
	{"N1 digits", "It cost $5bn, or 5 per cent of its sales.", []string{`number "5bn" 5e+09 USD`, `number "5 per cent" 5 percent`}},
	{"D1 part", "In early 2022 the talks stalled.", []string{`date "early 2022" y2022 m0 d0 early`}},
	{"D2 weekday", "Talks resume on Tuesday.", []string{`date "Tuesday" y0 m0 d0 wd2`}},
	{"D2 weekday", "Talks resume on Tuesday, March 3.", []string{`date "Tuesday, March 3" y0 m3 d3 wd2`}},
	{"D3 ISO date", "Filed 2025-08-11 in court.", []string{`date "2025-08-11" y2025 m8 d11`}},
	{"D4 day month", "It began on 21 February 2022.", []string{`date "21 February 2022" y2022 m2 d21`}},
	{"D5 month day", "It began on February 21, 2022.", []string{`date "February 21, 2022" y2022 m2 d21`}},
	{"D5 month day", "He left in Sept. 2019.", []string{`date "Sept. 2019" y2019 m9 d0`}},
	{"D6 year", "It happened in 2019.", []string{`date "2019" y2019 m0 d0`}},
	{"D6 year", "He served from 2008-12.", []string{`date "2008-12" y2008 m0 d0 to 2012`}},
	{"D7 decade", "It was built in the 1990s.", []string{`date "1990s" y1990 m0 d0 decade`}},
}

func TestValueRules(t *testing.T) {
	for _, tt := range valueRuleTests {
		t.Run(tt.rule+"/"+tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, describeValues(t, tt.in)); diff != "" {
				t.Errorf("values of %q mismatch (-want +got):\n%s", tt.in, diff)
			}
			if !removeRule(t, tt.rule) {
				t.Fatalf("no recogniser %q", tt.rule)
			}
			if got := describeValues(t, tt.in); cmp.Equal(tt.want, got) {
				t.Errorf("values of %q are the same without %s: the row does not test its rule", tt.in, tt.rule)
			}
		})
	}
}

// TestEveryValueRuleTested asks a row of valueRuleTests for every
// recogniser in the tables.
func TestEveryValueRuleTested(t *testing.T) {
	var names []string
	for _, r := range numberValues {
		names = append(names, r.name)
	}
	for _, r := range numberParts {
		names = append(names, r.name)
	}
	for _, r := range unitWords {
		names = append(names, r.name)
	}
	for _, r := range dateParts {
		names = append(names, r.name)
	}
	for _, r := range dateForms {
		names = append(names, r.name)
	}
	for _, n := range names {
		if !slices.ContainsFunc(valueRuleTests, func(tt struct {
			rule, in string
			want     []string
		}) bool {
			return tt.rule == n
		}) {
			t.Errorf("no row of valueRuleTests tests %s", n)
		}
	}
}
