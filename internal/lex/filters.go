package lex

// The filters of the sets that the judging and parsing paths ask of
// nearly every word (see wordFilter): a word of a first byte and length
// that no word of the set has is ruled out without hashing it (the map
// look-ups of these sets took some 3% of the batch's CPU, issue 13).
var (
	clauseBreakFilter      = filterOf(clauseBreaks)
	measureFilter          = filterOf(measures)
	personalSubjectFilter  = filterOf(personalSubjects)
	toFrameFilter          = filterOf(toFrames)
	stopFilter             = filterOf(stopWords)
	nounDeterminerFilter   = filterOf(nounDeterminers)
	unlistedFunctionFilter = filterOf(unlistedFunctionWords)
	beFormFilter           = filterOf(beForms)
	titleAbbrevFilter      = filterOf(titleAbbrevs)
	numberAbbrevFilter     = filterOf(numberAbbrevs)
	ambiguousAbbrevFilter  = filterOf(ambiguousAbbrevs)
)
