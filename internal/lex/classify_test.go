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

// nameKeyBuilt is NameKey as it was written with a strings.Builder,
// which allocated every key: the reference for the key made on the stack.
func nameKeyBuilt(word string) string {
	w := foldDiacritics(Lower(word))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if len(w) < 4 {
		return w
	}
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'k' && i+1 < len(w) && w[i+1] == 'h':
			b.WriteByte('h')
			i++
		case c == 'c' && i+1 < len(w) && w[i+1] == 'k':
			b.WriteByte('k')
			i++
		case c == 'p' && i+1 < len(w) && w[i+1] == 'h':
			b.WriteByte('f')
			i++
		case c == 'w':
			b.WriteByte('v')
		case c == 'y' || c == 'j' && i > 0:
			b.WriteByte('i')
		case i > 0 && c == w[i-1]:
		default:
			b.WriteByte(c)
		}
	}
	k := b.String()
	for _, suf := range []string{"ei", "ii"} {
		if strings.HasSuffix(k, suf) {
			k = k[:len(k)-len(suf)] + "i"
		}
	}
	return k
}

// TestNameKeyAsBuilt checks NameKey against the key as it was built,
// over names and words that take each of its rules, or none, and one
// longer than its stack buffer.
func TestNameKeyAsBuilt(t *testing.T) {
	long := strings.Repeat("Khabarovsk", 8)
	for _, w := range []string{"", "a", "Kha", "Khan", "Khodorkovsky", "Jackson", "Phillips",
		"Rossini", "Rosini", "Yeltsin", "Andrei", "Andrii", "Kiriyenko", "Müller", "Muller",
		"Dmitry", "Orlov's", "Orlov’s", "said", "government", "committee", "hello", "Tchaikovsky",
		"Wawrinka", "Sergeii", "jjjj", "aaaa", "kkhh", "ph", "phph", "Ñandú", long, long + "ei"} {
		if got, want := NameKey(w), nameKeyBuilt(w); got != want {
			t.Errorf("NameKey(%q) = %q, built %q", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { NameKey("government") }); n != 0 {
		t.Errorf("NameKey of a word that is its own key allocates %v times", n)
	}
}
