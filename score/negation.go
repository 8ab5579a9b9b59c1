package score

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// negation checks each negation cue on either side: the words it governs,
// where they are aligned, must be negated on the other side too. It gives
// at most one finding per claim: two would tell the same story.
//
//	NG1: the claim negates words the source states plainly.
//	NG2: the source negates words the claim states plainly.
func negation(v *view, _ *account) outcome {
	if f, ok := v.claimNegates(); ok {
		return outcome{findings: []Finding{f}}
	}
	if f, ok := v.sourceNegates(); ok {
		return outcome{findings: []Finding{f}}
	}
	return outcome{}
}

// bearingWords is how many of a claim's aligned words a source sentence
// must hold for its negations to bear on the claim, when the claim draws on
// several: a sentence drawn in for one word is about something else.
const bearingWords = 2

// bears reports whether the negations of source sentence si bear on the
// claim.
func (v *view) bears(si int) bool {
	return v.heldBy(si) >= bearingWords || len(v.m.Sentences) == 1 || v.continues(si)
}

// claimNegates returns the NG1 finding for the first negation of the claim
// whose governed words are aligned but not negated in the source.
func (v *view) claimNegates() (Finding, bool) {
	for _, cue := range v.c.Cues() {
		if cue.Kind != claims.Negation || isNotOnly(v.c, cue.Token()) {
			continue
		}
		aligned, kept := -1, false
		var room [negationScope + 1]int
		words := governed(&room, v.c, cue.Token())
		// "no cell phone service" denies a thing: when the source does not
		// name it, it neither says nor denies what the claim does. (A "not"
		// before a verb the source words otherwise is another matter: on
		// SummEdits, "is not looking ahead to filing" is an inserted
		// negation, and skipping such claims lost them.)
		head := headOf(v.c, cue.Token(), words)
		if _, ok := v.matchOf(head); !ok && lex.IsThingNegator(v.c.Tokens[cue.Token()].Lower()) {
			continue
		}
		words = ofNegatedDenial(v.c, cue.Token(), head, words)
		for _, k := range words {
			// A question asks what the claim may answer ("Did you get the
			// package?" for "Jack didn't get the package"): it states
			// nothing the claim could deny.
			if wm, ok := v.matchOf(k); ok && v.bears(wm.Sentence) && !isQuestion(v.sent(wm.Sentence)) {
				if k == cue.Token() && wm.Stage == align.Synonym {
					// A negative verb paired by a synonym of its word
					// alone says nothing of what it denies: "has ruled
					// out" met "government" through "rule".
					continue
				}
				if aligned < 0 {
					aligned = k
				}
				if negatedAt(v.sent(wm.Sentence), wm.Token, k != cue.Token() && isNegationCue(v.c, k)) {
					kept = true
				}
			}
		}
		if aligned >= 0 && !kept && deniesSaying(v.c, cue.Token()) {
			// "declined to say whether the plan would go ahead" for "would
			// not say if the plan would": both say no answer was given.
			wm, _ := v.matchOf(aligned)
			kept = saysNothing(v.sent(wm.Sentence))
		}
		if aligned >= 0 && !kept && lex.Lookup(v.c.Tokens[cue.Token()].Lower()).Class&lex.Negator == 0 {
			kept = v.sameDenial(cue.Token(), words)
		}
		if aligned >= 0 && !kept && !v.deniedSomewhere(beforeCoordinator(v.c, words)) {
			wm, _ := v.matchOf(aligned)
			ct, st := &v.c.Tokens[aligned], &v.sent(wm.Sentence).Tokens[wm.Token]
			// The claim's span runs from the cue to the word it negates.
			claim := Span{v.c.Text()[cue.Start()-v.c.Start() : ct.End()-v.c.Start()], cue.Start(), ct.End()}
			return Finding{Kind: Negation, Rule: NG1, Claim: claim, Source: Span{st.Text(), st.Start(), st.End()},
				Explanation:   fmt.Sprintf("the claim negates %q (%q); the source does not", ct.Text(), cue.Text()),
				Contradiction: true, Factor: factors[NG1]}, true
		}
	}
	return Finding{}, false
}

