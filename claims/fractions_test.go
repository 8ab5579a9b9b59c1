package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFractions checks that a fraction in words is read as its value, of
// the noun after it, with the whole fraction as its text, and that what
// names a part of a period or a thing ("the second half", "half-time",
// "quarter-final", "a third time") is no share.
func TestFractions(t *testing.T) {
	tests := []struct {
		reason, in string
		want       []num
	}{
		{"half of a whole", "Half of the voters backed the plan.", []num{{"Half", 0.5, 0.5, "voter", false, false}}},
		{"half of, in lower case", "Polls say half of voters backed it.", []num{{"half", 0.5, 0.5, "voter", false, false}}},
		{"one-half, hyphenated", "One-half of new fathers are over 30.", []num{{"One-half", 0.5, 0.5, "new", false, false}, {"30", 30, 30, "", false, true}}},
		{"one half, apart", "One half of the staff left.", []num{{"One half", 0.5, 0.5, "staff", false, false}}},
		{"a half of", "A half of the budget went on roads.", []num{{"A half", 0.5, 0.5, "budget", false, false}}},
		{"two-thirds, its whole text", "Two-thirds of the voters backed it.", []num{{"Two-thirds", 2.0 / 3, 2.0 / 3, "voter", false, false}}},
		{"two thirds, apart", "Polls show two thirds of voters backed it.", []num{{"two thirds", 2.0 / 3, 2.0 / 3, "voter", false, false}}},
		{"a third of", "A third of the pupils passed.", []num{{"A third", 1.0 / 3, 1.0 / 3, "pupil", false, false}}},
		{"three-quarters of", "Three-quarters of staff agree.", []num{{"Three-quarters", 0.75, 0.75, "staff", false, false}}},
		{"a quarter of", "A quarter of the homes flooded.", []num{{"A quarter", 0.25, 0.25, "home", false, false}}},
		{"an approximator before the numerator", "About a third of the homes flooded.", []num{{"a third", 1.0 / 3, 1.0 / 3, "home", false, true}}},
		{"an approximator before half", "Nearly half of the homes flooded.", []num{{"half", 0.5, 0.5, "home", false, true}}},
		{"half after a stop word that picks out no part", "It found that half of adults lie.", []num{{"half", 0.5, 0.5, "adult", false, false}}},
		{"half after and, when no whole number comes before", "Cars and half of the vans failed.", []num{{"half", 0.5, 0.5, "van", false, false}}},
		{"a share of a stated whole counts no noun", "Half of the 300 workers quit.", []num{{"Half", 0.5, 0.5, "", false, false}, {"300", 300, 300, "worker", false, false}}},
		{"half of a measure is the measure", "It took half of an hour.", []num{{"half of an hour", 1800, 1800, "second", false, false}}},
		{"a quarter of a century is a measure", "The feud lasted a quarter of a century.", []num{{"a quarter of a century", 25, 25, "year", false, false}}},
		{"half an hour is N17's measure", "The meeting lasted half an hour.", []num{{"half an hour", 1800, 1800, "second", false, false}}},
		{"the second half names a part", "He scored in the second half of the match.", []num{{"second", 2, 2, "half", true, false}}},
		{"an adjective before half names a part", "Rain fell on the eastern half of the country.", nil},
		{"a determiner before half names a part", "He paid his half of the bill.", nil},
		{"a hyphenated period is no share", "His first-half of the season was poor.", []num{{"first-", 1, 1, "half", true, false}}},
		{"a verb before half", "The firm lost half of its value.", []num{{"half", 0.5, 0.5, "valu", false, false}}},
		{"an adjective and a determiner before half name a part", "He sat in the top half of the table.", nil},
		{"half-time is no share", "At half-time the score was level.", nil},
		{"the second half without of", "The second half was dull.", []num{{"second", 2, 2, "half", true, false}}},
		{"half the town is no share", "Half the town voted.", nil},
		{"a quarter-final is no share", "They lost the quarter-final.", nil},
		{"third-party is an ordinal compound", "He used a third-party app.", []num{{"third-", 3, 3, "parti", true, false}}},
		{"a third time is an ordinal", "He ran a third time.", []num{{"third", 3, 3, "time", true, false}}},
		{"and a half of after a whole number is that number's", "Four and a half of them left.", []num{{"Four", 4, 4, "", false, false}}},
		{"a numerator no smaller than the denominator makes no fraction but a compound", "Five-quarters of the cake went.", []num{{"Five-", 5, 5, "quarter-", false, false}}},
		{"a change by a fraction, with no of", "Sales dropped by a fifth in the third quarter.", []num{{"a fifth", 0.2, 0.2, "", false, false}, {"third", 3, 3, "quarter", true, false}}},
		{"a change by a fraction, then a measure", "Sales fell by a fifth in a year.", []num{{"a fifth", 0.2, 0.2, "", false, false}}},
		{"a change by half", "The council cut the budget by half.", []num{{"half", 0.5, 0.5, "", false, false}}},
		{"a change by two-thirds", "Profits rose by two-thirds this year.", []num{{"two-thirds", 2.0 / 3, 2.0 / 3, "", false, false}}},
		{"a change by almost a third", "Prices fell by almost a third.", []num{{"a third", 1.0 / 3, 1.0 / 3, "", false, true}}},
		{"a fraction before a comparative", "They were a third less likely to fall ill.", []num{{"a third", 1.0 / 3, 1.0 / 3, "", false, false}}},
		{"two-thirds before a comparative", "Bills were two-thirds higher.", []num{{"two-thirds", 2.0 / 3, 2.0 / 3, "", false, false}}},
		{"an ordinal before a comparative is no fraction", "The third more expensive option lost.", []num{{"third", 3, 3, "", true, false}}},
		{"number one is a rank, not a share", "Her album reached number one in 11 countries.", []num{{"11", 11, 11, "countri", false, false}}},
		{"a hyphenated fraction before a participle", "The fire was one-fifth contained.", []num{{"one-fifth", 0.2, 0.2, "", false, false}}},
		{"a fraction after a form of be", "Turnout was a fifth.", []num{{"a fifth", 0.2, 0.2, "", false, false}}},
		{"an ordinal after a form of be is no fraction", "He was a third time winner.", []num{{"third", 3, 3, "time", true, false}}},
		{"by a third party is no fraction", "The data was collected by a third party.", []num{{"third", 3, 3, "parti", true, false}}},
		{"by a quarter-final is no fraction", "They were knocked out by a quarter-final defeat.", nil},
		{"a fraction with no of and no by is no change", "He finished a third in the race.", []num{{"third", 3, 3, "", true, false}}},
		{"a fraction word at the end of a text", "They took half", nil},
		{"half of at the end of a text", "They said half of", []num{{"half", 0.5, 0.5, "", false, false}}},
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
