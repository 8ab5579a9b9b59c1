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

// creditedToUnnamed returns the SP1 finding for the claim's holder h when
// an aligned sentence that credits its words to no named holder credits at
// least two of the same content words to an unnamed speaker ("...,
// according to a council spokesperson"), and the source names h but never
// with that description.
func (v *view) creditedToUnnamed(h *holder) (Finding, bool) {
	if a, b := tokenRange(v.c, h.who.Start(), h.who.End()); b < len(v.c.Tokens) && v.c.Tokens[b].Stem() == "report" ||
		a > 0 && v.c.Tokens[a-1].Stem() == "report" {
		return Finding{}, false // "..., the Times reports": an outlet reports what its sources say
	}
	for _, si := range v.m.Sentences {
		s := v.sent(si)
		d, ok := describedHolder(s)
		if !ok || len(holders(s, nil)) > 0 || v.shared(h, &holder{from: d.from, to: d.to}, si) < 2 || v.describes(h.who, s, d) ||
			v.speaksJustBefore(h.who, si) {
			continue
		}
		first, last := &s.Tokens[d.descFrom], &s.Tokens[d.descTo-1]
		return miscredit(h, Span{s.Text()[first.Start()-s.Start() : last.End()-s.Start()], first.Start(), last.End()}), true
	}
	return Finding{}, false
}

// speaksJustBefore reports whether one of the two source sentences before
// si credits something to a name that can be e: "The Rail Accident
// Investigation Branch said it had sent a team. A spokesperson said ..."
// is the branch's spokesperson.
func (v *view) speaksJustBefore(e *claims.Entity, si int) bool {
	for k := max(0, si-2); k < si; k++ {
		var prev *claims.Statement
		if k > 0 {
			prev = v.sent(k - 1)
		}
		for _, sh := range holders(v.sent(k), prev) {
			if sh.who.Matches(e) {
				return true
			}
		}
	}
	return false
}

// A description is a holder the source describes rather than names ("a
// council spokesperson", "police"): tokens [descFrom, descTo), credited
// with tokens [from, to).
type description struct{ descFrom, descTo, from, to int }

// describedHolder returns the holder of "..., according to a council
// spokesperson." or "A spokesman said ...", when the sentence credits its
// words to a description of someone, with no name in it.
func describedHolder(s *claims.Statement) (description, bool) {
	toks := s.Tokens
	for i := range toks {
		if toks[i].Lower() == "according" && i+2 < len(toks) && toks[i+1].Lower() == "to" {
			end := i + 2
			for end < len(toks) && toks[end].Kind == claims.WordToken && !clauseBoundary(toks[end].Lower()) && end-i <= 6 {
				end++
			}
			if end < len(toks) && toks[end].Text() != "," && toks[end].Text() != "." {
				return description{}, false
			}
			if d, ok := describing(s, i+2, end); ok {
				return description{d.descFrom, d.descTo, 0, len(toks)}, true
			}
			return description{}, false
		}
		verb, ok := sayingAt(toks, i)
		if !ok || !lex.IsReportingVerb(toks[i].Lower()) {
			continue
		}
		if e, k := subjectOf(s, verb); e != nil || k >= 0 {
			return description{}, false
		}
		if i > 0 && (toks[i-1].Text() == "," || isQuoteMark(toks[i-1].Text())) {
			// "..., said an analyst at Berenberg.": the speaker after the
			// verb, credited with the words before it.
			end := i + 1
			for end < len(toks) && toks[end].Kind == claims.WordToken {
				end++
			}
			if d, ok := describing(s, i+1, end); ok {
				return description{d.descFrom, d.descTo, 0, i - 1}, true
			}
			return description{}, false
		}
		end := verb
		for end > 0 && subjectSkips[toks[end-1].Lower()] {
			end--
		}
		start := end
		for start > 0 && end-start < 4 && toks[start-1].Kind == claims.WordToken && !clauseBoundary(toks[start-1].Lower()) {
			start--
		}
		d, ok := describing(s, start, end)
		if !ok {
			return description{}, false
		}
		from := i + 1
		if from < len(toks) && toks[from].Lower() == "that" {
			from++
		}
		if !hasContent(toks, from, len(toks)) {
			from = 0
		}
		return description{d.descFrom, d.descTo, from, len(toks)}, true
	}
	return description{}, false
}

