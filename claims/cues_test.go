package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCues(t *testing.T) {
	type cue struct{ Kind, Text, Source string }
	tests := []struct {
		reason, in string
		want       []cue
	}{
		{"negation words and contractions", "He did not go and she didn't stay.", []cue{{"negation", "not", ""}, {"negation", "didn't", ""}}},
		{"n't typed with another mark, or without the apostrophe", "He didn;t go, she DIDN´T stay and they didnt care.",
			[]cue{{"negation", "didn;t", ""}, {"negation", "DIDN´T", ""}, {"negation", "didnt", ""}}},
		{"a semicolon between words is not an apostrophe", "The plan;then in;t.", nil},
		{"negative phrasal verbs", "She turned down the offer and police ruled out foul play.",
			[]cue{{"negation", "turned", ""}, {"negation", "ruled", ""}}},
		{"negative verbs", "The minister refused to resign.", []cue{{"negation", "refused", ""}}},
		{"deny and refuse in any form", "He denies it and refuses to go.", []cue{{"negation", "denies", ""}, {"negation", "refuses", ""}}},
		{"fail to", "The bill failed to pass and fails to convince.", []cue{{"negation", "failed", ""}, {"negation", "fails", ""}}},
		{"fail without to is no negation", "The banks failed in 2008.", nil},
		{"hedges", "The plan is unlikely to pass and may fail.", []cue{{"hedge", "unlikely", ""}, {"hedge", "may", ""}}},
		{"May the month or a name is no hedge", "It opened in May 2014 and Theresa May liked it.", nil},
		{"May before a number is the month", "May 22 is the date.", nil},
		{"May opening a sentence is the verb", "May the best team win.", []cue{{"hedge", "May", ""}}},
		{"according to names its source", "Prices rose, according to the central bank.", []cue{{"attribution", "according", "the central bank"}}},
		{"a reporting verb after its subject", "The Daily Example reported that prices rose.", []cue{{"attribution", "reported", "The Daily Example"}}},
		{"an inverted reporting verb", "“Prices rose,” said Ortiz.", []cue{{"attribution", "said", "Ortiz"}}},
		{"an appositive between subject and verb", "Ivan Petrov, a local farmer, said the river rose.", []cue{{"attribution", "said", "Ivan Petrov"}}},
		{"the subject starts after a conjunction", "They had been cooking but officials said they had not fought.",
			[]cue{{"attribution", "said", "officials"}, {"negation", "not", ""}}},
		{"a sentence-initial conjunction is not part of the subject", "But the Daily Example reported that prices rose.",
			[]cue{{"attribution", "reported", "the Daily Example"}}},
		{"the subject of a passive is not the source", "The cost is estimated at £5bn and the plan was widely reported.",
			[]cue{{"attribution", "estimated", ""}, {"attribution", "reported", ""}}},
		{"is expected is no cue", "The deal is expected to pass.", nil},
		{"a passive with its agent is an attribution", "The deal was reported by the Daily Example.",
			[]cue{{"attribution", "reported", "the Daily Example"}}},
		{"a capitalised word inside a sentence is no verb", "Officials in the United States said it fell.",
			[]cue{{"attribution", "said", "Officials in the United States"}}},
		{"a reporting word after a determiner is a noun", "The claims were false and his reports were late.", nil},
		{"a reporting verb after a noun stays a verb", "The minister claims it fell.", []cue{{"attribution", "claims", "The minister"}}},
		{"wont without the apostrophe before a verb", "He wont pay.", []cue{{"negation", "wont", ""}}},
		{"wont and cant as nouns or wont to", "As was his wont, he was wont to ignore the cant.", nil},
		{"citing names its source", "The paper, citing officials, said it fell.", []cue{{"attribution", "citing", "officials"}, {"attribution", "said", "The paper"}}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []cue
			for _, c := range one(t, tt.in).Cues() {
				got = append(got, cue{c.Kind.String(), c.Text(), c.Source()})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Cues(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
