package score

import (
	"fmt"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// stitch finds a claim joined at a seam from two pieces copied word for
// word out of two different source sentences, where the second piece says
// of the first what its own sentence says of something else: "Mike Brown
// has been advised by medics not to play again" from "Mike Brown admits he
// is unsure ..." and "Northampton wing George North has been advised by
// medics not to play again". A copying summary that fuses sentences this
// way gives one sentence's subject the predicate of another, which word
// coverage cannot see: every word is in the source.
//
// At the seam, the second piece (at least stitchMinWords words, two of
// them content words, not opening with a preposition: a circumstance
// moved between events is another matter) starts in the middle of its
// source sentence, after words the claim does not copy. The claim fuses
// when
//   - the words before the piece in its sentence, back to the start of
//     their clause, hold a content word, and the claim has none of them:
//     the source says it of someone or something the claim drops;
//   - the claim's words before the seam end a piece of at least
//     stitchMinHead words copied from another source sentence, holding a
//     content word;
//   - and no source sentence has a content word of the claim's last words
//     before the seam together with the first two content words of the
//     piece: the source never makes the joint.
//
// A pronoun or a description in the source ("he has been advised", "the
// winger has been advised") has content words the claim may not have
// while meaning the claim's subject, which is why the joint must be absent
// from the whole source, not only from the piece's sentence. It gives at
// most one finding per claim, which is no contradiction: the source says
// it of another, which does not say it is false of this one.
//
//	ST1: the claim gives the subject copied from one source sentence the
//	     predicate copied from another, whose subject it drops.
func stitch(v *view, prior *account) outcome {
	c := v.c
	if len(v.m.Sentences) == 0 {
		return outcome{}
	}
	// The claim tokens where a piece may start whatever the source has
	// there (see seamAt), asked once for all the sentences.
	starts := v.seamStarts()
	if starts == 0 && len(c.Tokens) <= 64 {
		return outcome{}
	}
	for _, si := range v.m.Sentences {
		s := v.sent(si)
		for ib := 1; ib < len(c.Tokens); ib++ {
			if ib < 64 && starts&(1<<ib) == 0 || ib >= 64 && !seamAt(c, ib) {
				continue
			}
			// The claim's two tokens are read once for every source token
			// (this loop was 3% of the batch's instructions, issue 13).
			first, before, toks := &c.Tokens[ib], &c.Tokens[ib-1], s.Tokens
			for pb := 1; pb < len(toks); pb++ {
				if !sameToken(first, &toks[pb]) || sameToken(before, &toks[pb-1]) {
					continue // not where a copied piece starts after a seam
				}
				if f, ok := v.seam(si, ib, pb, prior); ok {
					return outcome{findings: []Finding{f}}
				}
			}
		}
	}
	return outcome{}
}

// seam returns the ST1 finding for the piece of the claim copied from
// sentence si that starts at claim token ib and source token pb, when the
// claim fuses it to another sentence's piece (see stitch).
func (v *view) seam(si, ib, pb int, prior *account) (Finding, bool) {
	c, s := v.c, v.sent(si)
	n := copiedRun(c.Tokens[ib:], s.Tokens[pb:])
	for n > 0 && c.Tokens[ib+n-1].Kind == claims.PunctToken {
		n-- // the spans end at the piece's last word, not at its full stop
	}
	words, content := wordsIn(c.Tokens[ib : ib+n])
	first := &c.Tokens[ib]
	if words < stitchMinWords || content < 2 || !seamAt(c, ib) {
		return Finding{}, false
	}
	if pronounBefore(s, pb) {
		return Finding{}, false // "he | will fight": a pronoun may stand for the claim's subject
	}
	// The source's words before the piece: what it says it of.
	from := clauseStart(s, pb)
	dropped := 0
	for k := from; k < pb; k++ {
		if t := &s.Tokens[k]; t.Content() {
			if v.textHasStem(t.Stem()) {
				return Finding{}, false // the text keeps some of them: it may mean them
			}
			dropped++
		}
	}
	if dropped == 0 {
		return Finding{}, false
	}
	// The claim's words before the seam: a piece of another sentence.
	head, named := v.headPiece(si, ib)
	if head < 0 || v.jointStated(ib, pb, n, si) {
		return Finding{}, false
	}
	if named && !namedOther(c, s, ib, from, pb) {
		return Finding{}, false // "the winger | has played": a description may be the claim's name
	}
	claimFrom := clauseStart(c, ib)
	if claimFrom == ib {
		claimFrom = max(0, ib-stitchMinHead) // the seam follows a comma: "Orlov, 54, | has been"
	}
	for k := claimFrom; k < ib; k++ {
		if prior.explained(&c.Tokens[k], accounted, nil) {
			return Finding{}, false // a finding before says what is wrong with the subject (EN1: a swapped name)
		}
	}
	claim := Span{c.Text()[c.Tokens[claimFrom].Start()-c.Start() : c.Tokens[ib+n-1].End()-c.Start()], c.Tokens[claimFrom].Start(), c.Tokens[ib+n-1].End()}
	source := Span{s.Text()[s.Tokens[from].Start()-s.Start() : s.Tokens[pb+n-1].End()-s.Start()], s.Tokens[from].Start(), s.Tokens[pb+n-1].End()}
	piece := c.Text()[first.Start()-c.Start() : c.Tokens[ib+n-1].End()-c.Start()]
	subject := c.Text()[c.Tokens[claimFrom].Start()-c.Start() : c.Tokens[ib-1].End()-c.Start()]
	last := pb - 1
	for last > from && adverbWord(&s.Tokens[last]) {
		last-- // "Ortiz controversially | decided" says it of Ortiz
	}
	other := s.Text()[s.Tokens[from].Start()-s.Start() : s.Tokens[last].End()-s.Start()]
	return Finding{Kind: Stitch, Rule: ST1, Claim: claim, Source: source,
		Explanation: fmt.Sprintf("the source says %q of %q, not of %q", piece, other, subject),
		Factor:      factors[ST1]}, true
}

// seamAt reports whether a piece copied after a seam may start at claim
// token ib (ib >= 1) for all the claim's words tell: it opens with a word
// that is no preposition and opens no phrase (or it is a circumstance, an
// object or a clause of its own), after a content word or a comma (or the
// seam is inside a phrase, "with | his first goal", not after a subject),
// with room for stitchMinWords tokens.
func seamAt(c *claims.Statement, ib int) bool {
	if len(c.Tokens)-ib < stitchMinWords {
		return false
	}
	first, last := &c.Tokens[ib], &c.Tokens[ib-1]
	if first.Kind != claims.WordToken || !last.Content() && last.Text() != "," {
		return false
	}
	return !prepositions[first.Lower()] && !phraseOpeners[first.Lower()]
}

// seamStarts returns the claim tokens below 64 at which seamAt holds, as a
// bit set.
func (v *view) seamStarts() uint64 {
	var starts uint64
	for ib := 1; ib < min(len(v.c.Tokens), 64); ib++ {
		if seamAt(v.c, ib) {
			starts |= 1 << ib
		}
	}
	return starts
}

// textHasStem reports whether a content word of the claim, or of the
// claims of its text around it, has the stem.
func (v *view) textHasStem(stem string) bool {
	if v.near == nil {
		return v.claimHasStem(stem)
	}
	for x := range v.near {
		toks := v.near[x].Tokens
		for k := range toks {
			if t := &toks[k]; t.Content() && t.Stem() == stem {
				return true
			}
		}
	}
	return false
}

// headPiece returns the source sentence, other than si, from which the
// claim's words before token ib are copied, at least stitchMinHead words
// of them with a content word among them, or a whole name of that
// sentence (named: "Ortiz | decided"); -1 when there is none. A piece of
// stitchMinHead words is preferred to a name.
func (v *view) headPiece(si, ib int) (found int, named bool) {
	c := v.c
	// The claim's content word nearest before the seam finds the
	// sentences to read.
	k := ib - 1
	for k >= 0 && !c.Tokens[k].Content() {
		k--
	}
	if k < 0 || ib-k > stitchMinHead {
		return -1, false
	}
	found = -1
	v.x.SentencesWith(c.Tokens[k].Stem(), func(sa int) bool {
		if sa == si {
			return true
		}
		toks := v.sent(sa).Tokens
		for p := range toks {
			// A run of copied tokens ending at claim token ib-1 and source
			// token p.
			n := 0
			for n <= p && n < ib && sameToken(&c.Tokens[ib-1-n], &toks[p-n]) {
				n++
			}
			if w, content := wordsIn(c.Tokens[ib-n : ib]); w >= stitchMinHead && content > 0 {
				found, named = sa, false
				return false
			}
			if found < 0 && n > 0 && nameSpan(v.sent(sa), p-n+1, p+1) {
				found, named = sa, true
			}
		}
		return true
	})
	return found, named
}

// namedOther reports whether the source's words before the piece at token
// pb of s, from token from, end with a name (past the adverbs before its
// verb) that is no description and shares no word with the claim's words
// before its seam at ib: the source gives the piece to another name
// ("Ortiz controversially | decided" for the claim's "Lee | decided"). A
// description ("the winger", "the Colombian", "a London runner") may be
// the claim's name, and the claim that copies only a name for its
// subject says nothing else that would make it another.
func namedOther(c, s *claims.Statement, ib, from, pb int) bool {
	last := pb - 1
	for last > from && adverbWord(&s.Tokens[last]) {
		last--
	}
	end := s.Tokens[last].End()
	for k := range s.Entities() {
		e := &s.Entities()[k]
		if e.End() != end || descriptive(e.Text()) {
			continue
		}
		a, b := tokenRange(s, e.Start(), e.End())
		for i := a; i < b; i++ {
			for j := max(0, ib-stitchMinHead); j < ib; j++ {
				if c.Tokens[j].Kind == claims.WordToken && sameOrPrefix(s.Tokens[i].NameKey(), c.Tokens[j].NameKey()) {
					return false // "Georgian" for "Georgia", "Mr Ortiz" for "Ortiz"
				}
			}
		}
		return true
	}
	return false
}

// nameSpan reports whether tokens [a, b) of s are exactly one of its
// names: a claim that copies a whole name before the seam ("Ortiz |
// decided", "Maria Ortiz | decided") copies its subject from the
// sentence that names it, however few its words.
func nameSpan(s *claims.Statement, a, b int) bool {
	if a < 0 || a >= b || b > len(s.Tokens) {
		return false
	}
	start, end := s.Tokens[a].Start(), s.Tokens[b-1].End()
	for k := range s.Entities() {
		if e := &s.Entities()[k]; e.Start() <= start && e.End() == end {
			return true
		}
	}
	return false
}

// pronounBefore reports whether a personal pronoun stands as the subject
// before token pb of s, past the adverbs and auxiliaries between a subject
// and its verb ("he | will fight", "he controversially | decided").
func pronounBefore(s *claims.Statement, pb int) bool {
	k := pb - 1
	for k > 0 && (lex.IsPreVerb(s.Tokens[k].Lower()) || adverbWord(&s.Tokens[k]) || modals[s.Tokens[k].Lower()]) && pb-k < 4 {
		k--
	}
	return k >= 0 && lex.IsPersonalSubject(s.Tokens[k].Lower())
}

// sameOrPrefix reports whether two name keys are variants of one name
// (sameNameKey) or one, of four letters or more, begins the other
// ("georgia" and "georgian").
func sameOrPrefix(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return sameNameKey(a, b) || len(a) >= 4 && strings.HasPrefix(b, a)
}

// jointStated reports whether a source sentence has a content word of the
// claim's last stitchMinHead tokens before the seam at ib together with
// the first two content words of the piece copied from tokens pb to pb+n
// of sentence si. A word too common to be looked up counts as stated.
func (v *view) jointStated(ib, pb, n, si int) bool {
	c, s := v.c, v.sent(si)
	var before []string
	for k := max(0, ib-stitchMinHead); k < ib; k++ {
		if c.Tokens[k].Content() {
			before = append(before, c.Tokens[k].Stem())
		}
	}
	var piece []string
	for k := pb; k < pb+n && len(piece) < 2; k++ {
		if s.Tokens[k].Content() {
			piece = append(piece, s.Tokens[k].Stem())
		}
	}
	if len(before) == 0 || len(piece) < 2 {
		return true
	}
	stated, read := false, false
	v.x.SentencesWith(piece[0], func(sj int) bool {
		read = true
		stems := v.stemsOf(sj)
		if !stems.has(piece[1]) {
			return true
		}
		for _, b := range before {
			if stems.has(b) {
				stated = true
				return false
			}
		}
		return true
	})
	return stated || !read
}

// claimHasStem reports whether a content word of the claim has the stem.
func (v *view) claimHasStem(stem string) bool {
	for k := range v.c.Tokens {
		if t := &v.c.Tokens[k]; t.Content() && t.Stem() == stem {
			return true
		}
	}
	return false
}

// copiedRun returns how many tokens a and b have the same from their
// start.
func copiedRun(a, b []claims.Token) int {
	n := 0
	for n < len(a) && n < len(b) && sameToken(&a[n], &b[n]) {
		n++
	}
	return n
}

// sameToken reports whether two tokens are the same word or mark, case
// aside.
func sameToken(a, b *claims.Token) bool { return a.Kind == b.Kind && a.SameLower(b) }

// wordsIn counts the words and numbers of toks, and those that are content.
func wordsIn(toks []claims.Token) (words, content int) {
	for k := range toks {
		if toks[k].Kind != claims.PunctToken {
			words++
			if toks[k].Content() {
				content++
			}
		}
	}
	return words, content
}

// clauseStart returns the first token of the clause of s that ends before
// token p: back over at most stitchReach tokens to a clause break, a
// relative pronoun, a conjunction, a spaced dash or the sentence start.
func clauseStart(s *claims.Statement, p int) int {
	toks := s.Tokens
	k := p
	for k > 0 && p-k < stitchReach {
		t := &toks[k-1]
		lower := t.Lower()
		if lex.IsClauseBreak(lower) || isQuoteMark(t.Text()) || lex.IsRelativePronoun(lower) || clauseBoundary(lower) ||
			(lower == "-" || lower == "--") && !(k >= 2 && toks[k-2].End() == t.Start() && k < len(toks) && t.End() == toks[k].Start()) {
			break
		}
		k--
	}
	return k
}

// phraseOpeners are the words that open a noun phrase or a clause of its
// own: a piece that opens with one is an object, a complement or a clause
// joined to the claim, not a predicate given to its subject.
var phraseOpeners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"this": true, "these": true, "those": true, "our": true, "my": true, "your": true,
	"and": true, "or": true, "but": true, "as": true, "than": true, "so": true, "nor": true, "yet": true}

const (
	// stitchMinWords is the fewest words of the piece copied after the
	// seam, and stitchMinHead of the piece before it.
	stitchMinWords = 4
	stitchMinHead  = 3
	// stitchReach is how far back a clause is read for the words the
	// source says the piece of.
	stitchReach = 6
)