// unnamedSpeakers are the heads of the descriptions news gives a speaker
// it does not name ("a council spokesperson said", "according to police
// sources"): someone other than the people the story names, unless it
// says otherwise. A description of a named person ("the 33-year-old
// said", "his trainer said") is not among them. Origin: hand-written for
// claimcheck, from the attribution style of news agencies.
var unnamedSpeakers = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"spokesmen": true, "spokeswomen": true, "spokespeople": true, "official": true, "officials": true,
	"source": true, "sources": true, "insider": true, "insiders": true, "aide": true, "aides": true,
	"police": true, "statement": true, "representative": true, "representatives": true}

// describing returns the description that tokens [from, to) of s open:
// up to the first of unnamedSpeakers among them, its head, with no name
// before it ("a council spokesperson", "an analyst" of "an analyst at
// Berenberg").
func describing(s *claims.Statement, from, to int) (description, bool) {
	for k := from; k < to && k < len(s.Tokens); k++ {
		t := &s.Tokens[k]
		if t.Kind != claims.WordToken || t.Cap() || !unnamedSpeakers[t.Lower()] {
			continue
		}
		lo, hi := s.Tokens[from].Start(), t.End()
		for x := range s.Entities() {
			if e := &s.Entities()[x]; e.End() > lo && e.Start() < hi {
				return description{}, false // "Berenberg's analyst Tom Reed"
			}
		}
		return description{descFrom: from, descTo: k + 1}, true
	}
	return description{}, false
}

// describes reports whether the source may mean e by the description d of
// sentence s: a sentence puts the description's head beside a name that
// can be e ("Anna Hughes, a council spokesperson", "spokesman Tom Reed";
// see besideName), or the source never names e.
func (v *view) describes(e *claims.Entity, s *claims.Statement, d description) bool {
	head := s.Tokens[d.descTo-1].Stem()
	named := false
	for k := 0; k < v.x.Len(); k++ {
		sk := v.sent(k)
		for x := range sk.Entities() {
			if se := &sk.Entities()[x]; se.Matches(e) {
				named = true
				if besideName(sk, se, head) {
					return true
				}
			}
		}
	}
	return !named
}

// besideWindow is how many tokens from a name its apposition or title may
// reach ("Tom Reed, the council's spokesman").
const besideWindow = 5

