package lex

import "strings"

// The word lists of package score, each with its origin. They are closed
// classes of English (pronouns, punctuation) or short hand-written lists;
// none is tuned on a data set.

// measures are the canonical units a number may have that measure rather
// than count: those lex.Unit and lex.Currency return, and "age", the unit
// package claims gives "54-year-old" and "aged 54". Any other unit is the
// stem of a counted noun ("three people", "three sources").
var measures = setOf("age", "percent", "year", "month", "day", "second", "metre", "kg",
	"USD", "GBP", "EUR", "JPY", "RUB")

// IsMeasure reports whether a number's unit measures (an age, a duration, a
// length, a weight, a share, a currency) rather than names a counted noun.
func IsMeasure(unit string) bool { return measureFilter.maybe(unit) && measures[unit] }

// clauseBreaks are the tokens that end a clause: the comma, semicolon,
// colon, dashes, parentheses and quotation marks of English punctuation.
var clauseBreaks = setOf(",", ";", ":", "—", "–", "(", ")", "“", "”", "\"")

// IsClauseBreak reports whether a token ends a clause.
func IsClauseBreak(text string) bool { return clauseBreakFilter.maybe(text) && clauseBreaks[text] }

// fallsOrRefusals are the negative verbs (see negativeVerbs) that also
// name a fall: "declined to comment" refuses, "a decline in sales" and
// "shares declined 5%" fall. Origin: English usage (WordNet's senses of
// "decline").
var fallsOrRefusals = setOf("decline", "declined", "declines", "declining")

// IsFallOrRefusal reports whether a lower-cased word is one of
// fallsOrRefusals.
func IsFallOrRefusal(lower string) bool { return fallsOrRefusals[lower] }

// fallDeterminers are the words before a "decline" that make it a noun,
// which names a fall ("a decline in sales", "the decline was driven by",
// "has been in decline", "the overall decline"). Origin: the English
// articles, possessives, demonstratives and the prepositions that take a
// noun, with the adjectives of a fall.
var fallDeterminers = setOf("a", "an", "the", "its", "their", "his", "her", "our", "this",
	"that", "any", "in", "into", "behind", "overall", "further", "steady", "sharp", "gradual")

// IsFallDeterminer reports whether a lower-cased word before a "decline"
// makes it a noun.
func IsFallDeterminer(lower string) bool { return fallDeterminers[lower] }

// fallMarkers are the words after a verb "decline" that measure or place
// a fall ("declined by 2%", "declining in most nations", "declined over
// the decades"). Origin: hand-written for claimcheck from English usage.
var fallMarkers = setOf("in", "by", "of", "from", "over", "since")

// IsFallMarker reports whether a lower-cased word after a verb "decline"
// makes it a fall: one of fallMarkers, or an adverb in -ly ("declined
// sharply"), which a refusal puts before the verb ("politely declined").
func IsFallMarker(lower string) bool { return fallMarkers[lower] || strings.HasSuffix(lower, "ly") }

// thingNegators are the negators (see negators) that deny a thing rather
// than an event ("no cell phone service", "nothing"), with "noone", a
// common misspelling of "no one".
var thingNegators = setOf("no", "none", "nothing", "nobody", "neither", "nor", "noone")

// IsThingNegator reports whether a lower-cased negator denies a thing
// rather than an event.
func IsThingNegator(lower string) bool { return thingNegators[lower] }

// notNegating are two-word phrases that open with a negator and negate
// nothing: additive focusing phrases ("not only", "not just") and idioms
// ("no doubt", "not least", "no matter", "no wonder", "not to mention"),
// written by hand from English usage.
var notNegating = setOf("not only", "not just", "not merely", "not simply", "not solely", "no doubt",
	"not least", "no matter", "no wonder", "not to mention")

// IsNotNegating reports whether two lower-cased words in a row, the first
// a negator, negate nothing ("not only").
func IsNotNegating(first, second string) bool { return notNegating[first+" "+second] }

// boundComparatives are the comparatives that, between "no" or "not" and
// "than", state a bound rather than a denial ("no more than 44 per cent"
// is at most 44): the comparatives of quantity, time, length and height.
var boundComparatives = setOf("more", "less", "fewer", "later", "earlier", "longer", "shorter",
	"higher", "lower", "greater")

// IsBoundComparative reports whether a lower-cased comparative makes "no
// ... than" a bound.
func IsBoundComparative(lower string) bool { return boundComparatives[lower] }

// Gender is 1 for a lower-cased masculine pronoun of the third person
// singular (personal, possessive, reflexive: "he", "him", "his",
// "himself"), 2 for a feminine one ("she", "her", "hers", "herself"), and
// 0 for any other word: a closed class of English.
func Gender(lower string) int {
	switch lower {
	case "he", "him", "his", "himself":
		return 1
	case "she", "her", "hers", "herself":
		return 2
	}
	return 0
}

// IsSubjectPronoun reports a lower-cased personal pronoun that can stand
// for a named person as the subject of a verb ("she said").
func IsSubjectPronoun(lower string) bool { return lower == "he" || lower == "she" }

