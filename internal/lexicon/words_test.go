package lexicon_test

import (
	"slices"
	"testing"

	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// synonyms is the synonym test alignment makes: one stem among the other's
// Related stems.
func synonyms(a, b string) bool { return slices.Contains(lexicon.Related(a), b) }

func TestLexicon(t *testing.T) {
	st := lex.Stem
	for _, p := range [][2]string{{"refused", "declined"}, {"purchase", "bought"}, {"big", "large"}} {
		if !synonyms(st(p[0]), st(p[1])) {
			t.Errorf("%s and %s should be synonyms", p[0], p[1])
		}
	}
	// "mother" and "father" share a verb sense (beget), but are opposites.
	for _, p := range [][2]string{{"refused", "accepted"}, {"city", "river"}, {"mother", "father"}, {"father", "mother"}} {
		if synonyms(st(p[0]), st(p[1])) {
			t.Errorf("%s and %s should not be synonyms", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"increase", "decrease"}, {"win", "lose"}, {"rise", "fall"}, {"huge", "small"}} {
		if !lexicon.Antonyms(st(p[0]), st(p[1])) {
			t.Errorf("%s and %s should be antonyms", p[0], p[1])
		}
	}
	// The stemmer keeps comparatives and superlatives whole.
	for _, p := range [][2]string{{"highest", "lowest"}, {"older", "younger"}, {"bigger", "smaller"}, {"later", "earlier"}, {"highest", "low"}} {
		if !lexicon.Antonyms(st(p[0]), st(p[1])) {
			t.Errorf("%s and %s should be antonyms", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"offer", "off"}, {"higher", "highest"}} {
		if lexicon.Antonyms(st(p[0]), st(p[1])) {
			t.Errorf("%s and %s should not be antonyms", p[0], p[1])
		}
	}
	if lexicon.Antonyms(st("rise"), st("rose")) {
		t.Error("a word is not its own antonym")
	}
	for _, w := range []string{"give", "unlike", "river", "criticized"} {
		if !lexicon.Common(st(w)) {
			t.Errorf("%q should be a common word", w)
		}
	}
	for _, w := range []string{"kozlov", "ortiz", "zelensky"} {
		if lexicon.Common(st(w)) {
			t.Errorf("%q should not be a common word", w)
		}
	}
	// Comparatives and superlatives are ordinary words by their base.
	for _, w := range []string{"cheaper", "biggest", "later", "river"} {
		if !lexicon.CommonDegree(st(w)) {
			t.Errorf("%q should be a common word, or the degree of one", w)
		}
	}
	for _, w := range []string{"kozlov", "ortiz", "zelensky"} {
		if lexicon.CommonDegree(st(w)) {
			t.Errorf("%q should not be a common word", w)
		}
	}
	for _, w := range []string{"Cambridge", "Jordan", "U.K."} {
		if !lexicon.IsPlace(w) {
			t.Errorf("%q should be a place", w)
		}
	}
	for _, w := range []string{"Kozlov", "Reuters", "duchess"} {
		if lexicon.IsPlace(w) {
			t.Errorf("%q should not be a place", w)
		}
	}
	if r := lexicon.Related(st("refused")); len(r) == 0 || len(r) > lexicon.MaxRelated {
		t.Errorf("lexicon.Related(refused) = %v", r)
	}
}

func TestKin(t *testing.T) {
	st := lex.Stem
	kin := []struct{ a, b, kind string }{
		{"murder", "manslaughter", "homicide"},
		{"beach", "cliff", "geological formation"},
		{"green", "yellow", "chromatic color"},
		{"month", "week", "time period"},
		{"lion", "tiger", "big cat"},
	}
	for _, k := range kin {
		if kind, ok := lexicon.Kin(st(k.a), st(k.b)); !ok || kind != k.kind {
			t.Errorf("lexicon.Kin(%s, %s) = %q, %v; want %q", k.a, k.b, kind, ok, k.kind)
		}
		if kind, _ := lexicon.Kin(st(k.b), st(k.a)); kind != k.kind {
			t.Errorf("Kin is not symmetric on %s and %s", k.a, k.b)
		}
	}
	// Not kin: synonyms, a word and a broader one, unrelated words, a word
	// and itself, a name's sense ("tyre" and the city of Tyre).
	for _, p := range [][2]string{{"purchase", "buy"}, {"vehicle", "truck"}, {"truck", "vehicle"},
		{"beach", "murder"}, {"cliff", "cliff"}, {"tyre", "city"}, {"zzzz", "beach"}} {
		if kind, ok := lexicon.Kin(st(p[0]), st(p[1])); ok {
			t.Errorf("lexicon.Kin(%s, %s) = %q, want none", p[0], p[1], kind)
		}
	}
}

func TestInside(t *testing.T) {
	in := [][2]string{{"London", "England"}, {"London", "U.K."}, {"London", "Britain"}, {"Lyon", "France"}, {"Texas", "United States"}}
	for _, p := range in {
		if !lexicon.Inside(p[0], p[1]) {
			t.Errorf("%s should be inside %s", p[0], p[1])
		}
	}
	out := [][2]string{{"England", "London"}, {"London", "France"}, {"London", "London"}, {"Qorvix", "England"}, {"London", "Qorvix"}}
	for _, p := range out {
		if lexicon.Inside(p[0], p[1]) {
			t.Errorf("%s should not be inside %s", p[0], p[1])
		}
	}
	around := lexicon.Around([]string{"Lyon", "Qorvix", "the mayor"})
	for _, name := range []string{"France", "Europe"} {
		if !around.Has(name) {
			t.Errorf("lexicon.Around(Lyon) should have %s", name)
		}
	}
	for _, name := range []string{"Lyon", "Spain", "Qorvix", ""} {
		if around.Has(name) {
			t.Errorf("lexicon.Around(Lyon) should not have %q", name)
		}
	}
}

// TestRelatedMemo checks that Related gives the same answer for a stem at
// a new address, for equal stems at many addresses, and for stems that
// share an address's slot.
func TestRelatedMemo(t *testing.T) {
	want := slices.Clone(lexicon.Related("refus"))
	if len(want) == 0 {
		t.Fatal(`no synonyms of "refus"`)
	}
	for i := range 50000 {
		s := string([]byte("refus"))
		if got := lexicon.Related(s); !slices.Equal(got, want) {
			t.Fatalf("Related(%q) at the %dth address = %v, want %v", s, i, got, want)
		}
		if got := lexicon.Related(s[:4]); slices.Equal(got, want) {
			t.Fatalf("Related(%q) = Related(%q)", s[:4], s)
		}
	}
}

// TestOtherValue checks the values of one attribute: different colours are
// different values, in either order; synonyms, a colour and a kind of it,
// two sizes of one degree and opposites (Antonyms' pairs) are not.
func TestOtherValue(t *testing.T) {
	st := lex.Stem
	for _, p := range [][2]string{{"yellow", "green"}, {"green", "yellow"}, {"blue", "white"}, {"blue", "purple"}, {"gold", "green"},
		{"crimson", "blue"}, {"silver", "white"}, {"grey", "green"}, {"scarlet", "orange"}} {
		if !lexicon.OtherValue(st(p[0]), st(p[1])) {
			t.Errorf("%s and %s should be other values of one attribute", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"crimson", "red"}, {"scarlet", "red"}, {"grey", "gray"}, {"blue", "blue"}, {"navy", "blue"}, {"huge", "big"},
		{"giant", "huge"}, {"hot", "cold"}, {"black", "white"}, {"warm", "hot"}, {"previous", "last"}, {"difficult", "challenging"}, {"car", "wall"}, {"", "blue"}} {
		if lexicon.OtherValue(st(p[0]), st(p[1])) {
			t.Errorf("%s and %s should not be other values of one attribute", p[0], p[1])
		}
	}
}