// besideName reports whether a word of the stem stands within besideWindow
// tokens of name e of s, with no finite verb between: its title or
// apposition, not "Lindqvist told analysts".
func besideName(s *claims.Statement, e *claims.Entity, stem string) bool {
	a, b := tokenRange(s, e.Start(), e.End())
	for k := b; k < len(s.Tokens) && k < b+besideWindow; k++ {
		if t := &s.Tokens[k]; t.Stem() == stem {
			return true
		} else if t.Kind == claims.WordToken && !t.Cap() && lex.IsFiniteVerb(t.Lower()) {
			break
		}
	}
	for k := a - 1; k >= 0 && k >= a-besideWindow; k-- {
		if t := &s.Tokens[k]; t.Stem() == stem {
			return true
		} else if t.Kind == claims.WordToken && !t.Cap() && lex.IsFiniteVerb(t.Lower()) {
			break
		}
	}
	return false
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

// A holder is a name a sentence credits with some of its words: tokens
// [from, to) of the sentence.
type holder struct {
	who      *claims.Entity
	from, to int
}

// holders returns who the sentence credits with what, in order. prev, when
// not nil, is the sentence before, where a pronoun subject may find its
// name.
func holders(s *claims.Statement, prev *claims.Statement) []holder {
	var out []holder
	toks := s.Tokens
	for i := range toks {
		if toks[i].Kind != claims.WordToken {
			continue
		}
		if toks[i].Lower() == "according" && i+2 < len(toks) && toks[i+1].Lower() == "to" {
			if h, ok := accordingTo(s, i); ok {
				out = append(out, h)
			}
			continue
		}
		verb, ok := sayingAt(toks, i)
		if !ok {
			continue
		}
		if e, k := subjectOf(s, verb); e != nil || k >= 0 {
			if h, ok := subjectCredit(s, prev, e, k, i); ok {
				out = append(out, h)
			}
			continue
		}
		if h, ok := invertedCredit(s, i); ok {
			out = append(out, h)
		}
	}
	return out
}

// accordingTo is the holder of "according to Orlov, ..." or "...,
// according to Orlov.", "according" at token i: the whole sentence, when
// the name closes the phrase.
func accordingTo(s *claims.Statement, i int) (holder, bool) {
	toks := s.Tokens
	e := nameStartingAt(s, i+2)
	if e == nil {
		return holder{}, false
	}
	end := tokenAfter(s, e.End())
	if end >= len(toks) || toks[end].Text() == "," || toks[end].Text() == "." {
		return holder{e, 0, len(toks)}, true
	}
	return holder{}, false
}

// sayingAt reports whether token i is a verb of saying or of stance
// ("said", "believes that") and returns the token its subject stands
// before: i itself, or "made" of "has made it clear that".
func sayingAt(toks []claims.Token, i int) (verb int, ok bool) {
	lower := toks[i].Lower()
	switch {
	case lex.IsReportingVerb(lower):
	case lex.IsStanceVerb(lower):
		if lex.StanceNeedsThat(lower) && (i+1 >= len(toks) || toks[i+1].Lower() != "that") {
			return 0, false
		}
	case lower == "clear" && i >= 2 && toks[i-1].Lower() == "it" && lex.Stem(toks[i-2].Lower()) == "make":
		return i - 2, true
	case lex.IsSayingBase(lower) && i > 0 && afterModal(toks, i-1):
		// "will warn that", "would tell MEPs", "is to announce": the base
		// form, which stands alone as often as not ("they tell"), after a
		// modal or auxiliary only.
	default:
		return 0, false
	}
	return i, true
}

// subjectCredit is the holder for the subject of the saying at token i:
// the name e, or the antecedent of the pronoun at token k in this sentence
// or prev. It is credited with the words after the verb (and its "that"),
// or, when none have content ("The factory closed, Smith said."), with
// the words before the name.
func subjectCredit(s, prev *claims.Statement, e *claims.Entity, k, i int) (holder, bool) {
	if e == nil {
		e = antecedent(s, prev, k)
	}
	if e == nil {
		return holder{}, false
	}
	toks := s.Tokens
	subj := k
	if subj < 0 && e.Start() >= s.Start() && e.End() <= s.End() {
		subj = tokenAfter(s, e.Start())
	}
	if q := quotedBefore(s, subj); q > 0 {
		// "“...,” Ms Barrington told reporters outside the palace", "“...,”
		// her manager, Devon Castellano, told the BBC": the quotation
		// before the speaker is what the speaker says.
		return holder{e, 0, q}, true
	}
	from := i + 1
	if from < len(toks) && toks[from].Lower() == "that" {
		from++
	}
	if !hasContent(toks, from, len(toks)) {
		if k >= 0 {
			// "“...,” she said.": the words before the pronoun, whose
			// name may stand in the sentence before.
			return holder{e, 0, k}, true
		}
		return holder{e, 0, tokenAfter(s, e.Start())}, true
	}
	return holder{e, from, len(toks)}, true
}

// invertedCredit is the holder of "..., said Smith." or "“...,” said
// Smith.", the reporting verb at token i: the name after the verb,
// credited with the words before.
func invertedCredit(s *claims.Statement, i int) (holder, bool) {
	toks := s.Tokens
	if i == 0 || !lex.IsReportingVerb(toks[i].Lower()) ||
		!(toks[i-1].Text() == "," || isQuoteMark(toks[i-1].Text()) && i > 1) {
		return holder{}, false
	}
	if e := nameStartingAt(s, i+1); e != nil {
		es := s.Entities()
		for x := range es {
			if &es[x] == e {
				for x+1 < len(es) && rolesBetween(s, &es[x], &es[x+1]) {
					x++ // "said Dunmore analyst Fiona Reyes": the analyst
				}
				e = &es[x]
				break
			}
		}
		return holder{e, 0, i - 1}, true
	}
	return holder{}, false
}

// quotedBefore returns the token of the closing quotation mark that ends
// right before the subject at token subj of s, past a description and its
// commas ("her manager, Devon Castellano"), when a quotation opens the
// sentence: the quoted words are the subject's. 0 when there is none.
func quotedBefore(s *claims.Statement, subj int) int {
	if subj <= 1 {
		return 0
	}
	toks := s.Tokens
	for k := subj - 1; k >= 1 && subj-k <= 5; k-- {
		t := &toks[k]
		switch {
		case isQuoteMark(t.Text()) && t.Text() != "'" || t.Text() == "”":
			if opening := firstQuote(s); opening >= 0 && opening < k {
				return k
			}
			return 0
		case t.Kind == claims.WordToken && !lex.IsFiniteVerb(t.Lower()) || t.Text() == ",":
		default:
			return 0
		}
	}
	return 0
}

// firstQuote returns the token of the sentence's first quotation mark when
// it opens the sentence (after at most one word: "But “..."), or -1.
func firstQuote(s *claims.Statement) int {
	for k := 0; k < len(s.Tokens) && k < 2; k++ {
		if t := s.Tokens[k].Text(); isQuoteMark(t) && t != "'" || t == "“" {
			return k
		}
	}
	return -1
}

// subjectOf returns the named subject of the verb at token i, or the index
// of a pronoun subject ("he", "she") and nil, or nil and -1. A name "of"
// another is the subject, not the other: "Ann Ortiz of the Northfield
// Institute said" (see ownerOf). Between them
// may stand an auxiliary, a modal or an adverb ("has", "will", "would",
// "is to", "also"), a quotation mark, or a parenthesis set off by commas
// ("Orlov, according to sources, made"). A passive ("is expected") has no
// subject here.
func subjectOf(s *claims.Statement, i int) (*claims.Entity, int) {
	toks := s.Tokens
	k := i - 1
	for k >= 0 && (subjectSkips[toks[k].Lower()] || isQuoteMark(toks[k].Text()) || isToOfBe(toks, k)) {
		if isToOfBe(toks, k) {
			k-- // past the "is" of "is to"
		}
		k--
	}
	if k >= 0 && toks[k].Text() == "," {
		// Back over the parenthesis to the comma that opens it.
		j := k - 1
		for j >= 0 && k-j <= 8 && toks[j].Text() != "," {
			j--
		}
		if j >= 0 && toks[j].Text() == "," {
			if nameSpan(s, j+1, k) && j > 0 && modifies(&toks[j-1]) {
				// "her manager, Devon Castellano, told": the name set off
				// by the commas is the speaker the description before it
				// introduces.
				return nameEndingAt(s, k-1), -1
			}
			k = j - 1
		} else {
			return nil, -1
		}
		// The subject opens its clause: in "Orlov, editor of the
		// magazine Vesti, which ..., claimed", the comma before "which"
		// closes "Vesti", which is no subject.
		e := nameEndingAt(s, k)
		if o := ownerOf(s, e); o != nil {
			e, k = o, tokenAfter(s, o.End())-1 // "Ann Ortiz of the Northfield Institute, who ..., said"
		}
		if e == nil || !opensClause(s, e) {
			return nil, -1
		}
	}
	if k < 0 {
		return nil, -1
	}
	if lex.IsSubjectPronoun(toks[k].Lower()) {
		return nil, k
	}
	for x := range s.Entities() {
		e := &s.Entities()[x]
		if e.End() != toks[k].End() {
			continue
		}
		if o := ownerOf(s, e); o != nil && subjectLike(s, o) {
			return o, -1 // "Ann Ortiz of the Northfield Institute said"
		}
		if subjectLike(s, e) {
			return e, -1
		}
	}
	return nil, -1
}

// ownerOf returns the name that name e of s is "of": the name just before
// "of" or "of the" before e ("Ann Ortiz of the Northfield Institute",
// "Mayor Tom Reed of Leeds"), or nil.
func ownerOf(s *claims.Statement, e *claims.Entity) *claims.Entity {
	if e == nil {
		return nil
	}
	k := tokenAfter(s, e.Start()) - 1
	if k >= 0 && s.Tokens[k].Lower() == "the" {
		k--
	}
	if k < 1 || s.Tokens[k].Lower() != "of" {
		return nil
	}
	return nameEndingAt(s, k-1)
}

// subjectLike reports whether a name can be the subject of a clause: not
// the object of a preposition ("in London", "the governor of Ohio").
func subjectLike(s *claims.Statement, e *claims.Entity) bool {
	k := tokenAfter(s, e.Start()) - 1
	if k >= 1 && (s.Tokens[k].Lower() == "the" || s.Tokens[k].Lower() == "a") {
		k-- // "in the Premier League"
	}
	return k < 0 || !prepositions[s.Tokens[k].Lower()]
}

var prepositions = map[string]bool{"in": true, "at": true, "from": true, "to": true, "of": true, "for": true,
	"with": true, "by": true, "on": true, "near": true, "into": true, "during": true, "across": true,
	"against": true, "about": true, "under": true, "over": true, "after": true, "before": true}

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

// subjectSkips are the words that may stand between a subject and its
// verb of saying or belief: auxiliaries, modals and adverbs.
var subjectSkips = func() map[string]bool {
	m := map[string]bool{"has": true, "have": true, "had": true, "also": true, "still": true,
		"long": true, "repeatedly": true, "always": true, "now": true, "reportedly": true, "privately": true,
		"publicly": true, "once": true, "later": true}
	for w := range modals {
		m[w] = true
	}
	return m
}()

// modals are the words after which a verb of saying stands in its base
// form ("will warn", "did say").
var modals = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true,
	"should": true, "must": true, "can": true, "shall": true, "do": true, "does": true, "did": true}