// sourceNegates returns the NG2 finding for the first negation of the
// aligned sentences whose governed words the claim has but does not negate.
func (v *view) sourceNegates() (Finding, bool) {
	for _, si := range v.m.Sentences {
		s := v.sent(si)
		if !v.bears(si) {
			continue
		}
		for _, cue := range s.Cues() {
			if cue.Kind != claims.Negation || isNotOnly(s, cue.Token()) {
				continue
			}
			if deniesSaying(s, cue.Token()) && saysNothing(v.c) {
				// "avoided answering questions" for "would not answer
				// questions": both say no answer was given.
				continue
			}
			var room [negationScope + 1]int
			words := governed(&room, s, cue.Token())
			// The negation must attach to what the claim says: "you don't
			// know where to start" denies knowing, not starting, and a
			// claim about starting is not its denial.
			head := attachment(s, cue.Token(), words)
			if head < 0 {
				continue
			}
			if ci, ok := v.claimAt(si, head); ok && framesItself(v.c, ci) && !v.alignedBeyond(si, head, words) {
				// "Carr is expected to miss the game" against "she did not
				// expect to make any changes, although Carr is likely to
				// miss the game": the claim's own frame, paired with the
				// source's negated verb of another clause.
				continue
			}
			if _, ok := v.claimAt(si, head); !ok {
				// "The minister commented on the report" for "did not
				// comment on it": the claim's word is its attribution verb,
				// which is no content word the alignment pairs.
				if ci, ok := v.attributionVerb(s.Tokens[head].Stem()); ok && !negatedAt(v.c, ci, false) &&
					!v.statedPlainly(s.Tokens[head].Stem()) {
					return v.droppedNegation(s, cue, ci, head), true
				}
				continue
			}
			if v.statedPlainly(s.Tokens[head].Stem()) {
				continue
			}
			words = ofNegatedDenial(s, cue.Token(), head, words)
			aligned, kept := -1, false
			for _, k := range words {
				if ci, ok := v.claimAt(si, k); ok {
					if aligned < 0 {
						aligned = k
					}
					if negatedAt(v.c, ci, k != cue.Token() && isNegationCue(s, k)) {
						kept = true
					}
				}
			}
			if aligned >= 0 && !kept {
				if k, ok := sayingAfter(s, cue.Token()); ok {
					// "would not say whether the plan would go ahead" denies
					// the saying, not the plan: the claim drops it only by
					// saying so itself ("said the plan would go ahead"),
					// and a claim that states the plan with no saying
					// states what was left open (HE2's), no denial of it.
					if ci, ok := v.sayingVerb(); ok {
						return v.droppedNegation(s, cue, ci, k), true
					}
					continue
				}
				ci, _ := v.claimAt(si, aligned)
				return v.droppedNegation(s, cue, ci, aligned), true
			}
		}
	}
	return Finding{}, false
}

// sayingVerb returns the first token of the claim that is a verb of saying
// or answering no negation governs ("said", "confirmed"; see sayingStems),
// but for the noun "questions".
func (v *view) sayingVerb() (int, bool) {
	for i := range v.c.Tokens {
		if st := v.c.Tokens[i].Stem(); sayingStems[st] && st != "question" && !negatedAt(v.c, i, false) {
			return i, true
		}
	}
	return 0, false
}

// droppedNegation is the NG2 finding for the negation cue of source
// sentence s that governs its token k, which the claim's token ci states
// plainly.
func (v *view) droppedNegation(s *claims.Statement, cue claims.Cue, ci, k int) Finding {
	ct, st := &v.c.Tokens[ci], &s.Tokens[k]
	// The source's span runs from the cue to the word it negates.
	source := Span{s.Text()[cue.Start()-s.Start() : st.End()-s.Start()], cue.Start(), st.End()}
	return Finding{Kind: Negation, Rule: NG2, Claim: Span{ct.Text(), ct.Start(), ct.End()}, Source: source,
		Explanation:   fmt.Sprintf("the source negates %q (%q); the claim does not", st.Text(), cue.Text()),
		Contradiction: true, Factor: factors[NG2]}
}

