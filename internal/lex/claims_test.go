package lex

import (
	"slices"
	"testing"
)

func TestPlace(t *testing.T) {
	tests := []struct{ adj, place string }{
		{"ukrainian", "Ukraine"},
		{"french", "France"},
		{"british", "Great Britain"},
		{"parisian", "Paris"},
		{"table", ""},     // no place adjective
		{"christian", ""}, // pertains to a religion, not a location
		// Demonym nouns, from the glosses of noun.person synsets.
		{"briton", "Great Britain"},
		{"britisher", "Great Britain"},
		{"spaniard", "Spain"},
		{"dane", "Denmark"},
		{"finn", "Finland"},
		{"turk", "Turkey"},
		{"londoner", "London"},
		{"dutchman", "Holland"},
		{"galatian", "Galatia"},   // of "Galatia in Asia Minor"
		{"colombian", "Colombia"}, // the adjective's place, which the noun's agrees with
		{"indian", "India"},       // the adjective's, not the noun's Republic of India
		// Words WordNet also writes in lower case: ordinary words first.
		{"pole", ""},
		{"swede", ""},
		{"kiwi", ""},
		{"badger", ""}, // Wisconsin's, and a team's
		// A surname WordNet names people by (Alexander and Ian Fleming).
		{"fleming", ""},
		// Glosses that make no native or inhabitant of a place.
		{"yankee", ""}, // "an American who lives in New England"
		{"zulu", ""},   // a member of a people
		{"plato", ""},  // a person WordNet names, whose holonym is Athens
	}
	for _, tt := range tests {
		got, ok := Place(tt.adj)
		if got != tt.place || ok != (tt.place != "") {
			t.Errorf("Place(%q) = %q, %v; want %q", tt.adj, got, ok, tt.place)
		}
	}
}

// TestDemonyms checks that Demonyms inverts Place, the nouns with the
// adjectives.
func TestDemonyms(t *testing.T) {
	got := Demonyms("great britain")
	for _, want := range []string{"british", "briton", "britisher"} {
		if !slices.Contains(got, want) {
			t.Errorf("Demonyms(great britain) = %q; want %q in it", got, want)
		}
	}
	if !slices.IsSorted(got) {
		t.Errorf("Demonyms(great britain) = %q; want it sorted", got)
	}
	if got := Demonyms("poland"); slices.Contains(got, "pole") {
		t.Errorf("Demonyms(poland) = %q; want no pole", got)
	}
}

// TestWordFilter checks that a filter lets every word of its set through,
// and rules out words of another first byte or length.
func TestWordFilter(t *testing.T) {
	for _, set := range []map[string]bool{stanceVerbs, attributions, stopWords} {
		f := filterOf(set)
		for w := range set {
			if !f.maybe(w) {
				t.Errorf("filter rules out %q of its set", w)
			}
		}
	}
	f := filterOf(setOf("said", "told"))
	for _, w := range []string{"", "sai", "saying", "bold", "x"} {
		if f.maybe(w) {
			t.Errorf("filter of said, told lets %q through", w)
		}
	}
	if !f.maybe("sxyz") {
		t.Errorf("filter of said, told rules out sxyz, of the first byte and length of said")
	}
}

// TestFilteredSets checks that each set asked through its filter (see
// filters.go) answers as the set alone does, for every word of every one
// of them and some others: the filter only spares look-ups.
func TestFilteredSets(t *testing.T) {
	sets := []struct {
		name string
		set  map[string]bool
		f    *wordFilter
	}{
		{"clauseBreaks", clauseBreaks, clauseBreakFilter}, {"measures", measures, measureFilter},
		{"personalSubjects", personalSubjects, personalSubjectFilter}, {"toFrames", toFrames, toFrameFilter},
		{"stopWords", stopWords, stopFilter}, {"nounDeterminers", nounDeterminers, nounDeterminerFilter},
		{"unlistedFunctionWords", unlistedFunctionWords, unlistedFunctionFilter}, {"beForms", beForms, beFormFilter},
		{"titleAbbrevs", titleAbbrevs, titleAbbrevFilter}, {"numberAbbrevs", numberAbbrevs, numberAbbrevFilter},
		{"ambiguousAbbrevs", ambiguousAbbrevs, ambiguousAbbrevFilter},
	}
	words := []string{"", "x", "government", "said", "Mr", "—"}
	for _, s := range sets {
		for w := range s.set {
			words = append(words, w)
		}
	}
	for _, s := range sets {
		for _, w := range words {
			if got := s.f.maybe(w) && s.set[w]; got != s.set[w] {
				t.Errorf("%s through its filter holds %q: %v, alone %v", s.name, w, got, s.set[w])
			}
		}
	}
}

// TestComposedForm checks the words that are ordinary English words by
// their form although the lexicon lacks them, and words it must not take
// for such.
func TestComposedForm(t *testing.T) {
	tests := []struct {
		reason, word string
		want         bool
	}{
		{"a prefix on an ordinary verb", "reobtained", true},
		{"a prefix on an irregular past", "misheard", true},
		{"a prefix on an adjective", "supermassive", true},
		{"a learned prefix on a noun", "neurostimulator", true},
		{"two nouns written as one", "groundwater", true},
		{"two nouns, the second plural", "heatwaves", true},
		{"a noun of three letters and one of four", "stovetop", true},
		{"a name that is no word", "muliaina", false},
		{"a surname of a prefix and no word", "rebecca", false},
		{"a prefix on too short a rest", "unit", false},
		{"a coinage of no ordinary words", "sialolithiasis", false},
		{"an irregular plural the lexicon lacks is not two words", "women", false},
	}
	for _, tt := range tests {
		if got := ComposedForm(tt.word); got != tt.want {
			t.Errorf("ComposedForm(%q) = %v, want %v (%s)", tt.word, got, tt.want, tt.reason)
		}
	}
	if !IsWordPrefix("multi") || IsWordPrefix("multiple") {
		t.Error(`IsWordPrefix should take "multi" and not "multiple"`)
	}
}

// TestStretched checks the words chat stretches for emphasis against
// words and names with doubled letters and numerals in capitals.
func TestStretched(t *testing.T) {
	for word, want := range map[string]bool{"Duuude": true, "sooo": true, "Yesss": true, "Aaron": false,
		"Mississippi": false, "III": false, "XXX": false, "coffee": false} {
		if got := Stretched(word); got != want {
			t.Errorf("Stretched(%q) = %v, want %v", word, got, want)
		}
	}
}
