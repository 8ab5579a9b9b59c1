package lex

// Opposites among function words (the antonym rule of package score).

// functionOpposites pairs the function words, and the words opposite
// them, that the antonym rule compares in a word's slot although the stop
// words are left out of it elsewhere ("five members of different families"
// against "five members of the same family"). A word's opposites are
// listed both ways.
//
// Origin: hand-written for claimcheck from the function words of the stop
// list (lex.go) that have a plain opposite in news writing. Seven of the
// pairs are antonym pointers of WordNet 3.0 between the two words' senses
// (above/below, more/less, more/fewer, most/least, most/fewest, up/down,
// same/different; TestFunctionOppositesWordNet checks it); before/after,
// over/under and for/against are not, and were added by hand: the
// opposites that prepositions of time and place state, and a vote or a
// stand for or against something. Left out: pairs that
// WordNet lists but whose words are mostly not opposed in news ("on"/"off",
// "in"/"out", "few"/"many", "all"/"none"), and pairs already among the
// content words, which the rule reads from WordNet ("inside"/"outside",
// "earlier"/"later", "higher"/"lower", "first"/"last").
var functionOpposites = map[string][]string{
	"before": {"after"}, "after": {"before"},
	"above": {"below"}, "below": {"above"},
	"more": {"less", "fewer"}, "less": {"more"}, "fewer": {"more"},
	"most": {"least", "fewest"}, "least": {"most"}, "fewest": {"most"},
	"up": {"down"}, "down": {"up"},
	"over": {"under"}, "under": {"over"},
	"same": {"different"}, "different": {"same"},
	"for": {"against"}, "against": {"for"},
}

// boundWords are the words of functionOpposites that, before a number or
// before "than" and a number, state a bound on it ("more than 20", "over
// 30", "under 18"): the number rule reads those (see approxWords).
var boundWords = setOf("more", "less", "fewer", "most", "least", "fewest", "over", "under", "above", "below")

// HasOpposite reports whether a lower-cased word is one of the function
// words, or their opposites, that FunctionOpposites pairs.
func HasOpposite(lower string) bool { return len(functionOpposites[lower]) > 0 }

// FunctionOpposites reports whether two lower-cased words are opposites
// among the function words ("before" and "after", "same" and "different").
func FunctionOpposites(a, b string) bool {
	for _, o := range functionOpposites[a] {
		if o == b {
			return true
		}
	}
	return false
}

// IsBound reports whether a lower-cased word states a bound when a number
// follows it, directly or after "than" ("over 30", "more than 20").
func IsBound(lower string) bool { return boundWords[lower] }
