package lex

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// TestLookupFolded checks that LookupFolded gives the word Lookup gives for
// the lower case, the same shared *Word once cached.
func TestLookupFolded(t *testing.T) {
	for _, w := range []string{"Criticised", "SAID", "said", "Kozlov", "don't", "US", "a", "",
		"Supercalifragilisticexpialidociousness"} {
		want := Lookup(Lower(w))
		got := LookupFolded(w)
		if *got != *want {
			t.Errorf("LookupFolded(%q) = %+v, want %+v", w, *got, *want)
		}
		if len(w) <= 32 && got != want {
			t.Errorf("LookupFolded(%q) is not the cached word", w)
		}
	}
}

// TestLookupFoldedLower checks that LookupFoldedLower reports a word in
// lower case exactly when it is its word's lower case, for words cached
// and new, short and longer than a table slot holds.
func TestLookupFoldedLower(t *testing.T) {
	for _, w := range []string{"said", "Said", "SAID", "sAid", "don't", "DON'T", "a", "A", "",
		"newfoldedword", "Newfoldedword", "Z9", "z9", "abcdefghijklmno", "abcdefghijklmnO",
		"supercalifragilisticexpialidocious", "Supercalifragilisticexpialidocious"} {
		got, lower := LookupFoldedLower(w)
		if want := Lookup(Lower(w)); *got != *want {
			t.Errorf("LookupFoldedLower(%q) = %+v, want %+v", w, *got, *want)
		}
		if lower != (w == got.Lower) {
			t.Errorf("LookupFoldedLower(%q): lower %v, but its word's lower case is %q", w, lower, got.Lower)
		}
	}
}

// TestLookupConcurrent looks new words up from several goroutines at once
// (run it with -race): each word is cached once and every caller gets it.
func TestLookupConcurrent(t *testing.T) {
	const n = 2000
	got := make([][]*Word, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				got[g] = append(got[g], LookupFolded(fmt.Sprintf("Concurrentword%d", i)))
			}
		}()
	}
	wg.Wait()
	for i := range n {
		want := fmt.Sprintf("concurrentword%d", i)
		for g := range got {
			if w := got[g][i]; w.Lower != want || w != got[0][i] {
				t.Fatalf("goroutine %d word %d: %q (%p), want %q (%p)", g, i, w.Lower, w, want, got[0][i])
			}
		}
	}
}

// TestWordClasses checks that a word's classes say what the word lists and
// the lexicon say of it, so that a token asks its word rather than a list:
// for every word of the lists, and words in none.
func TestWordClasses(t *testing.T) {
	lists := []map[string]bool{nameConnectors, openingPronouns, clauseOpeners, beForms,
		unlistedFunctionWords, dateIntroducers, notCounts, stopWords}
	var words []string
	for _, l := range lists {
		for w := range l {
			words = append(words, w)
		}
	}
	for w := range months {
		words = append(words, w)
	}
	words = append(words, "turned", "rule", "fails", "cheaper", "river", "kozlov", "zzyzx", "dont")
	for _, w := range words {
		c := Lookup(w).Class
		for _, k := range []struct {
			class Class
			is    bool
		}{
			{NameConnector, IsNameConnector(w)},
			{PersonalPronoun, IsPersonalPronoun(w)},
			{ClauseOpener, IsClauseOpener(w)},
			{BeForm, IsBeForm(w)},
			{UnlistedFunction, IsUnlistedFunctionWord(w)},
			{DateIntroducer, IsDateIntroducer(w)},
			{NotCount, IsNotCount(w)},
		} {
			if c&k.class != 0 != k.is {
				t.Errorf("%q: class %b has %b: %v, its list says %v", w, c, k.class, c&k.class != 0, k.is)
			}
		}
		if c&StemClasses != StemClass(Stem(w)) {
			t.Errorf("%q: class %b, its stem's %b", w, c, StemClass(Stem(w)))
		}
	}
	if c := StemClass(Stem("turned")); c&PhrasalHead == 0 {
		t.Errorf(`"turned": no PhrasalHead in %b`, c)
	}
	if c := StemClass(Stem("cheaper")); c&CommonDegreeStem == 0 || c&CommonStem != 0 {
		t.Errorf(`"cheaper": want CommonDegreeStem and not CommonStem, got %b`, c)
	}
	// Dotted acronyms and numbers are in no word list: no list holds a dot
	// or a digit.
	for _, l := range append(lists, attributions, hedges, negators, negativeVerbs, titles, sentenceStarters, approxWords) {
		for w := range l {
			if strings.ContainsAny(w, ".0123456789") {
				t.Errorf("%q, a word of a list, has a dot or a digit", w)
			}
		}
	}
	if w := Dotted("u.k."); w.Stem != "uk" || w.Class&^StemClasses != 0 {
		t.Errorf(`Dotted("u.k.") = %+v`, *w)
	}
	if w := Lookup("ca").WithStem("can"); w.Stem != "can" || w.Class&StemClasses != StemClass("can") {
		t.Errorf(`Lookup("ca").WithStem("can") = %+v`, *w)
	}
}

// TestFormOf checks that a word numbers its spellings once each, in the
// order first asked, from goroutines at once too, up to MaxForms, and
// that WithStem and Own keep what a token needs of them.
func TestFormOf(t *testing.T) {
	w := newWord("zorblat")
	forms := []string{"Zorblat", "ZORBLAT", "zOrblat", "zoRblat", "zorBlat", "zorbLat", "zorblAt"}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, f := range forms {
				w.FormOf(f)
			}
		}()
	}
	wg.Wait()
	if n, ok := w.FormOf("zorblat"); n != 0 || !ok {
		t.Errorf("FormOf(lower) = %d, %v, want 0, true", n, ok)
	}
	seen := map[int]bool{}
	for _, f := range forms {
		n, ok := w.FormOf(f)
		if !ok || n < 1 || n > MaxForms || seen[n] || w.Form(n) != f {
			t.Errorf("FormOf(%q) = %d, %v; Form gives %q", f, n, ok, w.Form(n))
		}
		if on, ook := w.OtherFormOf(f); on != n || ook != ok {
			t.Errorf("OtherFormOf(%q) = %d, %v, FormOf %d, %v", f, on, ook, n, ok)
		}
		seen[n] = true
	}
	if n, ok := w.FormOf("zorblaT"); ok {
		t.Errorf("FormOf of an eighth spelling = %d, true, want false", n)
	}
	own := w.Own("zorblaT")
	if own.Form(1) != "zorblaT" || own.Lower != w.Lower || own.Stem != w.Stem || own.Cached() {
		t.Errorf("Own gives %+v", own)
	}
	n, _ := w.FormOf("ZORBLAT")
	if s := w.WithStem("x"); s.Form(n) != "ZORBLAT" || s.Stem != "x" {
		t.Errorf("WithStem loses the forms or the stem: %q, %q", s.Form(n), s.Stem)
	}
}

func TestIrregularPasts(t *testing.T) {
	for _, tt := range []struct {
		w                 string
		tense, participle bool
	}{{"stole", true, false}, {"born", false, true}, {"found", true, true}, {"walked", false, false}} {
		if got := IsIrregularPastTense(tt.w); got != tt.tense {
			t.Errorf("IsIrregularPastTense(%q) = %v, want %v", tt.w, got, tt.tense)
		}
		if got := IsIrregularParticiple(tt.w); got != tt.participle {
			t.Errorf("IsIrregularParticiple(%q) = %v, want %v", tt.w, got, tt.participle)
		}
	}
}