// attributionVerb returns the token of the claim's attribution verb of the
// given stem ("commented" of "The minister commented on the report"):
// claims marks it as a word of an attribution, not content, so the
// alignment pairs it with nothing.
func (v *view) attributionVerb(stem string) (int, bool) {
	for _, cue := range v.c.Cues() {
		if cue.Kind == claims.Attribution && v.c.Tokens[cue.Token()].Stem() == stem {
			return cue.Token(), true
		}
	}
	return 0, false
}

// negatedAt reports whether the word at i is negated: it is itself a
// negative verb or noun, or a negation cue governs it (see governed). With
// byOther, only a cue before it counts: "did not report a decline" negates
// "decline", which a source's plain "decline" does not.
func negatedAt(c *claims.Statement, i int, byOther bool) bool {
	for _, cue := range c.Cues() {
		if cue.Kind != claims.Negation || cue.Token() > i || cue.Token() < i-2*negationScope || isNotOnly(c, cue.Token()) {
			continue
		}
		if byOther && cue.Token() == i {
			continue
		}
		var room [negationScope + 1]int
		if slices.Contains(governed(&room, c, cue.Token()), i) {
			return true
		}
	}
	return false
}

// isQuestion reports whether a source sentence is a question.
func isQuestion(s *claims.Statement) bool {
	t := strings.TrimRightFunc(s.Text(), func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"'”’)", r) })
	return strings.HasSuffix(t, "?")
}

// isNegationCue reports whether token i of c is itself a negation cue.
func isNegationCue(c *claims.Statement, i int) bool {
	return slices.ContainsFunc(c.Cues(), func(cue claims.Cue) bool { return cue.Kind == claims.Negation && cue.Token() == i })
}

// negationScope is how many content words a negation reaches past itself,
// within twice as many words ("did not sign the deal" negates "sign" and
// "deal"; "is not looking ahead to filing" reaches "filing"). Counting
// content words rather than words raised the AUC on CNN/DM, QAGS and
// SummEdits; three words of any kind or four reached too little or too far.
const negationScope = 3

// governed returns the content words a negation cue at i governs: the cue
// itself when it is a negative verb or noun ("refused", "refusal"), and the
// next negationScope content words, within its clause.
//
// The words go into room, which holds the most there can be, so that a
// caller keeps them on its stack.
func governed(room *[negationScope + 1]int, c *claims.Statement, i int) []int {
	out := room[:0]
	if i+1 < len(c.Tokens) && lex.IsNegativePhrasalVerb(c.Tokens[i].Stem(), "-ing") && lex.IsNegativePhrasalVerb(c.Tokens[i].Stem(), c.Tokens[i+1].Lower()) {
		// "stop buying products" denies the buying, not the products.
		return append(out, i+1)
	}
	if t := &c.Tokens[i]; t.Content() {
		out = append(out, i)
	}
	// "had a late penalty appeal turned down", "had its appeal rejected":
	// the thing denied stands between "had" and the negative verb.
	if h := causedBefore(c, i); h >= 0 {
		for k := h + 1; k < i; k++ {
			if c.Tokens[k].Content() && len(out) < negationScope {
				out = append(out, k)
			}
		}
	}
	n := 0
	for k := i + 1; k < len(c.Tokens) && k <= i+2*negationScope && n < negationScope; k++ {
		if lex.IsClauseBreak(c.Tokens[k].Text()) || reachEnds(c, i, k) {
			break
		}
		if c.Tokens[k].Content() {
			out = append(out, k)
			n++
		}
	}
	return out
}

// clauseOpeners are the conjunctions that open a clause a negation before
// them does not reach: "I'm not sure but the band formed in 1987" denies
// nothing of the band, "she can't go out because her mum is angry" nothing
// of her mum, "not as rare as we think" nothing of thinking. Origin:
// hand-written, the coordinating "but" and the subordinating conjunctions
// of English grammars.
var clauseOpeners = map[string]bool{"but": true, "because": true, "so": true, "as": true, "before": true,
	"after": true, "while": true, "when": true, "whereas": true, "although": true, "though": true,
	"since": true, "if": true, "unless": true}