// personalSubjects are the personal pronouns that stand as a subject.
// Origin: the closed class of English personal pronouns.
var personalSubjects = setOf("i", "you", "he", "she", "it", "we", "they")

// IsPersonalSubject reports whether a lower-cased word is a personal
// pronoun that stands as a subject ("he", "they", "it").
func IsPersonalSubject(lower string) bool {
	return personalSubjectFilter.maybe(lower) && personalSubjects[lower]
}

// IsPossessivePronoun reports a lower-cased possessive determiner of a
// person ("his", "her").
func IsPossessivePronoun(lower string) bool { return lower == "his" || lower == "her" }

// IsRelativePronoun reports a lower-cased relative pronoun that opens a
// clause about a name after a comma ("Liam Byrne, who ...").
func IsRelativePronoun(lower string) bool {
	return lower == "who" || lower == "whose" || lower == "which"
}

// quoteFillers are the words a quotation may leave out of the source's
// wording without changing what it says: the articles, the conjunction
// "that" and a few focusing words. Written by hand from English usage;
// "not", "only", "even" and the like are not in it, for dropping them
// changes the words' meaning.
var quoteFillers = setOf("a", "an", "the", "that", "both", "just", "really", "so", "then", "also")

// IsQuoteFiller reports whether a lower-cased word may be left out of a
// quotation of the source.
func IsQuoteFiller(lower string) bool { return quoteFillers[lower] }

// askFrames are the words before an "if" or "whether" that make what
// follows a question, not a statement: "it was not yet known if", "police
// are investigating whether", "she would not say whether". Origin:
// hand-written for claimcheck from English usage (verbs, adjectives and
// nouns of knowing, asking, deciding and finding out).
var askFrames = setOf("know", "knows", "knew", "known", "unknown", "clear", "unclear", "sure", "unsure",
	"certain", "uncertain", "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering",
	"decide", "decides", "decided", "deciding", "decision", "determine", "determined", "determining",
	"investigate", "investigates", "investigated", "investigating", "investigation", "examine", "examining",
	"probe", "probing", "check", "checks", "checked", "checking", "see", "test", "testing", "tested",
	"question", "questions", "debate", "debating", "assess", "assessing", "consider", "considering",
	"confirm", "confirmed", "establish", "established", "say", "said", "tell", "told", "reveal", "revealed",
	"doubt", "doubts", "find", "out")

// IsAskFrame reports whether a lower-cased word, before "if" or "whether",
// makes what follows a question (see askFrames).
func IsAskFrame(lower string) bool { return askFrames[lower] }

// thatFrames are the words before a "that" whose clause the sentence does
// not assert: a denial, a fear or hope, a claim or allegation in dispute,
// a possibility, a belief or suspicion ("denied that", "fears that", "the
// allegation that", "it is possible that"). Verbs of plain saying ("said
// that", "reported that") are not among them: a summary drops those as a
// matter of course. Origin: hand-written for claimcheck from English usage.
var thatFrames = setOf("deny", "denies", "denied", "denying", "fear", "fears", "feared", "hope", "hopes",
	"hoped", "hoping", "rumour", "rumours", "rumoured", "rumor", "rumors", "rumored", "claim", "claims",
	"claimed", "claiming", "allegation", "allegations", "alleged", "alleges", "alleging", "possible",
	"possibility", "likely", "unlikely", "doubt", "doubts", "doubted", "suspect", "suspects", "suspected",
	"suspicion", "suspicions", "speculation", "speculated", "suggest", "suggests", "suggested",
	"suggestion", "suggestions", "believe", "believes", "believed", "think", "thinks", "thought", "wish",
	"wished", "concern", "concerns", "worried", "worries", "unproven", "unconfirmed")

// IsThatFrame reports whether a lower-cased word, before "that", makes
// its clause one the sentence does not assert (see thatFrames).
func IsThatFrame(lower string) bool { return thatFrames[lower] }

// toFrames are the words before a "to" whose verb the sentence does not
// say happened: an intention, an expectation, an attempt, a refusal ("plans
// to", "is expected to", "tried to", "refused to", "is ready to be").
// Origin: hand-written for claimcheck from English usage.
var toFrames = setOf("expect", "expects", "expected", "plan", "plans", "planned", "planning", "hope", "hopes",
	"hoped", "hoping", "want", "wants", "wanted", "wanting", "aim", "aims", "aimed", "aiming", "intend",
	"intends", "intended", "seek", "seeks", "sought", "seeking", "try", "tries", "tried", "trying",
	"attempt", "attempts", "attempted", "attempting", "threaten", "threatens", "threatened", "threatening",
	"vow", "vows", "vowed", "promise", "promises", "promised", "pledge", "pledges", "pledged", "propose",
	"proposes", "proposed", "offer", "offers", "offered", "likely", "unlikely", "set", "poised", "ready",
	"willing", "prepared", "refuse", "refuses", "refused", "fail", "fails", "failed", "decline", "declines",
	"declined", "considering", "eager", "keen")

// IsToFrame reports whether a lower-cased word, before "to", makes the
// verb after it one the sentence does not say happened (see toFrames).
func IsToFrame(lower string) bool { return toFrameFilter.maybe(lower) && toFrames[lower] }
