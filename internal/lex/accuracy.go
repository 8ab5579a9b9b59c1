package lex

// Word lists of the accuracy work (the speaker rule of package score).

// stanceVerbs are verbs whose subject holds the view their complement
// states ("Orlov believes the war was a mistake"): the verbs of belief and
// judgement among the communication and cognition verbs of Levin's English
// Verb Classes (1993), section 29.4-29.5 ("declare" and "conjecture"
// verbs) that news writing uses with a that-clause, in the forms news
// writing uses. The verbs of saying are the reporting verbs (see
// IsReportingVerb).
// Only "believe" and "think" take a bare clause often enough to count
// without "that" ("believes the war was a mistake"); the others take a noun
// as often ("maintains access", "fears reprisals") and count only before
// "that" (see StanceNeedsThat).
var stanceVerbs = setOf("believe", "believes", "believed", "think", "thinks", "thought",
	"consider", "considers", "considered", "feel", "feels", "felt", "fear", "fears", "feared",
	"suspect", "suspects", "suspected", "expect", "expects", "expected", "hope", "hopes",
	"hoped", "doubt", "doubts", "doubted", "maintain", "maintains", "maintained")

var bareClauseVerbs = setOf("believe", "believes", "believed", "think", "thinks", "thought")

// IsStanceVerb reports whether a lower-cased word is a verb of belief or
// judgement whose subject holds what its complement says.
func IsStanceVerb(lower string) bool { return stanceFilter.maybe(lower) && stanceVerbs[lower] }

// stanceFilter rules most words out of stanceVerbs without a map look-up.
var stanceFilter = filterOf(stanceVerbs)

// StanceNeedsThat reports whether a stance verb holds a view only when
// "that" follows it.
func StanceNeedsThat(lower string) bool { return IsStanceVerb(lower) && !bareClauseVerbs[lower] }
