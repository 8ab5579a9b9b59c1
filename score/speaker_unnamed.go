package score

import (
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// Unnamed speakers, for SP1 (speaker.go): words the source credits to "a
// spokesman", "police" or "according to sources", given to someone it names.

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
