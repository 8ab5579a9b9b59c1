package score

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// speaker checks who the claim credits with what it says against who the
// source credits with the same words. A holder is the named subject of a
// verb of saying or belief ("Orlov said", "Orlov believes", "Orlov has made
// it clear", "Orlov will warn", "according to Orlov", "..., Orlov said" at
// the end), or a pronoun subject ("he believes") read as the name that
// opens the nearest clause before it that has one, in its sentence or, for
// the source, the sentence before. The claim is contradicted when its
// holder is someone the source names, the aligned sentence credits at least
// two of the same content words to another named holder, and none of that
// sentence's holders is the claim's; or when the aligned sentence credits
// the words to an unnamed speaker ("the spokesman said", "according to
// police") and the source names the claim's holder, but never as that
// (see creditedToUnnamed). A claim that credits a description ("police
// said", "an aide said") is left alone: a summary may describe whom the
// source names ("Det Insp Baird said"). A source that credits another
// description ("the
// 33-year-old said") is left alone, and so is a claim holder the source
// does not name in the aligned sentence or next to it (a description, "the
// Frenchman"), unless the source names it elsewhere and no sentence that
// names it holds two of the claim's words ("..., said David Kerr", where
// the aligned sentence credits Fiona Barrow and Kerr is quoted on another
// matter further on), a claim holder that is
// a title made of a place ("the Duchess of Cambridge", a role the source
// may give by name), a claim holder the source names inside the words it
// credits to its own holder ("the agency reported that the GNC declared
// ..."), and, in text in lower case, whose names are guessed, a holder the
// text does not mark as a name (see markedName). It gives at most one
// finding per claim.
//
//	SP1: the claim credits someone with what the source credits to
//	     someone else.
func speaker(v *view, _ *account) outcome {
	chs := holders(v.c, nil)
	for k := range chs {
		h := &chs[k]
		if !markedName(h.who) {
			continue // a name guessed in lower-case text: too weak to contradict
		}
		if isPlaceName(h.who) || descriptive(h.who.Text()) {
			continue // a title or description ("the Duchess of Cambridge", "Jordan's ambassador"), not a speaker's name
		}
		if f, ok := v.creditedToUnnamed(h); ok {
			return outcome{findings: []Finding{f}}
		}
		far := -1 // whether the source names h far from the aligned sentences and never credits it with these words: unknown
		for _, si := range v.m.Sentences {
			if !v.namedNear(h.who, si) {
				if far < 0 {
					far = 0
					if v.namedAnywhere(h.who) && !v.creditedAnywhere(h) {
						far = 1
					}
				}
				if far == 0 {
					continue // a different way of naming them, or a holder the source credits elsewhere
				}
			}
			s := v.sent(si)
			var prev *claims.Statement
			if si > 0 {
				prev = v.sent(si - 1)
			}
			shs := holders(s, prev)
			credited := false
			for _, sh := range shs {
				credited = credited || sh.who.Matches(h.who)
			}
			if credited {
				continue
			}
			// Of the source holders whose words the claim's holder says,
			// the nearest to those words: "NYT noted that Orlov believes X"
			// credits X to Orlov.
			var best *holder
			for x := range shs {
				if sh := &shs[x]; v.shared(h, sh, si) >= 2 && (best == nil || sh.from > best.from) {
					best = sh
				}
			}
			if best != nil && v.namedWithin(h.who, s, best) {
				// "The agency reported that the council declared ...": the
				// source credits the claim's holder inside the report.
				best = nil
			}
			if best != nil && markedName(best.who) { // the source's holder too
				return outcome{findings: []Finding{miscredit(h, Span{best.who.Text(), best.who.Start(), best.who.End()})}}
			}
		}
	}
	return outcome{}
}

// miscredit is the SP1 finding for the claim's holder h, whom the claim
// credits with what the source credits to other.
func miscredit(h *holder, other Span) Finding {
	return Finding{Kind: Attribution, Rule: SP1,
		Claim:         Span{h.who.Text(), h.who.Start(), h.who.End()},
		Source:        other,
		Explanation:   fmt.Sprintf("the claim credits %q with what the source credits to %q", h.who.Text(), other.Text),
		Contradiction: true, Factor: factors[SP1]}
}