// reachEnds reports whether token k opens a clause that the negation cue
// at i does not reach (see clauseOpeners). Right after the cue, "as" and
// "so" are degree words, "not as pure", "isn't so much", and the negation
// reaches past them.
func reachEnds(c *claims.Statement, i, k int) bool {
	w := c.Tokens[k].Lower()
	if !clauseOpeners[w] {
		return false
	}
	return k > i+1 || w != "as" && w != "so"
}

// statedPlainly reports whether a source sentence has a content word of
// the stem that no negation governs: the source then says plainly what it
// also denies somewhere ("if we don't become aware" beside "we have to
// become aware"), and the claim may say it after it.
func (v *view) statedPlainly(stem string) bool {
	if plain, known := v.s.statesPlainly(stem); known { // a stem a negation governs
		return plain
	}
	for si := range v.x.Len() {
		s := v.sent(si)
		for k := range s.Tokens {
			if t := &s.Tokens[k]; t.Stem() == stem && t.Content() && !negatedAt(s, k, false) {
				return true
			}
		}
	}
	return false
}

// sameDenial reports whether an aligned source sentence, one that bears
// on the claim or not, denies with the claim's own negative verb or noun, the one at
// token i, something the claim's denial holds: a word of the stem of one
// of the words it governs ("declined to say whether the tax increase
// would be scrapped" against "declined to say whether the tax rise would
// be scrapped", whose "tax" the alignment took from another sentence).
// A "not" is read by deniedSomewhere, which asks for all the words: "not
// guilty to manslaughter" is no "not guilty to murder".
func (v *view) sameDenial(i int, words []int) bool {
	stem := v.c.Tokens[i].Stem()
	for _, si := range v.m.Sentences {
		s := v.sent(si)
		for _, cue := range s.Cues() {
			if cue.Kind != claims.Negation || s.Tokens[cue.Token()].Stem() != stem {
				continue
			}
			var room [negationScope + 1]int
			for _, k := range governed(&room, s, cue.Token()) {
				if k == cue.Token() {
					continue
				}
				if slices.ContainsFunc(words, func(j int) bool { return j != i && v.c.Tokens[j].Stem() == s.Tokens[k].Stem() }) {
					return true
				}
			}
		}
	}
	return false
}

// deniedSomewhere reports whether a source sentence denies what the
// claim's negation does: a negation there governs a word of the stem of
// each of the claim's governed words that is aligned ("you are not insured
// with us" for "is not insured with them"), though the alignment took them
// from a plain mention. A denial of something else, "pleaded not guilty
// to murder" against the claim's "not guilty to manslaughter", is not.
func (v *view) deniedSomewhere(words []int) bool {
	var want []string
	for _, k := range words {
		if wm, ok := v.matchOf(k); ok && !isNegationCue(v.c, k) {
			want = append(want, v.sent(wm.Sentence).Tokens[wm.Token].Stem())
		} else if ok && wm.Stage == align.Synonym {
			// A negative verb the alignment met through a relative
			// ("stopped" and "stoppage"): the source may deny with the
			// claim's own word ("never stopped believing").
			want = append(want, v.c.Tokens[k].Stem())
		}
	}
	if len(want) == 0 {
		return false
	}
	// The source's negations that govern a word of the first stem.
	return v.s.denialsOf(want[0], func(s *claims.Statement, cue claims.Cue) bool {
		var room [negationScope + 1]int
		gov := governed(&room, s, cue.Token())
		all := true
		for _, w := range want[1:] {
			all = all && slices.ContainsFunc(gov, func(k int) bool { return s.Tokens[k].Stem() == w })
		}
		return all
	})
}