// afterModal reports whether token k, before a verb's base form, is a
// modal or auxiliary, or the "to" of "is to", with adverbs between
// ("will also warn").
func afterModal(toks []claims.Token, k int) bool {
	for ; k >= 0 && subjectSkips[toks[k].Lower()] && !modals[toks[k].Lower()]; k-- {
	}
	return k >= 0 && (modals[toks[k].Lower()] || isToOfBe(toks, k))
}

// isToOfBe reports whether token k is the "to" of "is to", "was to" (a
// plan: "Orlov is to announce").
func isToOfBe(toks []claims.Token, k int) bool {
	if k < 1 || toks[k].Lower() != "to" {
		return false
	}
	switch toks[k-1].Lower() {
	case "is", "are", "was", "were":
		return true
	}
	return false
}

func isQuoteMark(s string) bool {
	switch s {
	case `"`, "“", "”", "‘", "’", "'":
		return true
	}
	return false
}

// antecedent returns the name a pronoun at token k stands for: the first
// name that can be a subject in the nearest clause before it that has one,
// in its sentence; else the same in the first clause of the sentence
// before that has one, unless that clause opens with a pronoun of its own
// ("He told Reuters ..."), which stands for someone further back. A name
// inside quotation marks is the speaker's words, not the speaker; a name
// before a role ("SNP leader Alex Salmond") gives way to the name after it,
// and one that modifies a description ("the former SNP leader") is none.
func antecedent(s, prev *claims.Statement, k int) *claims.Entity {
	toks := s.Tokens
	end := k // the clause runs [start, end)
	for end > 0 {
		start := end - 1
		for start > 0 && !clauseBoundary(toks[start-1].Lower()) {
			start--
		}
		if e := firstSubject(s, start, end); e != nil {
			return e
		}
		end = start - 1
	}
	if prev == nil {
		return nil
	}
	for start := 0; start < len(prev.Tokens); {
		end := start + 1
		for end < len(prev.Tokens) && !clauseBoundary(prev.Tokens[end].Lower()) {
			end++
		}
		if lex.IsSubjectPronoun(prev.Tokens[start].Lower()) {
			return nil // "He told Reuters ... He said": the pronoun before stands for someone further back
		}
		if e := firstSubject(prev, start, end); e != nil {
			return e
		}
		start = end + 1
	}
	return nil
}

