package score

import (
	"strings"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// Source coreference, on demand: whom a third-person pronoun of an aligned
// source sentence stands for. It reads the pronoun's sentence and at most
// corefBefore sentences before it, so a claim costs the same whatever the
// source's size; nothing is resolved ahead for the whole source.

// corefBefore is how many sentences before a pronoun's own its antecedent
// is looked for in: a news text names a person again within a few
// sentences of a pronoun that stands for them.
const corefBefore = 3

// corefGender makes the resolution require gender agreement when a
// candidate's gender is known (from a title before the name: "Mr", "Mrs",
// "Queen"); without it, the nearest person is taken whatever its gender.
var corefGender = true

// isCorefPronoun reports a lower-cased third-person singular pronoun that
// stands for a person the text names: personal or possessive.
func isCorefPronoun(lower string) bool {
	switch lower {
	case "he", "she", "him", "her", "his", "hers":
		return true
	}
	return false
}

// referent returns the person the pronoun at token k of source sentence si
// stands for, and the index of the sentence that names them. The
// candidates, nearest first: the names of the clauses before it in its own
// sentence, each clause's first name that can be a subject first; then, in
// each of the corefBefore sentences before it, the first name that can be
// a subject, then the others from the last. A person of the other gender,
// when a title tells it, is passed over, and so is a name that is no
// person's (a place, an acronym); the pronoun's own clause's subject is
// passed over for an object ("him": in "Orlov thanked him", not Orlov).
// A clause of its own sentence that opens with a description ("the
// 52-year-old teacher said she") ends the search: the pronoun may stand
// for it.
// The first other candidate is the referent if it is a person's name, and
// ends the search if it may not be (a name with an ordinary word, "Real
// Madrid", "Young"): then, as when no person is named within reach, it
// returns nil and -1.
func (v *view) referent(si, k int) (*claims.Entity, int) { return resolve(v.sent, si, k) }

// resolve is referent over the sentences sent gives, by index: a source's
// or a derived text's.
func resolve(sent func(i int) *claims.Statement, si, k int) (*claims.Entity, int) {
	s := sent(si)
	if k < 0 || k >= len(s.Tokens) || !isCorefPronoun(s.Tokens[k].Lower()) {
		return nil, -1
	}
	g := lex.Gender(s.Tokens[k].Lower())
	// try returns whether e ends the search, and whether it is the referent.
	try := func(p *claims.Statement, e *claims.Entity) (stop, found bool) {
		if turnLabel(p, e) {
			return false, false // the speaker of a dialogue's turn is "I" in it, and "you" to the others
		}
		ph := personhood(e)
		if ph == person && len(e.Words) == 1 && opensTurn(p, e) {
			// "Eh, I don't get it", "Wooow": a capitalised word that
			// opens a sentence or a turn may be no name.
			ph = maybePerson
		}
		switch ph {
		case notPerson:
			return false, false
		case maybePerson:
			return true, false
		}
		if corefGender {
			if ng := nameGender(p, e); ng != 0 && ng != g {
				return false, false
			}
		}
		return true, true
	}
	object := s.Tokens[k].Lower() == "him"
	end := k // the clause runs [start, end)
	for end > 0 {
		start := end - 1
		for start > 0 && !clauseBoundary(s.Tokens[start-1].Lower()) {
			start--
		}
		if !(object && end == k) {
			if e, found, stop := firstIn(s, start, end, try); stop {
				return referentOf(e, found, si)
			}
			if opensWithDescription(s, start, end) {
				return nil, -1 // "the 52-year-old teacher ... said she": no name
			}
		}
		end = start - 1
	}
	for b := si - 1; b >= 0 && b >= si-corefBefore; b-- {
		p := sent(b)
		if e, found, stop := firstIn(p, 0, len(p.Tokens), try); stop {
			return referentOf(e, found, b)
		}
	}
	return nil, -1
}

func referentOf(e *claims.Entity, found bool, si int) (*claims.Entity, int) {
	if !found {
		return nil, -1
	}
	return e, si
}

// firstIn puts the names of tokens [start, end) of s to try, those that
// can be a subject first, in order, then the others from the last, and
// returns the first that stops it, whether try found it the referent, and
// whether one stopped it.
func firstIn(s *claims.Statement, start, end int, try func(p *claims.Statement, e *claims.Entity) (stop, found bool)) (*claims.Entity, bool, bool) {
	if start < 0 || end > len(s.Tokens) || start >= end {
		return nil, false, false
	}
	lo, hi := s.Tokens[start].Start(), s.Tokens[end-1].End()
	for pass := 0; pass < 2; pass++ {
		for n := range s.Entities {
			x := n
			if pass == 1 {
				x = len(s.Entities) - 1 - n
			}
			e := &s.Entities[x]
			if e.Start < lo || e.End > hi || subjectLike(s, e) != (pass == 0) {
				continue
			}
			if stop, found := try(s, e); stop {
				return e, found, true
			}
		}
	}
	return nil, false, false
}

// How sure a name is a person's.
const (
	notPerson   = iota // a place, an acronym, a description, lower case
	maybePerson        // a name with an ordinary word ("Real Madrid", "Young")
	person             // words that are no ordinary English words ("Maria Ortiz", "Kozak")
)

// personhood says whether a name can be a person's: a capitalised name
// that is neither a place, a title made of a place, a description ("the
// Colombian") nor an acronym (most often an organisation's) may be; it is
// one when none of its words is a place or a word that names an
// organisation ("Real Madrid", "Manchester United", "Acme Media"). Whether
// a word is also an ordinary English word says little: "Reed", "Cole" and
// "Anna" are.
func personhood(e *claims.Entity) int {
	if len(e.Words) == 0 || !lex.IsUpperStart(e.Text) || descriptive(e.Text) || lexicon.IsPlace(e.Text) || isPlaceName(e) {
		return notPerson
	}
	if len(e.Text) > 1 && isUpperWord(e.Text) {
		return notPerson
	}
	for _, w := range strings.Fields(e.Text) {
		if lexicon.IsPlace(w) || lex.IsOrganisationWord(strings.ToLower(w)) {
			return maybePerson
		}
	}
	return person
}

// isUpperWord reports whether a name has no lower-case letter ("NATO").
func isUpperWord(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// nameGender is the gender a title gives name e of sentence s (see
// lex.TitleGender): the title is the name's first word or the word before
// it. It is 0 when none tells.
func nameGender(s *claims.Statement, e *claims.Entity) int {
	a := tokenAfter(s, e.Start)
	for k := a; k >= a-1 && k >= 0; k-- {
		if k < len(s.Tokens) {
			if g := lex.TitleGender(s.Tokens[k].Lower()); g != 0 {
				return g
			}
		}
	}
	return 0
}

// pronounInPlace returns the source pronoun that stands where the claim's
// name e stands, found as nameInPlace finds a name: the content word next
// to e, on one side, is aligned to the content word next to the pronoun on
// that side, in a sentence the claim comes from ("She posted the photo"
// for "Ortiz posted the photo"). It returns the sentence and token of the
// pronoun.
func (v *view) pronounInPlace(e *claims.Entity) (si, k int, ok bool) {
	ea, eb := tokenRange(v.c, e.Start, e.End)
	if ea >= eb || v.coverageBeside(ea, eb) < v.opts.MinCoverage {
		return 0, 0, false
	}
	for _, dir := range []int{-1, +1} {
		wm, ok := v.anchor(ea, eb, dir)
		if !ok {
			continue
		}
		if n := contentNeighbour(v.c, ea, eb, dir); n >= 0 && isName(v.c, &v.c.Tokens[n]) && coordinated(v.c, ea, eb, n) {
			continue // a list gives no place
		}
		s := v.sent(wm.Sentence)
		if v.nameIn(e, []*claims.Statement{s}) {
			continue // the name is in the sentence, the pronoun may be someone else
		}
		for p := max(0, wm.Token-3); p < min(len(s.Tokens), wm.Token+4); p++ {
			if isCorefPronoun(s.Tokens[p].Lower()) && contentNeighbour(s, p, p+1, dir) == wm.Token {
				return wm.Sentence, p, true
			}
		}
	}
	return 0, 0, false
}

// sharesNameWord reports whether two names have a word in common, or a
// variant of one: one may be part of the other, or a way of writing it.
func sharesNameWord(a, b *claims.Entity) bool {
	for _, w := range a.Words {
		for _, o := range b.Words {
			if sameNameKey(w, o) {
				return true
			}
		}
	}
	return false
}

// referredTo reports whether the claim's name e stands where the source
// has a pronoun that stands for e.
func (v *view) referredTo(e *claims.Entity) bool {
	si, k, ok := v.pronounInPlace(e)
	if !ok {
		return false
	}
	who, _ := v.referent(si, k)
	return who != nil && e.Matches(who)
}

// otherReferent returns, when the claim's person name e stands where the
// aligned sentence has a pronoun that stands for someone else, that person
// and the pronoun: someone the source names, who is not e, has no word of
// e's name, and whom the claim does not name.
func (v *view) otherReferent(e *claims.Entity) (*claims.Entity, *claims.Token, bool) {
	if claimPersonhood(v.c, e) != person {
		return nil, nil, false
	}
	si, k, ok := v.pronounInPlace(e)
	if !ok {
		return nil, nil, false
	}
	who, _ := v.referent(si, k)
	if who == nil || e.Matches(who) || sharesNameWord(e, who) || v.claimHasName(who) {
		return nil, nil, false
	}
	return who, &v.sent(si).Tokens[k], true
}

// claimPersonhood is personhood for a name of claim c, whose text may be
// all in lower case (a tokenised summary): its names are then taken as
// written with capitals.
func claimPersonhood(c *claims.Statement, e *claims.Entity) int {
	if lex.IsUpperStart(e.Text) || strings.ToLower(c.Text) != c.Text {
		return personhood(e)
	}
	x := *e
	x.Text = strings.ToUpper(e.Text[:1]) + e.Text[1:]
	return personhood(&x)
}

// turnLabel reports whether name e of sentence s is the label of a
// dialogue's turn, a name followed by a colon ("Maria: I will bring him"):
// a sentence may hold several turns.
func turnLabel(s *claims.Statement, e *claims.Entity) bool {
	_, b := tokenRange(s, e.Start, e.End)
	return b < len(s.Tokens) && s.Tokens[b].Text() == ":"
}

// opensTurn reports whether name e opens sentence s or a turn of a
// dialogue in it (after "Name:").
func opensTurn(s *claims.Statement, e *claims.Entity) bool {
	a := tokenAfter(s, e.Start)
	for a > 0 && isQuoteMark(s.Tokens[a-1].Text()) {
		a--
	}
	return a == 0 || s.Tokens[a-1].Text() == ":"
}

// opensWithDescription reports whether tokens [start, end) of s open with
// a description of someone rather than a name: a determiner and a word
// that is not part of a name ("the 52-year-old teacher", "the London Wasps
// captain", "a spokesman"), which a pronoun after it may stand for.
func opensWithDescription(s *claims.Statement, start, end int) bool {
	k := start
	for k < end && (isQuoteMark(s.Tokens[k].Text()) || clauseBoundary(s.Tokens[k].Lower())) {
		k++
	}
	if k >= end {
		return false
	}
	switch s.Tokens[k].Lower() {
	case "the", "a", "an":
	default:
		return false
	}
	// "The Guardian said she": a name after the determiner is the subject.
	return k+1 < end && !isName(s, &s.Tokens[k+1])
}