// attachment returns the word a negation cue at i of c attaches to, of
// the words it governs (see governed): the first one after it, what "did
// not sign" or "refused to sign" denies, past a degree word ("no longer
// works" denies working), or -1.
func attachment(c *claims.Statement, i int, words []int) int {
	for n, k := range words {
		if k != i {
			for n+1 < len(words) && negationDegrees[c.Tokens[words[n]].Lower()] {
				n++
			}
			return words[n]
		}
	}
	return -1
}

// ofNegatedDenial returns the words a negation cue at i of c governs that
// decide whether the other side keeps it: all of them, but only the cue
// and its head when the head is a negation itself ("did not deny the
// claims"). The other side keeps "not deny" only with its own negation of
// the denial ("never denied"); a plain "denied the claims", whose "claims"
// its "denied" governs, says the opposite.
func ofNegatedDenial(c *claims.Statement, i, head int, words []int) []int {
	if head < 0 || head == i || !isNegationCue(c, head) {
		return words
	}
	for n, k := range words {
		if k == head {
			return words[:n+1]
		}
	}
	return words
}

// negationDegrees are the content words that come between a negation and
// the word it denies, saying for how long or whether as an intention
// rather than what: "no longer works", "not any longer", "has no plans to
// cut jobs", "no immediate plans to sell", "no intention of leaving".
// Origin: hand-written for claimcheck ("yet" and "even" are stop words,
// which governed passes over already).
var negationDegrees = map[string]bool{"longer": true, "plans": true, "plan": true, "intention": true,
	"intentions": true, "immediate": true, "current": true}

// headOf returns the first word a negation cue at i of c governs, the one
// it attaches to ("did not experience Ebola" negates experiencing; "no
// longer works", working), or -1.
func headOf(c *claims.Statement, i int, words []int) int {
	if len(words) == 0 {
		return -1
	}
	if words[0] == i {
		// A negative verb governs itself ("refused"); "no" does not.
		return words[0]
	}
	return attachment(c, i, words)
}

// isNotOnly recognises "not only", "not just", "not merely", "not simply",
// which add rather than negate, idioms that negate nothing ("no doubt",
// "not least", "no matter", "no wonder"), bounds ("no more than") and
// "decline" where it is a fall ("a decline in sales").
func isNotOnly(c *claims.Statement, i int) bool {
	if i+1 >= len(c.Tokens) {
		return false
	}
	if lex.IsNotNegating(c.Tokens[i].Lower(), c.Tokens[i+1].Lower()) {
		return true
	}
	// A bound, not a denial: "no more than 44 per cent" is at most 44.
	w := c.Tokens[i].Lower()
	// An answer, not a determiner: "No Eileen wanted me to do it", "no I
	// don't" ("don't" is a cue of its own), where "no" opens the sentence
	// or a clause. The determiner "no" comes before a noun, never before a
	// subject pronoun, and before a name only as in "spoke no English".
	opens := i == 0 || lex.IsClauseBreak(c.Tokens[i-1].Text())
	if next := &c.Tokens[i+1]; w == "no" && opens && (answerSubjects[next.Lower()] || isName(c, next)) {
		return true
	}
	// A time from which something happens, not a denial of it: "not until
	// 6 at the earliest", "did not arrive until 1570" (it arrived then).
	if until(c, i) {
		return true
	}
	if (w == "no" || w == "not") && i+2 < len(c.Tokens) && c.Tokens[i+2].Lower() == "than" && lex.IsBoundComparative(c.Tokens[i+1].Lower()) {
		return true
	}
	return isFall(c, i)
}

// answerSubjects are the subject pronouns, which a determiner "no" never
// comes before. Origin: the English subject pronouns.
var answerSubjects = map[string]bool{"i": true, "you": true, "he": true, "she": true, "we": true, "they": true, "it": true}

// until reports whether "until" or "till" follows the negation cue at i
// within its reach (the words governed looks at, up to a clause break).
func until(c *claims.Statement, i int) bool {
	for k := i + 1; k < len(c.Tokens) && k <= i+2*negationScope; k++ {
		switch w := c.Tokens[k].Lower(); {
		case w == "until" || w == "till":
			return true
		case lex.IsClauseBreak(c.Tokens[k].Text()) || reachEnds(c, i, k):
			return false
		}
	}
	return false
}