// firstSubject returns the first name of tokens [start, end) of s that can
// be a subject, or nil.
func firstSubject(s *claims.Statement, start, end int) *claims.Entity {
	es := s.Entities()
	for x := range es {
		if e := &es[x]; e.Start() >= s.Tokens[start].Start() && e.End() <= s.Tokens[end-1].End() && subjectLike(s, e) && !quoted(s, e) {
			// A name that modifies the next one through a role is not the
			// subject: "SNP leader Alex Salmond", "Newport RFC chairman
			// Will Godfrey".
			for x+1 < len(es) && es[x+1].End() <= s.Tokens[end-1].End() && rolesBetween(s, &es[x], &es[x+1]) {
				x++
			}
			if k := tokenAfter(s, es[x].End()); k < len(s.Tokens) && modifies(&s.Tokens[k]) && determined(s, &es[x]) {
				return nil // "the former SNP leader joked": a description, whose name is not given
			}
			return &es[x]
		}
	}
	return nil
}

// modifies reports whether t, after a name, makes the name a modifier of
// the noun it is: a lower-case content word that is no verb ("SNP
// leader", "Newport RFC chairman").
func modifies(t *claims.Token) bool {
	return t.Kind == claims.WordToken && !t.Cap() && !t.Stop() && !lex.IsFiniteVerb(t.Lower()) && !adverbWord(t)
}

