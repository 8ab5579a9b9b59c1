package lex

import (
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// classifyByLists is classify as each word list answers it, one look-up
// per list: the reference the one table of wordClasses must agree with.
func classifyByLists(w string) Class {
	var c Class
	set := func(b bool, k Class) {
		if b {
			c |= k
		}
	}
	negAux := negatedAuxiliaries[w] || len(w) > 3 && strings.HasSuffix(w, "n't")
	set(stopWords[w] || negAux, StopWord)
	set(sentenceStarters[w], Starter)
	set(titles[w], TitleWord)
	set(negators[w] || negAux, Negator)
	set(negativeVerbs[w], NegativeVerb)
	set(hedges[w], HedgeWord)
	set(attributions[w], Reporting)
	_, card := cardinals[w]
	set(card, CardinalWord)
	_, ord := ordinals[w]
	if !ord && len(w) > 4 && w[len(w)-1] == 's' {
		_, ord = ordinals[w[:len(w)-1]]
	}
	set(ord || w == "quarters", OrdinalWord)
	_, mon := months[w]
	set(mon, MonthName)
	_, wd := weekdays[w]
	set(wd, WeekdayName)
	set(w == "early" || w == "mid" || w == "late", DatePart)
	set(approxWords[w], Approximator)
	set(nameConnectors[w], NameConnector)
	set(openingPronouns[w], PersonalPronoun)
	set(clauseOpeners[w], ClauseOpener)
	set(beForms[w], BeForm)
	set(unlistedFunctionWords[w], UnlistedFunction)
	set(dateIntroducers[w], DateIntroducer)
	set(notCounts[w], NotCount)
	return c
}

// TestClassify checks that classify gives each word the classes of the
// lists it is in: every word of every list, with an "s" added (the
// "thirds" rule), "n't" added and the suffix rule's edges, and words in
// none.
func TestClassify(t *testing.T) {
	var words []string
	for _, m := range []map[string]bool{stopWords, sentenceStarters, titles, negators,
		negativeVerbs, hedges, attributions, approxWords, nameConnectors, openingPronouns,
		clauseOpeners, beForms, unlistedFunctionWords, dateIntroducers, notCounts, negatedAuxiliaries} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range cardinals {
		words = append(words, w)
	}
	for w := range ordinals {
		words = append(words, w)
	}
	for w := range months {
		words = append(words, w)
	}
	for w := range weekdays {
		words = append(words, w)
	}
	words = append(words, "quarters", "early", "mid", "late", "n't", "an't", "xn't", "zzzn't",
		"", "s", "ths", "kozak", "criticised", "thirdss")
	for _, w := range words {
		for _, v := range []string{w, w + "s", w + "n't", strings.ToUpper(w)} {
			if got, want := classify(v), classifyByLists(v); got != want {
				t.Errorf("classify(%q) = %b, want %b", v, got, want)
			}
		}
	}
}

// TestStemClass checks StemClass's classes against the lexicon's answers
// asked one by one.
func TestStemClass(t *testing.T) {
	for _, s := range []string{"cheaper", "cheap", "biggest", "later", "kozak", "turn", "said",
		"highest", "x", "", "governor", "zzzer"} {
		var want Class
		if lexicon.Common(s) {
			want |= CommonStem
		}
		if lexicon.CommonDegree(s) {
			want |= CommonDegreeStem
		}
		if _, ok := negativePhrasalVerbs[s]; ok {
			want |= PhrasalHead
		}
		if got := StemClass(s); got != want {
			t.Errorf("StemClass(%q) = %b, want %b", s, got, want)
		}
	}
}
