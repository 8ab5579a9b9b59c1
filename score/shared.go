package score

import (
	"sort"
	"strings"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// The questions several rules ask: where tokens are, which words neighbour
// them, what stands in a word's slot in the source, what two sentences
// share. Each has one answer here.

// tokenAfter returns the index of the first token of c starting at or after
// byte offset off.
func tokenAfter(c *claims.Statement, off int) int {
	return sort.Search(len(c.Tokens), func(i int) bool { return c.Tokens[i].Start() >= off })
}

// tokenRange returns the indices of the tokens of c within [start, end).
func tokenRange(c *claims.Statement, start, end int) (int, int) {
	a := tokenAfter(c, start)
	b := a
	for b < len(c.Tokens) && c.Tokens[b].End() <= end {
		b++
	}
	return a, b
}

// contentNeighbour returns the index of the nearest content word before
// tokens [a, b) (dir -1) or after them (dir +1), at most three tokens away,
// or -1. After them, an adverb that stands before a verb is passed over
// (see verbAdverb): in "Ortiz controversially decided" and "Ortiz now
// says", the verb is the subject's neighbour, whether or not the other
// text has the adverb.
func contentNeighbour(c *claims.Statement, a, b, dir int) int {
	i := a - 1
	skips := 0
	if dir > 0 {
		i = b
		if i+2 < len(c.Tokens) && c.Tokens[i].Text() == "," && c.Tokens[i+1].Kind == claims.NumberToken && c.Tokens[i+2].Text() == "," {
			i += 3 // past an age in apposition: "Ortiz, 54, was elected"
		}
	}
	for steps := 0; steps < 3 && i >= 0 && i < len(c.Tokens); steps++ {
		if c.Tokens[i].Content() {
			if dir < 0 || skips == maxVerbAdverbs || !verbAdverb(c, i) {
				return i
			}
			skips++
			steps-- // the adverb takes no step: "has also controversially decided"
		}
		i += dir
	}
	return -1
}

// maxVerbAdverbs is how many adverbs contentNeighbour passes over before a
// verb.
const maxVerbAdverbs = 2

// verbAdverb reports whether token i of c is an adverb that stands before
// a verb: a lower-case word in -ly made from an ordinary word
// ("controversially", "reportedly", "happily", "notably", "dramatically")
// or one of timeAdverbs, followed, past function words and other such
// adverbs, by a word that may be a finite verb (lex.IsFiniteVerb). Words
// in -ly that are no such adverb ("family", "rally", "supply") have no
// ordinary word for their base.
func verbAdverb(c *claims.Statement, i int) bool {
	if !adverbWord(&c.Tokens[i]) {
		return false
	}
	for k := i + 1; k < len(c.Tokens) && k <= i+3; k++ {
		t := &c.Tokens[k]
		if t.Kind != claims.WordToken || t.Cap() && !lex.IsFiniteVerb(t.Lower()) {
			return false
		}
		if lex.IsFiniteVerb(t.Lower()) {
			return true
		}
		if t.Content() && !adverbWord(t) {
			return false
		}
	}
	return false
}

// adverbWord reports whether a token is a lower-case adverb of the kind
// verbAdverb passes over: in -ly, with an ordinary word for its base, or
// one of timeAdverbs. It is no part of a name.
func adverbWord(t *claims.Token) bool {
	if t.Kind != claims.WordToken || t.Cap() {
		return false
	}
	w := t.Lower()
	if timeAdverbs[w] {
		return true
	}
	if len(w) < 6 || !strings.HasSuffix(w, "ly") {
		return false
	}
	var base string
	switch {
	case strings.HasSuffix(w, "ically"):
		base = w[:len(w)-4] // "dramatically": "dramatic"
	case strings.HasSuffix(w, "ably"), strings.HasSuffix(w, "ibly"):
		base = w[:len(w)-1] + "e" // "notably": "notable"
	case strings.HasSuffix(w, "ily"):
		base = w[:len(w)-3] + "y" // "happily": "happy"
	default:
		base = w[:len(w)-2] // "reportedly": "reported"
	}
	return len(base) >= 4 && lexicon.Common(lex.Stem(base))
}

// timeAdverbs are the adverbs of time, not in -ly, that stand between a
// subject and its verb ("Ortiz now says", "Ortiz later denied"), which
// are content words. Origin: hand-written for claimcheck.
var timeAdverbs = map[string]bool{"now": true, "already": true, "later": true, "soon": true,
	"today": true, "yesterday": true, "tonight": true}

// nextContent returns the index of the nearest content word from i in
// direction dir (i excluded), at most three tokens away, or -1.
func nextContent(c *claims.Statement, i, dir int) int {
	for k, steps := i+dir, 0; k >= 0 && k < len(c.Tokens) && steps < 3; k, steps = k+dir, steps+1 {
		if c.Tokens[k].Content() {
			return k
		}
	}
	return -1
}

// slot returns where, in which source sentence, the claim's token i stands:
// between the source words its content neighbours are aligned to, when both
// are in one sentence close together, or next to one at a sentence edge.
func (v *view) slot(i int) (si, from, to int, ok bool) {
	l, r := contentNeighbour(v.c, i, i+1, -1), contentNeighbour(v.c, i, i+1, +1)
	lw, lok := v.matchOf(l)
	rw, rok := v.matchOf(r)
	switch {
	case lok && rok && lw.Sentence == rw.Sentence && lw.Token < rw.Token && rw.Token-lw.Token <= max(4, r-l+2):
		si, from, to = lw.Sentence, lw.Token+1, rw.Token
	case lok && r < 0:
		si, from = lw.Sentence, lw.Token+1
		to = nextContent(v.sent(si), lw.Token, +1) + 1
	case rok && l < 0:
		si, to = rw.Sentence, rw.Token
		from = nextContent(v.sent(si), rw.Token, -1)
	default:
		return 0, 0, 0, false
	}
	return si, from, to, from >= 0 && to > from
}

// anchor returns the match of the content word next to the claim's tokens
// [a, b) on side dir, when it is in a sentence the claim comes from: one
// that holds at least half of the claim's aligned words.
func (v *view) anchor(a, b, dir int) (align.WordMatch, bool) {
	wm, ok := v.matchOf(contentNeighbour(v.c, a, b, dir))
	return wm, ok && 2*v.heldBy(wm.Sentence) >= len(v.m.Words)
}

// coverageBeside is the share of the claim's weighted content aligned,
// leaving out its tokens [a, b): a swapped name is never aligned, and a rare
// one would otherwise take the claim below the coverage at which places
// can be compared.
func (v *view) coverageBeside(a, b int) float64 {
	got, total := 0.0, 0.0
	for i := range v.c.Tokens {
		t := &v.c.Tokens[i]
		if i >= a && i < b || !t.Content() {
			continue
		}
		w := v.x.Weight(t.Stem())
		total += w
		if _, ok := v.matchOf(i); ok {
			got += w
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// isName reports whether a capitalised token is part of a name or a date
// the claim's features found, rather than an ordinary word capitalised
// because it starts the sentence ("Decreases the risk") or an acronym of a
// common noun ("the CEO of").
func isName(c *claims.Statement, t *claims.Token) bool {
	if !t.Cap() {
		return false
	}
	for k := range c.Entities() {
		if e := &c.Entities()[k]; e.Start() <= t.Start() && t.End() <= e.End() {
			return true
		}
	}
	for k := range c.Dates() {
		if d := &c.Dates()[k]; d.Start() <= t.Start() && t.End() <= d.End() {
			return true
		}
	}
	return false
}

// sharesBeyond reports whether source sentence si shares a content word,
// or a synonym of one, with the claim outside the claim's bytes [start, end).
func (v *view) sharesBeyond(si, start, end int) bool { return v.sharedWords(si, start, end) > 0 }

// sharedWords counts the claim's content words outside its bytes [start,
// end) that source sentence si has, or has a synonym of. Numbers do not
// count: a year or a count in common says little of what two sentences are
// about.
func (v *view) sharedWords(si, start, end int) int {
	n, _ := v.carried(si, start, end)
	return n
}

// sameNameKey is lex.SameNameKey, for this package's name comparisons.
func sameNameKey(a, b string) bool { return lex.SameNameKey(a, b) }
