// Package align matches each claim of a derived text to the sentences of a
// source text that bear on it, and its words to theirs.
//
// A Source is a source text prepared once (Prepare) and then aligned with
// many claims (Source.Align): it keeps, for every normalised stem, the source sentences that hold it and a
// weight that grows with the stem's rarity (an inverse document frequency
// over the source's sentences). A claim is matched to the sentences with
// the most weight in common; its words are then aligned in stages, as
// METEOR does: the exact word, then the stem, then a variant of a name
// (transliteration, a small edit distance), then a synonym (from the
// WordNet lexicon embedded in the module, which every package of the
// module uses the same way).
package align

import (
	"cmp"
	"math"
	"math/bits"
	"slices"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// Stage says how a claim word met its source word.
type Stage uint8

// Stages, in the order they are tried.
const (
	Exact   Stage = iota + 1 // the same word, case aside
	Stem                     // the same normalised stem: "criticised" and "criticizes"
	Name                     // variants of one name: "Andrei" and "Andrey"
	Synonym                  // words of one meaning: "declined" and "refused"
)

// String returns "exact", "stem", "name" or "synonym".
func (s Stage) String() string {
	switch s {
	case Exact:
		return "exact"
	case Stem:
		return "stem"
	case Name:
		return "name"
	case Synonym:
		return "synonym"
	}
	return "none"
}

// A WordMatch pairs a word of the claim with a word of the source.
type WordMatch struct {
	Claim    int   // index in the claim's Tokens
	Sentence int   // index of the source sentence in the source Document's Statements
	Token    int   // index in that sentence's Tokens
	Stage    Stage // how they met
}

// A Match is where a claim comes from in the source.
type Match struct {
	// Sentences are the source sentences that bear on the claim, as indices
	// into the source Document's Statements, the best first; empty when nothing
	// in the source shares a content word with the claim.
	Sentences []int
	// Words pairs each content word of the claim that the chosen sentences
	// carry with its counterpart, in claim order.
	Words []WordMatch
	// Unmatched lists the claim's content words the chosen sentences do
	// not carry, as indices into the claim's Tokens.
	Unmatched []int
	// Coverage is the share of the claim's content, weighted by rarity,
	// that the chosen sentences carry: 1 when every content word is there.
	Coverage float64
}

// Options tune a Source. The zero value gives the defaults.
type Options struct {
	// MaxSentences is how many source sentences one claim may draw on, for
	// claims that merge several; 0 means 3.
	MaxSentences int
}

// unitOf returns the unit of the claim number that token t belongs to.
func unitOf(c *claims.Statement, t *claims.Token) string {
	for _, n := range c.Numbers {
		if n.Start <= t.Start && t.End <= n.End {
			return n.Unit
		}
	}
	return ""
}

// Align matches a claim against the source.
func (x *Source) Align(c *claims.Statement) Match {
	content := make([]int, 0, len(c.Tokens))
	total := 0.0
	for i := range c.Tokens {
		if c.Tokens[i].Content() {
			content = append(content, i)
			total += x.Weight(c.Tokens[i].Stem())
		}
	}
	var m Match
	if len(content) == 0 || len(x.doc.Statements) == 0 {
		m.Unmatched = content
		if len(content) == 0 {
			m.Coverage = 1
		}
		return m
	}
	rel := relatedOf(c, content)
	if len(content) <= 64 {
		sc := x.scratch()
		weights := x.claimWords(sc, c, content, rel)
		unread := x.candidateSet(sc, true) // before sc.list is read
		var ok bool
		if m.Sentences, ok = x.coverSet(weights, sc.list, total, unread); !ok {
			// The sentences left unread might choose otherwise: read them.
			x.reset(sc)
			x.candidateSet(sc, false)
			m.Sentences, _ = x.coverSet(weights, sc.list, total, 0)
		}
		x.release(sc)
	} else {
		weights, holds := x.candidates(c, content, rel)
		m.Sentences = x.cover(weights, holds, total)
	}
	x.alignWords(c, content, &m, total, rel)
	return m
}

// relatedOf returns the synonym stems of each content word of a claim
// (by its index in content), asked of the lexicon once for both
// candidates and alignWords.
func relatedOf(c *claims.Statement, content []int) [][]string {
	rel := make([][]string, len(content))
	for k, i := range content {
		rel[k] = related(&c.Tokens[i])
	}
	return rel
}

// lookups returns the weight of claim token i and the stems under which
// the source's postings may hold it: its own stem, or the stem of a name
// variant, or for a number the source does not state verbatim the role of
// its unit (it still points to the sentences with a number in the same
// role, "Ortiz, 45" to "Ortiz, 54", without counting as carried), and the
// related stems (rel, see relatedOf) the source has.
func (x *Source) lookups(c *claims.Statement, i int, rel []string) (float64, []string) {
	t := &c.Tokens[i]
	w := x.maxW
	stems := []string{t.Stem()}
	if e, ok := x.stems[t.Stem()]; ok {
		w = x.entries[e].weight
	} else {
		if t.Kind == claims.NumberToken {
			if u := unitOf(c, t); u != "" {
				stems = []string{roleKey(u)}
			}
		} else if stems = x.variants(t); len(stems) > 0 {
			w = x.Weight(stems[0])
		}
	}
	for _, r := range rel {
		if _, ok := x.stems[r]; ok {
			stems = append(stems, r)
		}
	}
	return w, stems
}

// candidates returns the weight of each content word of the claim (by its
// index in content) and, for each source sentence, the words it may carry:
// those with a stem it holds, by any stage that works on stems (exact,
// stem, name variant, synonym).
func (x *Source) candidates(c *claims.Statement, content []int, rel [][]string) ([]float64, map[int32][]int) {
	weights := make([]float64, len(content))
	holds := map[int32][]int{} // sentence -> indices into content of the words it holds
	var common []commonStem
	for k, i := range content {
		w, stems := x.lookups(c, i, rel[k])
		weights[k] = w
		for _, s := range stems {
			p, _ := x.postingsOf(s)
			if len(p) > maxPostings {
				common = append(common, commonStem{k, p, nil})
				continue
			}
			for _, si := range p {
				if h := holds[si]; len(h) == 0 || h[len(h)-1] != k {
					holds[si] = append(h, k)
				}
			}
		}
	}
	if len(common) == 0 {
		return weights, holds
	}
	// A stem in more than maxPostings sentences does not propose sentences
	// of its own: it counts in those its claim's rarer words proposed. When
	// every word of the claim is that common, the rarest one proposes its
	// first maxPostings sentences, so that the claim still aligns to
	// sentences that share its words.
	if len(holds) == 0 {
		rarest := 0
		for i, cs := range common {
			if len(cs.postings) < len(common[rarest].postings) {
				rarest = i
			}
		}
		for _, si := range common[rarest].postings[:maxPostings] {
			holds[si] = []int{common[rarest].word}
		}
	}
	for _, cs := range common {
		for si, h := range holds {
			if _, ok := slices.BinarySearch(cs.postings, si); ok && !slices.Contains(h, cs.word) {
				holds[si] = append(h, cs.word)
			}
		}
	}
	return weights, holds
}

// A commonStem is a stem of claim word word (an index into content) that
// more than maxPostings source sentences hold.
type commonStem struct {
	word     int
	postings []int32
	dense    []uint64 // the postings as a bit set, or nil (see Source.dense)
}

// cover chooses the sentences a claim comes from by greedy cover: the best
// sentence, then those that add the most of what is still uncovered, at
// most MaxSentences. A further sentence must add a real share of the
// claim's total weight. It consumes holds.
func (x *Source) cover(weights []float64, holds map[int32][]int, total float64) []int {
	var out []int
	covered := make([]bool, len(weights))
	for len(out) < x.opts.MaxSentences {
		best, bestGain := int32(-1), 0.0
		for si, ks := range holds {
			gain := 0.0
			for _, k := range ks {
				if !covered[k] {
					gain += weights[k]
				}
			}
			// Ties go to the earlier sentence, so map order cannot leak.
			if gain > bestGain || gain == bestGain && gain > 0 && si < best {
				best, bestGain = si, gain
			}
		}
		if best < 0 || len(out) > 0 && bestGain < 0.15*total {
			break
		}
		out = append(out, int(best))
		for _, k := range holds[best] {
			covered[k] = true
		}
		delete(holds, best)
	}
	return out
}

// alignWords pairs the claim's content words with words of the chosen
// sentences, stage by stage, and computes the coverage. A word the chosen
// sentences hold more than once at its best stage goes where its claim
// neighbours went, as METEOR prefers the alignment with the fewest chunks:
// "victory against Saul Alvarez" pairs "victory" with the sentence that
// names Alvarez, not with an earlier "victory against Shane Moseley".
func (x *Source) alignWords(c *claims.Statement, content []int, m *Match, total float64, rel [][]string) {
	// One backing array for all candidates: most words have one.
	buf := make([]WordMatch, 0, 2*len(content))
	offs := make([]int, len(content)+1)
	for k, i := range content {
		t := &c.Tokens[i]
		offs[k] = len(buf)
		buf = x.findWords(buf, t, m.Sentences, rel[k])
	}
	offs[len(content)] = len(buf)
	cands := func(k int) []WordMatch { return buf[offs[k]:offs[k+1]] }
	// nearest returns the pairing of the closest content word on side dir
	// of k that is settled: one candidate only, or (on the left) already
	// chosen.
	chosen := make([]int, len(content)) // index into cands(k), -1 for none
	nearest := func(k, dir int) (WordMatch, bool) {
		for n := k + dir; n >= 0 && n < len(content); n += dir {
			if dir > 0 && len(cands(n)) != 1 {
				continue
			}
			if dir < 0 && chosen[n] < 0 {
				continue
			}
			wm := cands(n)[max(0, chosen[n])]
			wm.Claim = content[n]
			return wm, true
		}
		return WordMatch{}, false
	}
	got := 0.0
	for k, i := range content {
		chosen[k] = -1
		if len(cands(k)) == 0 {
			m.Unmatched = append(m.Unmatched, i)
			continue
		}
		chosen[k] = 0
		if len(cands(k)) > 1 {
			left, okL := nearest(k, -1)
			right, okR := nearest(k, +1)
			best := math.MaxInt
			for n, wm := range cands(k) {
				cost := 0
				if okL {
					cost += distance(wm, left, i)
				}
				if okR {
					cost += distance(wm, right, i)
				}
				if cost < best {
					best, chosen[k] = cost, n
				}
			}
		}
		wm := cands(k)[chosen[k]]
		wm.Claim = i
		m.Words = append(m.Words, wm)
		got += x.Weight(c.Tokens[i].Stem())
	}
	if total > 0 {
		m.Coverage = math.Min(1, got/total)
	}
}

// distance measures how far a candidate pairing for claim token i strays
// from a neighbour's pairing: how far its source token is from where the
// neighbour's offset puts it, or a large constant in another sentence.
func distance(wm, neighbour WordMatch, i int) int {
	if wm.Sentence != neighbour.Sentence {
		return 1 << 16
	}
	d := wm.Token - neighbour.Token - (i - neighbour.Claim)
	if d < 0 {
		d = -d
	}
	return min(d, 1<<15)
}

// related returns the synonym stems of a claim word, or nil.
func related(t *claims.Token) []string {
	if t.Kind != claims.WordToken || t.Stop {
		return nil
	}
	return lexicon.Related(t.Stem())
}

// maxCandidates caps the places one claim word may pair with: a word that
// common is placed by its first occurrences.
const maxCandidates = 16

// findWords appends to dst the source words of the given sentences that a
// claim word meets at its best stage, in sentence order then token order.
func (x *Source) findWords(dst []WordMatch, t *claims.Token, sentences []int, related []string) []WordMatch {
	base := len(dst)
	bestStage := Stage(0)
	// worse reports whether a source word can meet the claim word only at
	// stage st or later, when an earlier stage has been met: it is not a
	// candidate, and the later stages need not be tried.
	worse := func(st Stage) bool { return bestStage != 0 && bestStage < st }
	lower, stem := t.Lower(), t.Stem()
	for _, si := range sentences {
		cl := &x.doc.Statements[si]
		for j := range cl.Tokens {
			s := &cl.Tokens[j]
			if s.Kind == claims.PunctToken {
				continue
			}
			var st Stage
			switch {
			case s.Lower() == lower:
				st = Exact
			case worse(Stem):
				continue
			case s.Stem() == stem:
				st = Stem
			case worse(Name):
				continue
			case t.Cap && s.Cap && lex.SameNameKey(s.NameKey(), t.NameKey()):
				// Both are words (only words are capitalised), their lower
				// cases differ: lex.SameNameWord, with the keys their words
				// keep.
				st = Name
			case worse(Synonym):
				continue
			case !s.Stop && slices.Contains(related, s.Stem()):
				st = Synonym
			default:
				continue
			}
			switch {
			case bestStage == 0 || st < bestStage:
				bestStage = st
				dst = append(dst[:base], WordMatch{Sentence: si, Token: j, Stage: st})
			case st == bestStage && len(dst)-base < maxCandidates:
				dst = append(dst, WordMatch{Sentence: si, Token: j, Stage: st})
			}
		}
	}
	return dst
}

// A held is a source sentence the claim's words propose and the words it
// may carry, as a set of indices into content: candidateSet's and
// coverSet's dense form of what candidates and cover keep in a map.
type held struct {
	si    int32
	words uint64
}

// A scratch is the reusable space of one alignment: for each sentence,
// whether (stamp equals epoch) and where it is in list. Reusing it keeps
// a claim from allocating in proportion to the source.
type scratch struct {
	epoch uint32
	stamp []uint32 // sentence -> epoch when it was last put in list
	at    []int32  // sentence -> index in list
	list  []held
	words []claimWord
	order []int
}

// A claimWord is a content word of the claim as candidateSet looks it up:
// its stems, how many sentences its stems of at most maxPostings list, and
// whether it has a stem that more do.
type claimWord struct {
	stems  []string
	reads  int
	common bool
}

// scratch takes a scratch from the Source's pool, ready for one claim.
func (x *Source) scratch() *scratch {
	sc, _ := x.pool.Get().(*scratch)
	if sc == nil {
		n := len(x.doc.Statements)
		sc = &scratch{stamp: make([]uint32, n), at: make([]int32, n)}
	}
	x.reset(sc)
	return sc
}

// reset makes a scratch ready for a claim: its list empty, no sentence
// stamped.
func (x *Source) reset(sc *scratch) {
	sc.epoch++
	if sc.epoch == 0 { // wrapped: every stamp may look current
		clear(sc.stamp)
		sc.epoch = 1
	}
	sc.list = sc.list[:0]
}

// release returns a scratch to the pool, without the claim's stems.
func (x *Source) release(sc *scratch) {
	clear(sc.words)
	x.pool.Put(sc)
}

// claimWords looks up the content words of a claim of at most 64 into
// sc.words (rel: their synonyms, see relatedOf), and returns their weights.
func (x *Source) claimWords(sc *scratch, c *claims.Statement, content []int, rel [][]string) []float64 {
	weights := make([]float64, len(content))
	words := sc.words[:0]
	for k, i := range content {
		w, stems := x.lookups(c, i, rel[k])
		weights[k] = w
		cw := claimWord{stems: stems}
		for _, s := range stems {
			if p, _ := x.postingsOf(s); len(p) > maxPostings {
				cw.common = true
			} else {
				cw.reads += len(p)
			}
		}
		words = append(words, cw)
	}
	sc.words = words
	return weights
}

// candidateSet is candidates for the words of sc.words, into sc.list, in
// the order sentences are first proposed.
//
// With prune, only the words whose stems list fewest sentences propose
// sentences, as long as they propose at most proposeReads between them
// (and always the first that proposes any): the others only add to the
// sentences those proposed, as common words do, so that a claim of words
// each in hundreds of sentences of a long source reads a few hundred. It
// returns, as a set of indices into content, the words that a sentence
// left unread may hold (none when none is left unread): coverSet checks
// that no such sentence could have been chosen.
func (x *Source) candidateSet(sc *scratch, prune bool) uint64 {
	words := sc.words
	propose := ^uint64(0)
	var unread uint64
	if prune {
		order := sc.order[:0]
		for k := range words {
			order = append(order, k)
		}
		sc.order = order
		slices.SortFunc(order, func(a, b int) int { return cmp.Or(cmp.Compare(words[a].reads, words[b].reads), cmp.Compare(a, b)) })
		propose = 0
		reads, left := 0, false
		for _, k := range order {
			if reads > 0 && reads+words[k].reads > proposeReads {
				left = left || words[k].reads > 0
				continue
			}
			propose |= 1 << k
			reads += words[k].reads
		}
		if left {
			for k, cw := range words {
				if propose&(1<<k) == 0 || cw.common {
					unread |= 1 << k
				}
			}
		}
	}
	var common []commonStem
	for k, cw := range words {
		bit := uint64(1) << k
		for _, s := range cw.stems {
			p, _ := x.postingsOf(s)
			if len(p) > maxPostings || propose&bit == 0 {
				cs := commonStem{k, p, nil}
				if len(p) > maxPostings {
					cs.dense = x.denseOf(s)
				}
				common = append(common, cs)
				continue
			}
			for _, si := range p {
				if sc.stamp[si] != sc.epoch {
					sc.stamp[si], sc.at[si] = sc.epoch, int32(len(sc.list))
					sc.list = append(sc.list, held{si, bit})
				} else {
					sc.list[sc.at[si]].words |= bit
				}
			}
		}
	}
	if len(common) == 0 {
		return unread
	}
	// As in candidates. (The list is empty only when no word proposes any
	// sentence, so that every stem in common is in more than maxPostings.)
	if len(sc.list) == 0 {
		rarest := 0
		for i, cs := range common {
			if len(cs.postings) < len(common[rarest].postings) {
				rarest = i
			}
		}
		for _, si := range common[rarest].postings[:maxPostings] {
			sc.stamp[si], sc.at[si] = sc.epoch, int32(len(sc.list))
			sc.list = append(sc.list, held{si, 1 << common[rarest].word})
		}
	}
	// A stem kept as a bit set is tested for each sentence of the list; a
	// posting list not much longer than the list is read through, its
	// sentences looked up in the scratch; a longer one is searched for the
	// sentences of the list in ascending order, each search starting where
	// the last ended: the same bits either way, at the lower cost.
	long := false
	for _, cs := range common {
		bit := uint64(1) << cs.word
		if cs.dense != nil {
			for i := range sc.list {
				if si := sc.list[i].si; cs.dense[si>>6]&(1<<(si&63)) != 0 {
					sc.list[i].words |= bit
				}
			}
			continue
		}
		if len(cs.postings) > 8*len(sc.list) {
			long = true
			continue
		}
		for _, si := range cs.postings {
			if sc.stamp[si] == sc.epoch {
				sc.list[sc.at[si]].words |= bit
			}
		}
	}
	if !long {
		return unread
	}
	// coverSet reads the list in any order; sc.at is not read again.
	slices.SortFunc(sc.list, func(a, b held) int { return cmp.Compare(a.si, b.si) })
	for _, cs := range common {
		if cs.dense != nil || len(cs.postings) <= 8*len(sc.list) {
			continue
		}
		bit := uint64(1) << cs.word
		from := 0
		for i := range sc.list {
			from += gallop(cs.postings[from:], sc.list[i].si)
			if from < len(cs.postings) && cs.postings[from] == sc.list[i].si {
				sc.list[i].words |= bit
			}
		}
	}
	return unread
}

// gallop returns the index of the first sentence of postings p at or after
// si: by doubling steps from the start, then a binary search, so that
// looking up ascending sentences one after another costs the logarithm of
// the distance between them, not of the list.
func gallop(p []int32, si int32) int {
	hi := 1
	for hi < len(p) && p[hi-1] < si {
		hi *= 2
	}
	lo := hi / 2
	hi = min(hi, len(p))
	i, _ := slices.BinarySearch(p[lo:hi], si)
	return lo + i
}

// proposeReads bounds the sentences that candidateSet lets a claim's words
// propose when it prunes: more than any claim of a news article needs, few
// enough that a claim costs the same against a source of any length.
const proposeReads = 256

// coverSet is cover over a candidateSet. It consumes list. unread holds the
// words that sentences candidateSet left out of list may hold: a choice
// stands when the best sentence of list gains more than all of them
// uncovered could, and so does a stop that none of them could undo; when
// neither holds, coverSet returns false and the list must be read whole.
func (x *Source) coverSet(weights []float64, list []held, total float64, unread uint64) ([]int, bool) {
	var out []int
	var covered uint64
	for len(out) < x.opts.MaxSentences {
		best, bestSi, bestGain := -1, int32(-1), 0.0
		for i := range list {
			gain := 0.0
			for w := list[i].words &^ covered; w != 0; w &= w - 1 {
				gain += weights[bits.TrailingZeros64(w)]
			}
			// Ties go to the earlier sentence, whatever the order of list.
			if si := list[i].si; gain > bestGain || gain == bestGain && gain > 0 && si < bestSi {
				best, bestSi, bestGain = i, si, gain
			}
		}
		stop := best < 0 || len(out) > 0 && bestGain < 0.15*total
		if unread != 0 {
			// The most a sentence left out could gain: a sum over a subset
			// of these words, in the same order, is never larger.
			most := 0.0
			for w := unread &^ covered; w != 0; w &= w - 1 {
				most += weights[bits.TrailingZeros64(w)]
			}
			if !(bestGain > most) && !(stop && (most == 0 || len(out) > 0 && most < 0.15*total)) {
				return nil, false
			}
		}
		if stop {
			break
		}
		out = append(out, int(bestSi))
		covered |= list[best].words
		list[best].words = 0
	}
	return out, true
}