// determined reports whether an article stands before name e, or one word
// before it: "the former SNP leader", "a Labour MP".
func determined(s *claims.Statement, e *claims.Entity) bool {
	k := tokenAfter(s, e.Start())
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch s.Tokens[j].Lower() {
		case "the", "a", "an":
			return true
		}
	}
	return false
}

// rolesBetween reports whether one to three lower-case words, none a verb,
// stand between names a and b of s and nothing else: "SNP leader Alex
// Salmond".
func rolesBetween(s *claims.Statement, a, b *claims.Entity) bool {
	i, j := tokenAfter(s, a.End()), tokenAfter(s, b.Start())
	if j-i < 1 || j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		t := &s.Tokens[k]
		if t.Kind != claims.WordToken || t.Cap() || t.Stop() || lex.IsFiniteVerb(t.Lower()) {
			return false
		}
	}
	return true
}

// quoted reports whether name e stands inside quotation marks in s: the
// speaker's words, whose names are not who says them ("“... stay in the
// Premier League,” he said").
func quoted(s *claims.Statement, e *claims.Entity) bool {
	open := false
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if t.Start() >= e.Start() {
			return open
		}
		switch t.Text() {
		case "“", "\"", "«":
			if t.Text() == "\"" {
				open = !open
			} else {
				open = true
			}
		case "”", "»":
			open = false
		}
	}
	return false
}

// clauseBoundary reports a word or mark that ends the clause before it.
func clauseBoundary(lower string) bool {
	switch lower {
	case ",", ";", ":", "that", "as", "and", "but", "because", "while", "when", "after", "before", "since":
		return true
	}
	return false
}

// nameEndingAt returns the name that ends at token i, or nil.
func nameEndingAt(s *claims.Statement, i int) *claims.Entity {
	if i < 0 || i >= len(s.Tokens) {
		return nil
	}
	for x := range s.Entities() {
		if e := &s.Entities()[x]; e.End() == s.Tokens[i].End() {
			return e
		}
	}
	return nil
}

// opensClause reports whether name e opens its clause: nothing but a
// determiner, a capitalised word (a title, a first name the name finder
// left out) or a quotation mark stands between it and the sentence start
// or a clause boundary.
func opensClause(s *claims.Statement, e *claims.Entity) bool {
	for k := tokenAfter(s, e.Start()) - 1; k >= 0; k-- {
		t := &s.Tokens[k]
		switch {
		case clauseBoundary(t.Lower()) || t.Text() == "(":
			return true
		case t.Lower() == "the" || t.Lower() == "a" || t.Cap() || isQuoteMark(t.Text()):
		default:
			return false
		}
	}
	return true
}

// nameStartingAt returns the name that starts at token i, or nil.
func nameStartingAt(s *claims.Statement, i int) *claims.Entity {
	if i >= len(s.Tokens) {
		return nil
	}
	for x := range s.Entities() {
		if e := &s.Entities()[x]; e.Start() == s.Tokens[i].Start() {
			return e
		}
	}
	return nil
}

// hasContent reports whether tokens [from, to) hold a content word.
func hasContent(toks []claims.Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].Kind == claims.WordToken && !toks[k].Stop() {
			return true
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
