package score

import (
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// Who a sentence credits with what: the holders SP1 (speaker.go) compares,
// found as the subject of a verb of saying or belief, the name after an
// inverted verb or "according to", or a pronoun's antecedent.

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
			if subj := subjectStart(s, e, k); quotedAt(s, subj) && quotedAt(s, toks[i].Start()) {
				// A subject and verb inside a quotation are the quoted
				// speaker's words ("“Corvane should have recalled these
				// vehicles”"), not the sentence's credit; a verb quoted
				// after a subject outside is its credit ("he “has made
				// it clear that...”").
				continue
			}
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

// subjectStart returns the byte offset of a subject subjectOf found: the
// name e, or the pronoun at token k.
func subjectStart(s *claims.Statement, e *claims.Entity, k int) int {
	if e != nil {
		return e.Start()
	}
	return s.Tokens[k].Start()
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
func quoted(s *claims.Statement, e *claims.Entity) bool { return quotedAt(s, e.Start()) }

// quotedAt reports whether byte offset off of s stands inside quotation
// marks.
func quotedAt(s *claims.Statement, off int) bool {
	open := false
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if t.Start() >= off {
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
