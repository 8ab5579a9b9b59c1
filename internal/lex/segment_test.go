package lex

import "testing"

// TestGluedRunWords checks the word tests of the glued-run cues
// (claims/runs.go).
func TestGluedRunWords(t *testing.T) {
	for _, tt := range []struct {
		reason string
		got    bool
		want   bool
	}{
		{"a function word capitalised", IsCapitalisedStop("Of"), true},
		{"a determiner capitalised", IsCapitalisedStop("The"), true},
		{"a function word in lower case is not capitalised", IsCapitalisedStop("of"), false},
		{"a name is no function word", IsCapitalisedStop("Smith"), false},
		{"a weekday", IsWeekdayName("Sunday"), true},
		{"a weekday in lower case", IsWeekdayName("sunday"), false},
		{"a month is no weekday", IsWeekdayName("June"), false},
		{"a month", IsMonthName("November"), true},
		{"a month's abbreviation", IsMonthName("Nov"), true},
		{"a weekday is no month", IsMonthName("Monday"), false},
		{"an auxiliary", IsFiniteVerb("was"), true},
		{"a past form", IsFiniteVerb("decided"), true},
		{"a present form", IsFiniteVerb("celebrates"), true},
		{"an adverb", IsFiniteVerb("famously"), false},
		{"a word in -ss", IsFiniteVerb("boss"), false},
		{"a word in -us", IsFiniteVerb("campus"), false},
		{"a capitalised word", IsFiniteVerb("Decided"), false},
		{"a verb of naming takes a title", IsTitleTaker("dubbed"), true},
		{"a noun takes none", IsTitleTaker("crowd"), false},
		{"a clause's preposition", GluedOpener("After") == OpensClause, true},
		{"a name opens nothing", GluedOpener("Smith") == OpensNot, true},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.reason, tt.got, tt.want)
		}
	}
}

func TestLinkPrompt(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"Scroll down for video Jane Roe walks", len("Scroll down for video")},
		{"SCROLL DOWN FOR VIDEOS", len("SCROLL DOWN FOR VIDEOS")},
		{"Watch the video: the team", len("Watch the video:")},
		{"Scroll down for videography tips", 0}, // the prompt must end a word
		{"Scroll down", 0},
		{"Watching the video", 0},
		{"", 0},
	} {
		if got := LinkPrompt(tt.in); got != tt.want {
			t.Errorf("LinkPrompt(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