// isFall reports whether the "decline" at i names a fall rather than a
// refusal: a noun after a determiner ("a decline in net sales", "the
// decline was driven by"), or a verb before what measures a fall ("shares
// declined 5%", "declined by 1.9%", "declined to $1.63", "has declined
// over the past decades"). "Declined to comment", "declined the offer" and
// "the mayor declined, saying ..." refuse.
func isFall(c *claims.Statement, i int) bool {
	if !lex.IsFallOrRefusal(c.Tokens[i].Lower()) {
		return false
	}
	if i > 0 && lex.IsFallDeterminer(c.Tokens[i-1].Lower()) {
		return true
	}
	if i+1 >= len(c.Tokens) {
		return false
	}
	next := &c.Tokens[i+1]
	switch {
	case next.Kind == claims.NumberToken || lex.IsFallMarker(next.Lower()):
		return true
	case next.Lower() == "to":
		return i+2 < len(c.Tokens) && c.Tokens[i+2].Kind == claims.NumberToken
	}
	return false
}

// beforeCoordinator returns the words of a negation's reach (see governed)
// that come before an "and" or "or" between two of them: what a denial in
// the source must cover for the claim's to be the same. "Is not insured with
// them and offers a range of products" denies being insured, which "you
// don't have insurance with us" also denies; the offer is another predicate.
func beforeCoordinator(c *claims.Statement, words []int) []int {
	for n := 1; n < len(words); n++ {
		for k := words[n-1] + 1; k < words[n]; k++ {
			switch c.Tokens[k].Lower() {
			case "and", "or":
				return words[:n]
			}
		}
	}
	return words
}

// deniesSaying reports whether token i of c says that no answer was
// given: a negation cue or a verb of evasion before a verb of saying or
// answering ("would not say", "declined to comment", "did not immediately
// respond", "avoided answering", "failed to answer", "dodged questions"),
// past a "to" and an adverb in -ly.
func deniesSaying(c *claims.Statement, i int) bool {
	if !isNegationCue(c, i) && !evasionStems[c.Tokens[i].Stem()] {
		return false
	}
	_, ok := sayingAfter(c, i)
	return ok
}

// sayingAfter returns the verb of saying or answering (see sayingStems)
// that follows token i of c, past a "to" and an adverb in -ly ("would not
// say", "declined to immediately comment").
func sayingAfter(c *claims.Statement, i int) (int, bool) {
	for k := i + 1; k < len(c.Tokens) && k <= i+3; k++ {
		t := &c.Tokens[k]
		if sayingStems[t.Stem()] {
			return k, true
		}
		if w := t.Lower(); w != "to" && !(len(w) > 4 && strings.HasSuffix(w, "ly")) {
			return 0, false
		}
	}
	return 0, false
}

// saysNothing reports whether a token of c says that no answer was given
// (see deniesSaying).
func saysNothing(c *claims.Statement) bool {
	for i := range c.Tokens {
		if deniesSaying(c, i) {
			return true
		}
	}
	return false
}

// sayingStems are the stems of the verbs of saying and answering, and of
// the nouns of what a question gets, that a refusal or an evasion before
// them makes an answer not given. Origin: hand-written for claimcheck.
var sayingStems = map[string]bool{"say": true, "said": true, "answer": true, "comment": true,
	"respond": true, "repli": true, "confirm": true, "disclos": true, "reveal": true, "specifi": true,
	"elabor": true, "explain": true, "discuss": true, "speak": true, "spoke": true, "tell": true,
	"told": true, "state": true, "question": true}

// evasionStems are the stems of the verbs that tell of a question not
// answered without being negation cues themselves ("avoided answering",
// "dodged questions"), and of the negative verbs that are ("declined to
// say", "failed to answer"). Origin: hand-written for claimcheck.
var evasionStems = map[string]bool{"avoid": true, "evad": true, "dodg": true, "sidestep": true,
	"skirt": true, "deflect": true, "declin": true, "refus": true, "fail": true}
