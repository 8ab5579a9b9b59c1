package score

import (
	"strings"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// A person's first name where the source gives the surname with another,
// for entities (EN1): "Amber Ellery, 41, took her boat out" where the
// source has "Paula Ellery, 41, took...". A first name that is also an
// ordinary word ("Amber", "Holly", "Ivy") is no distinctive word of the
// name (see mentionsDistinctive), so the surname alone carried such a
// claim; and swappedWith lets a source name stand in the claim name's
// place only when the claim lacks it, which a claim that shares its
// surname does not. Here a claim's first name is read as one when it
// stands as one, and compared with the first names the source gives that
// surname.
//
// What stands as a first name (firstNameOf): the first word of a claim's
// name of two words, apart (not "Owen Lloyd-Webb"), a name of a public
// list of given names (see lex.IsGivenName) and no title, month or
// weekday ("king ellery", "may ellery"); or such a word just before a
// name of one word, which claims leaves out of the name when it is an
// ordinary word or a function word: capitalised as the first word of the
// sentence ("Amber Ellery, 41, took") but no function word (a modal may
// open a question), capitalised mid-sentence in a sentence not in title
// case (a function word that is also a given name), or in a text written
// in lower case ("amber ellery , 41 ,"), no function word, after no word
// that makes it a verb, an adjective or an adverb ("to chase ellery's
// car", "a rusty ellery"). A word after the surname ("Ellery will",
// "Ellery, who will") is never a first name, nor a capitalised opener of
// a sentence before a word that is not the name ("Rusty nails ... said
// Ellery").
//
// What counts as a swap: a source name that gives the surname a first
// name of the list, its first word or a word before a name of one word
// that stands as a first name as in a claim ("Amber Ellery" opening a
// sentence), none of its words nor the two words before it being the
// claim's first name, a spelling variant of it ("Andrei", "Andrey"), its
// initial ("P. Ellery") or a short form of it or it of the source's
// ("Chris", "Christopher") (otherFirstName); either in the claim name's
// place in an aligned sentence (see nameInPlace), or anywhere in a source
// that never gives the surname the claim's first name and never names
// anyone by that first name: "Ivy Ellery" where the source has "Paula
// Ellery ... her daughter, Ivy" names the family of its person
// (sourceFullName).
//
// On the train files and the bench it turned 30 inconsistent texts' and 1
// consistent text's name into EN1 (18 of them from EN3, a first name no
// ordinary word), the consistent one a summary that gives a singer of a
// list the first name of another, named before him.

// firstNameSwap returns the span of the claim's name with its first name
// and that of the source name that gives its surname another first name,
// or nil when the claim's name is no such swap.
func (v *view) firstNameSwap(e *claims.Entity) (Span, *Span) {
	first, surname, claim, ok := v.firstNameOf(e)
	if !ok {
		return Span{}, nil
	}
	var rival Span
	if se, _ := v.nameInPlace(e, func(se *claims.Entity, si int) bool {
		var ok bool
		rival, ok = otherFirstName(v.sent(si), se, first, surname)
		return ok
	}); se != nil {
		return claim, &rival
	}
	if rival, ok := v.sourceFullName(first, surname); ok {
		return claim, &rival
	}
	return Span{}, nil
}

// firstNameOf returns the name key of the first name the claim gives the
// entity, the key of its surname and the span of both, when the entity
// has a first name (see the comment above).
func (v *view) firstNameOf(e *claims.Entity) (first, surname string, claim Span, ok bool) {
	toks := v.c.Tokens
	a, b := tokenRange(v.c, e.Start(), e.End())
	if a >= b || len(e.Words) == 0 {
		return "", "", Span{}, false
	}
	if len(e.Words) == 2 {
		// Two words apart: "Owen Lloyd-Webb" is no first name before
		// "Webb"; a name of more words may be two names in a run, as in
		// a lower-case list.
		t := &toks[a]
		if b-a != 2 || toks[a+1].Kind != claims.WordToken || t.NameKey() != e.Words[0] || !givenName(t) {
			return "", "", Span{}, false
		}
		return e.Words[0], e.Words[1], Span{e.Text(), e.Start(), e.End()}, true
	}
	if len(e.Words) > 2 {
		return "", "", Span{}, false
	}
	if !leadingGiven(v.c, a) {
		return "", "", Span{}, false
	}
	t := &toks[a-1]
	return t.NameKey(), e.Words[0], Span{textOf(v.c, t.Start(), e.End()), t.Start(), e.End()}, true
}

// leadingGiven reports whether the word before token a of st, the first
// of a name of one word, stands as its first name (see the comment
// above): a given name just before it, capitalised as the sentence's first
// word and no function word, or a function word capitalised mid-sentence
// in a sentence not in title case, or, in lower-case text, no function
// word, after no word that makes it a verb, an adjective or an adverb.
func leadingGiven(st *claims.Statement, a int) bool {
	toks := st.Tokens
	if a <= 0 || a >= len(toks) {
		return false
	}
	t, s := &toks[a-1], &toks[a]
	if s.Start()-t.End() > 1 || !givenName(t) {
		return false
	}
	switch {
	case t.Cap() && s.Cap() && firstWord(st, a-1):
		return !t.Stop() // a modal that opens a question is none
	case t.Cap() && s.Cap():
		// A function word capitalised mid-sentence, which claims leaves
		// out of the name (a modal that is also a given name), in a
		// sentence not in title case.
		return t.Stop() && !(toks[a-2].Kind == claims.WordToken && toks[a-2].Cap())
	case !t.Cap() && !s.Cap():
		return !t.Stop() && (a < 2 || standsBeforeName(&toks[a-2]))
	}
	return false
}

// textOf returns the bytes start to end of the text of st, which holds
// them, or "" when it does not.
func textOf(st *claims.Statement, start, end int) string {
	text := st.Text()
	from, to := start-st.Start(), end-st.Start()
	if from < 0 || to > len(text) || from > to {
		return ""
	}
	return text[from:to]
}

// givenName reports whether a word is a name of the list of given names
// and no title, month or weekday ("king ellery", "may ellery").
func givenName(t *claims.Token) bool {
	return t.Kind == claims.WordToken && lex.IsGivenName(t.Lower()) &&
		lex.Lookup(t.Lower()).Class&(lex.TitleWord|lex.MonthName|lex.WeekdayName) == 0
}

// standsBeforeName reports whether a word of a lower-case text may stand
// before a first name: not "to" or a modal, which make the next word a
// verb ("to chase", "will chase"), nor a determiner, pronoun or adverb,
// after which it qualifies or acts ("a rusty", "they chase", "very
// rusty").
func standsBeforeName(p *claims.Token) bool {
	w := p.Lower()
	if p.Kind != claims.WordToken {
		return true
	}
	if lex.IsPersonalSubject(w) || lex.IsPersonalPronoun(w) || lex.IsNounDeterminer(w) || strings.HasSuffix(w, "ly") || verbMakers[w] {
		return false
	}
	return true
}

// verbMakers are the function words after which a lower-case given name
// that is also an ordinary word is that word, a verb or an adjective:
// "to", the modals and auxiliaries, "not", the forms of "be" and the
// degree words ("is rusty", "very rusty").
var verbMakers = map[string]bool{"to": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "shall": true, "should": true, "do": true, "does": true, "did": true, "not": true,
	"never": true, "very": true, "so": true, "too": true, "more": true, "most": true, "less": true, "quite": true,
	"how": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"this": true}

// sourceFullName returns the span of the first source name, in the
// order of the source, that gives the surname (a name key) another first
// name than first (see otherFirstName), and false when there is none, or
// when the source gives the surname first anywhere or names anyone first
// (see the comment above).
func (v *view) sourceFullName(first, surname string) (Span, bool) {
	if !v.s.mentionsWord(surname) || v.s.mentionsWord(first) {
		// The index of the source's words answers at once for a surname
		// the source never writes, and for a first name it writes, with
		// the surname or as someone's name or, far less often, as an
		// ordinary word: no swap is told from those. The index of its
		// names, which the rest reads, is made on first use.
		return Span{}, false
	}
	var found Span
	foundAt := [2]int{-1, -1}
	given := false
	v.s.namesWithWord(surname, func(si, k int) bool {
		s := v.sent(si)
		se := &s.Entities()[k]
		n := len(se.Words)
		if n == 0 || !sameNameKey(se.Words[n-1], surname) {
			return true
		}
		for _, w := range se.Words[:n-1] {
			if sameFirstName(w, first) {
				given = true
				return false
			}
		}
		if a, _ := tokenRange(s, se.Start(), se.End()); firstNameBefore(s, a, first) {
			given = true
			return false
		}
		span, ok := otherFirstName(s, se, first, surname)
		if !ok {
			return true
		}
		if foundAt[0] < 0 || si < foundAt[0] || si == foundAt[0] && k < foundAt[1] {
			found, foundAt = span, [2]int{si, k}
		}
		return true
	})
	if given || foundAt[0] < 0 {
		return Span{}, false
	}
	// The claim's first name is a name of the source, alone or with
	// another surname: "Ivy Ellery" where the source has "Paula Ellery
	// ... her daughter, Ivy", the family of the source's person.
	v.s.namesWithWord(first, func(si, k int) bool {
		for _, w := range v.sent(si).Entities()[k].Words {
			if sameNameKey(w, first) {
				given = true
			}
		}
		return !given
	})
	if given {
		return Span{}, false
	}
	return found, true
}

// otherFirstName returns the span of the name se of source sentence s with
// its first name, and reports whether it gives the surname (a name key) a
// first name of the list of given names, none of its words being first:
// the first of its words, or the word just before a name of one word that
// stands as its first name (see leadingGiven: "Paula Ellery" at the start
// of a sentence, where claims reads "Ellery").
func otherFirstName(s *claims.Statement, se *claims.Entity, first, surname string) (Span, bool) {
	n := len(se.Words)
	if n == 0 || !sameNameKey(se.Words[n-1], surname) {
		return Span{}, false
	}
	a, _ := tokenRange(s, se.Start(), se.End())
	if firstNameBefore(s, a, first) {
		return Span{}, false
	}
	if n == 1 {
		if !leadingGiven(s, a) {
			return Span{}, false
		}
		t := &s.Tokens[a-1]
		return Span{textOf(s, t.Start(), se.End()), t.Start(), se.End()}, true
	}
	if !givenNameAt(s, se) || !spacedSurname(s, se) {
		return Span{}, false
	}
	for _, w := range se.Words[:n-1] {
		if sameFirstName(w, first) {
			return Span{}, false
		}
	}
	return Span{se.Text(), se.Start(), se.End()}, true
}

// firstNameBefore reports whether one of the two words just before token
// a of s, in a run with it, which claims leaves out of the name that token
// a opens, is the first name first: "amber ellery" or "amber rose ellery"
// in a lower-case source, or a first name that opens a sentence; not
// across a possessive ("ollie's partner joanne pask" names two).
func firstNameBefore(s *claims.Statement, a int, first string) bool {
	for k := a - 1; k >= 0 && k >= a-2 && k+1 < len(s.Tokens); k-- {
		t := &s.Tokens[k]
		if t.Kind != claims.WordToken || s.Tokens[k+1].Start()-t.End() > 1 {
			return false // "ollie's partner joanne pask" names two
		}
		if sameFirstName(t.NameKey(), first) {
			return true
		}
	}
	return false
}

// spacedSurname reports whether the last word of the source name se of
// sentence s stands apart from the word before it, not joined by a mark
// ("Lloyd-Webb", "O'Hara").
func spacedSurname(s *claims.Statement, se *claims.Entity) bool {
	a, b := tokenRange(s, se.Start(), se.End())
	return b-a >= 2 && s.Tokens[b-2].Kind == claims.WordToken && s.Tokens[b-1].Kind == claims.WordToken
}

// givenNameAt reports whether the first word of the source name se of
// sentence s is a name of the list of given names.
func givenNameAt(s *claims.Statement, se *claims.Entity) bool {
	a, b := tokenRange(s, se.Start(), se.End())
	for k := a; k < b; k++ {
		if t := &s.Tokens[k]; t.Kind == claims.WordToken && t.NameKey() == se.Words[0] {
			return givenName(t)
		}
	}
	return false
}

// sameFirstName reports whether two first names, as name keys, may be one:
// spelling variants ("andrei", "andrey"), one the initial of the other, or
// one three letters or more that begin the other ("chris", "christopher").
func sameFirstName(a, b string) bool {
	if sameNameKey(a, b) {
		return true
	}
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if len(a) > len(b) {
		a, b = b, a
	}
	return a != "" && strings.HasPrefix(b, a) && (len(a) == 1 || len(a) >= 3)
}
