package score

import (
	"fmt"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// frames finds a claim that copies, as a statement of its own, words the
// source embeds under a frame that does not assert them: "the original crew
// will return for the voyage" from "It was not yet known if the original crew
// will return for the voyage". A copying summary that drops the frame
// keeps every word it states, so word coverage cannot see it. The frames
// are three (tables in internal/lex):
//   - a question: "if" or "whether" after a word of knowing, asking or
//     deciding within frameReach words of its clause ("not known if",
//     "investigating whether", "would not say whether");
//   - a clause the sentence does not assert: "that" after a word of
//     denial, fear, hope, dispute or possibility ("denied that", "the
//     allegation that", "it is possible that"); not after a verb of plain
//     saying, which a summary drops as a matter of course;
//   - an intention, expectation, attempt or refusal: "to" right after
//     "plans", "is expected", "tried", "refused" (or after such a word and
//     "be").
//
// The claim must copy at least frameMinWords words right after the frame,
// two of them content words, word for word or by stem ("plans to build"
// -> "builds"), have frameCarried of the content words of the framed
// clause (up to its first clause break: "concern that the chief of staff
// has intervened in a dispute" is not stated by a claim that names the
// chief of staff), and keep no frame of its own: the frame word itself, a
// hedge, a verb of saying or belief, a modal (frameModals) or a frame word
// just before the copied words, or a "that", "if", "whether" or "to" in front of them. Words
// copied after "whether" that hold an "or" are left alone: the source asks
// which of two, and the claim that states both says no more. It gives at
// most one finding per claim, which is no contradiction: the source does
// not say it is so, which does not say it is not.
//
//	HE2: the claim states as fact words the source puts under a frame
//	     that does not assert them.
func frames(v *view, _ *account) outcome {
	c := v.c
	for _, cue := range c.Cues() {
		if cue.Kind == claims.Hedge {
			return outcome{} // the claim hedges itself
		}
	}
	for _, si := range v.m.Sentences {
		s := v.sent(si)
		for p := range s.Tokens {
			fw := frameWord(s, p)
			if fw < 0 || v.claimHasWord(&s.Tokens[fw]) {
				continue
			}
			ib, pb, n := v.copiedAfter(s, p+1)
			if n == 0 {
				continue
			}
			if f, ok := v.frameFinding(s, p, fw, ib, pb, n); ok {
				return outcome{findings: []Finding{f}}
			}
		}
	}
	return outcome{}
}

// frameWord returns the index of the word that makes token p of s a frame
// marker (see frames), or -1.
func frameWord(s *claims.Statement, p int) int {
	toks := s.Tokens
	lower := toks[p].Lower()
	switch lower {
	case "if", "whether":
		if p > 0 && (toks[p-1].Lower() == "as" || toks[p-1].Lower() == "even") {
			return -1 // "as if", "even if": a comparison or a concession
		}
		return frameBefore(s, p, lex.IsAskFrame)
	case "that":
		return frameBefore(s, p, lex.IsThatFrame)
	case "to":
		if p > 0 && lex.IsToFrame(toks[p-1].Lower()) {
			return p - 1
		}
	}
	return -1
}

// frameBefore returns the nearest of the frameReach words before token p
// of s, within its clause, for which is holds, or -1.
func frameBefore(s *claims.Statement, p int, is func(string) bool) int {
	for k := p - 1; k >= 0 && p-k <= frameReach; k-- {
		t := &s.Tokens[k]
		if t.Kind == claims.PunctToken {
			return -1
		}
		if is(t.Lower()) {
			return k
		}
	}
	return -1
}

// copiedAfter returns where the claim copies the longest run of the words
// of s from token from on: the claim token ib, the source token pb and the
// run's length n (0 when there is none). A "be" or "have" right after the
// frame may be left out ("is expected to be completed" -> "is completed").
func (v *view) copiedAfter(s *claims.Statement, from int) (ib, pb, n int) {
	starts := []int{from}
	if from+1 < len(s.Tokens) && (s.Tokens[from].Lower() == "be" || s.Tokens[from].Lower() == "have") {
		starts = append(starts, from+1)
	}
	for _, p := range starts {
		for i := range v.c.Tokens {
			if k := sameWords(v.c.Tokens[i:], s.Tokens[p:]); k > n {
				ib, pb, n = i, p, k
			}
		}
	}
	return ib, pb, n
}

// frameFinding returns the HE2 finding for the run of n words the claim
// copies at token ib from token pb of s, after the frame marker at p whose
// frame word is fw, when the run is long enough and the claim keeps no
// frame of its own (see frames).
func (v *view) frameFinding(s *claims.Statement, p, fw, ib, pb, n int) (Finding, bool) {
	c := v.c
	for n > 0 && c.Tokens[ib+n-1].Kind == claims.PunctToken {
		n--
	}
	words, content := wordsIn(c.Tokens[ib : ib+n])
	if words < frameMinWords || content < 2 {
		return Finding{}, false
	}
	if !v.carriesClause(s, pb) {
		return Finding{}, false // the claim copies a name of the clause, not what it says
	}
	if marker := s.Tokens[p].Lower(); marker == "whether" || marker == "if" {
		for k := pb; k < pb+n; k++ {
			if s.Tokens[k].Lower() == "or" {
				return Finding{}, false // "whether they have a high or low risk": which of two
			}
		}
	}
	for k := ib - 1; k >= 0 && ib-k <= frameReach; k-- {
		lower := c.Tokens[k].Lower()
		if k == ib-1 && (lower == "that" || lower == "if" || lower == "whether" || lower == "to") ||
			lex.IsReportingVerb(lower) || lex.IsStanceVerb(lower) || frameModals[lower] ||
			lex.IsAskFrame(lower) || lex.IsThatFrame(lower) || lex.IsToFrame(lower) {
			return Finding{}, false // the claim keeps a frame of its own
		}
	}
	if negativeFrame(s, fw) && v.claimNegatesRun(ib, n) {
		return Finding{}, false // "did not meet" for "failed to meet": the claim keeps the denial
	}
	first, last := &c.Tokens[ib], &c.Tokens[ib+n-1]
	claim := Span{c.Text()[first.Start()-c.Start() : last.End()-c.Start()], first.Start(), last.End()}
	from, to := &s.Tokens[fw], &s.Tokens[pb+n-1]
	source := Span{s.Text()[from.Start()-s.Start() : to.End()-s.Start()], from.Start(), to.End()}
	frame := s.Text()[from.Start()-s.Start() : s.Tokens[p].End()-s.Start()]
	return Finding{Kind: Hedge, Rule: HE2, Claim: claim, Source: source,
		Explanation: fmt.Sprintf("the source has %q under %q, which does not say it is so; the claim states it", claim.Text, frame),
		Factor:      factors[HE2]}, true
}

// negativeFrame reports whether the frame word at token fw of s is a
// negation of its own ("failed to", "refused to", "denied that").
func negativeFrame(s *claims.Statement, fw int) bool {
	for _, cue := range s.Cues() {
		if cue.Kind == claims.Negation && cue.Token() == fw {
			return true
		}
	}
	return false
}

// claimNegatesRun reports whether the claim has a negation within frameReach
// tokens before the run of n words it copies at token ib, or right after
// it ("Its chief engineer had not falsified"), in the same clause.
func (v *view) claimNegatesRun(ib, n int) bool {
	c := v.c
	for _, cue := range c.Cues() {
		k := cue.Token()
		if cue.Kind != claims.Negation || k < ib-frameReach || k > ib+n {
			continue
		}
		if k < ib && !hedgeReaches(c, k, ib) {
			continue // a clause break stands between
		}
		return true
	}
	return false
}

// carriesClause reports whether the claim has at least frameCarried of
// the content words of the clause of s that starts at token pb and ends at
// the next clause break. The words of a date do not count.
func (v *view) carriesClause(s *claims.Statement, pb int) bool {
	all, carried := 0, 0
	for k := pb; k < len(s.Tokens) && !lex.IsClauseBreak(s.Tokens[k].Text()); k++ {
		if t := &s.Tokens[k]; t.Content() && !inDate(s, t) {
			all++
			if v.claimHasWord(t) {
				carried++
			}
		}
	}
	return float64(carried) >= frameCarried*float64(all)
}

// inDate reports whether token t of s is part of a date or a relative
// date of s ("next year", "on Friday"): when the plan is for, which a
// claim that states the plan as done drops with it.
func inDate(s *claims.Statement, t *claims.Token) bool {
	for k := range s.Dates() {
		if d := &s.Dates()[k]; d.Start() <= t.Start() && t.End() <= d.End() {
			return true
		}
	}
	for k := range s.RelativeDates() {
		if d := &s.RelativeDates()[k]; d.Start() <= t.Start() && t.End() <= d.End() {
			return true
		}
	}
	return false
}

// claimHasWord reports whether the claim has the word of t, by its lower
// case or its stem.
func (v *view) claimHasWord(t *claims.Token) bool {
	for k := range v.c.Tokens {
		if ct := &v.c.Tokens[k]; ct.Kind == claims.WordToken && (ct.Lower() == t.Lower() || ct.Stem() == t.Stem()) {
			return true
		}
	}
	return false
}

// sameWords returns how many tokens a and b have the same from their
// start, a word counting as the same by its stem ("builds" for "build").
func sameWords(a, b []claims.Token) int {
	n := 0
	for n < len(a) && n < len(b) && (sameToken(&a[n], &b[n]) ||
		a[n].Kind == claims.WordToken && b[n].Kind == claims.WordToken && a[n].Stem() == b[n].Stem()) {
		n++
	}
	return n
}

// frameModals are the modals that keep what follows them unasserted, as
// an expectation, a possibility or a condition ("should sign" for "is
// expected to sign"); "will" states it as what will happen. Origin: the
// English modal auxiliaries.
var frameModals = map[string]bool{"should": true, "could": true, "might": true, "may": true,
	"would": true, "ought": true, "must": true}

const (
	// frameMinWords is the fewest words the claim must copy after a frame.
	frameMinWords = 3
	// frameReach is how far before an "if", "whether" or "that" its frame
	// word may stand, and how far before the copied words a claim's own
	// frame is looked for.
	frameReach = 3
	// frameCarried is the share of the content words of the framed clause
	// the claim must have: it states the clause, not one name of it.
	frameCarried = 0.6
)