// shared counts the content words of the claim holder's words aligned to
// the source holder's words in sentence si.
func (v *view) shared(h, sh *holder, si int) int {
	n := 0
	for _, wm := range v.m.Words {
		if wm.Sentence == si && wm.Claim >= h.from && wm.Claim < h.to && wm.Token >= sh.from && wm.Token < sh.to &&
			v.c.Tokens[wm.Claim].Content() {
			n++
		}
	}
	return n
}

// namedWithin reports whether sentence s names e among the words it
// credits to holder sh.
func (v *view) namedWithin(e *claims.Entity, s *claims.Statement, sh *holder) bool {
	if sh.from >= sh.to || sh.from >= len(s.Tokens) {
		return false
	}
	lo, hi := s.Tokens[sh.from].Start(), s.Tokens[min(sh.to, len(s.Tokens))-1].End()
	for x := range s.Entities() {
		if se := &s.Entities()[x]; se.Start() >= lo && se.End() <= hi && se.Matches(e) {
			return true
		}
	}
	return false
}

// isPlaceName reports whether a name is a title or description made of
// ordinary words and a place the lexicon knows ("Duchess of Cambridge",
// "Mayor of London"): it stands where a speaker's name would, but names a
// role, which the source may give by name.
func isPlaceName(e *claims.Entity) bool {
	place, ordinary := false, false
	for _, w := range strings.FieldsFunc(e.Text(), func(r rune) bool { return !unicode.IsLetter(r) }) {
		lower := strings.ToLower(w)
		switch {
		case lex.IsStop(lower):
		case lexicon.IsPlace(w):
			place = true
		case lexicon.Common(lex.Stem(lower)):
			ordinary = true
		default:
			return false
		}
	}
	return place && ordinary
}

// namedNear reports whether source sentence si, or the one before or after
// it, gives a name that can be the claim's e: the source has them at
// hand, and credits the words to someone else.
func (v *view) namedNear(e *claims.Entity, si int) bool {
	for k := max(0, si-1); k <= si+1 && k < v.x.Len(); k++ {
		s := v.sent(k)
		for x := range s.Entities() {
			if s.Entities()[x].Matches(e) {
				return true
			}
		}
	}
	return false
}

// markedName reports whether a holder's name is one the text writes as a
// name: capitalised, or, in text written in lower case, where names are
// guessed by WordNet, one the text itself marks as a name: a word of it is
// an ordinary word that claims takes into a name only on the text's
// evidence ("raheem sterling", "mr young"), or it is two guessed words or
// more, as a first name and a surname are ("nigel farage"). A single
// guessed word is too often a place or an outlet ("sydney", "tmz
// reports") or a pronoun's guessed antecedent.
func markedName(e *claims.Entity) bool {
	if lex.IsUpperStart(e.Text()) || len(e.Words) >= 2 {
		return true
	}
	return len(e.Words) == 1 && e.Ordinary(0)
}

// namedAnywhere reports whether a source sentence gives a name that can be
// e.
func (v *view) namedAnywhere(e *claims.Entity) bool {
	for k := 0; k < v.x.Len(); k++ {
		s := v.sent(k)
		for x := range s.Entities() {
			if s.Entities()[x].Matches(e) {
				return true
			}
		}
	}
	return false
}

// creditedAnywhere reports whether a source sentence credits a name that
// can be the claim holder's with two of the content words the claim
// credits to it, or holds the name and two of those words: the source may
// say the claim's words of its holder where the alignment did not look.
func (v *view) creditedAnywhere(h *holder) bool {
	var stems []string
	for k := h.from; k < h.to && k < len(v.c.Tokens); k++ {
		if t := &v.c.Tokens[k]; t.Content() && !h.within(t) {
			stems = append(stems, t.Stem())
		}
	}
	for k := 0; k < v.x.Len(); k++ {
		s := v.sent(k)
		named := false
		for x := range s.Entities() {
			if s.Entities()[x].Matches(h.who) {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		n := 0
		st := v.stemsOf(k)
		for _, w := range stems {
			if st.has(w) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// within reports whether token t is a word of the holder's name.
func (h *holder) within(t *claims.Token) bool {
	return t.Start() >= h.who.Start() && t.End() <= h.who.End()
}
