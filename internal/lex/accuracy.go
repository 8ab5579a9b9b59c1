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

// sayingBases are the base forms of the reporting verbs (see
// IsReportingVerb, whose list has only "say" of them) that stand after a
// modal or auxiliary ("will warn that", "would tell MEPs", "is to
// announce"). Alone, a base form is as often a noun ("a Reuters report",
// "a state") as a verb, so the speaker check takes one only after a
// modal.
var sayingBases = setOf("tell", "report", "reveal", "state", "claim", "announce", "note", "add",
	"explain", "insist", "assert", "confirm", "write", "tweet", "indicate", "acknowledge", "admit",
	"argue", "warn", "testify", "disclose", "recall", "comment", "remark", "estimate", "conclude",
	"reply")

// IsSayingBase reports whether a lower-cased word is the base form of a
// verb of saying other than "say" ("warn", "tell").
func IsSayingBase(lower string) bool { return sayingBases[lower] }
