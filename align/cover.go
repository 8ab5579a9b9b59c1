package align

import (
	"cmp"
	"math/bits"
	"slices"
	"sync"

	"github.com/newsdesk/claimcheck/claims"
)

// candidates returns the weight of each content word of the claim (by its
// index in content) and, for each source sentence, the words it may carry:
// those with a stem it holds, by any stage that works on stems (exact,
// stem, name variant, synonym).
func (x *Source) candidates(c *claims.Statement, content []int, own []int32, weight []float64, relE [][]int32) ([]float64, map[int32][]int) {
	if x.short != nil {
		return candidatesIn(x, x.short, c, content, own, weight, relE)
	}
	return candidatesIn(x, x.postings, c, content, own, weight, relE)
}

// candidatesIn is candidates over the source's postings all (Source.short
// or Source.postings).
func candidatesIn[P sentenceNum](x *Source, all []P, c *claims.Statement, content []int, own []int32, weight []float64, relE [][]int32) ([]float64, map[int32][]int) {
	weights := make([]float64, len(content))
	holds := map[int32][]int{} // sentence -> indices into content of the words it holds
	var common []commonStem[P]
	var entries []int32
	for k, i := range content {
		var w float64
		w, entries = x.lookups(entries[:0], c, i, own[k], weight[k], relE[k])
		weights[k] = w
		for _, e := range entries {
			p := postingsIn(all, x.offs, e)
			if len(p) > maxPostings {
				common = append(common, commonStem[P]{k, p, nil})
				continue
			}
			for _, p := range p {
				si := int32(p)
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
		rarest := rarestStem(common)
		for _, si := range common[rarest].postings[:maxPostings] {
			holds[int32(si)] = []int{common[rarest].word}
		}
	}
	for _, cs := range common {
		for si, h := range holds {
			if _, ok := slices.BinarySearch(cs.postings, P(si)); ok && !slices.Contains(h, cs.word) {
				holds[si] = append(h, cs.word)
			}
		}
	}
	return weights, holds
}

// A commonStem is a stem of claim word word (an index into content) that
// more than maxPostings source sentences hold.
type commonStem[P sentenceNum] struct {
	word     int
	postings []P
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

// A held is a source sentence the claim's words propose and the words it
// may carry, as a set of indices into content: candidateSet's and
// coverSet's dense form of what candidates and cover keep in a map.
type held struct {
	si    int32
	words uint64
}

// A scratch is the reusable space of one alignment: for each sentence,
// whether (stamp equals epoch) and where it is in list. Reusing it keeps
// a claim from allocating in proportion to the source. Its arrays of the
// claim's size are a claimSpace's, lent to it while it aligns a claim.
type scratch struct {
	epoch uint32
	stamp []uint32 // sentence -> epoch when it was last put in list
	at    []int32  // sentence -> index in list
	// stemSet filters the source's stems (see Source.stemSet), made when
	// the scratch first looks synonyms up; nil before, or for a source with
	// more stems than maxFiltered.
	stemSet     stemFilter
	stemSetMade bool
	*claimSpace
}

// A claimSpace holds an alignment's arrays of the claim's size, which do
// not depend on the source: they come from one pool for all sources, so
// that a source that answers a few claims only (one of many in a batch)
// does not grow arrays of its own.
type claimSpace struct {
	list    []held
	words   []claimWord
	entries []int32 // the entries of words, one word's after another's
	order   []int
	// Align's arrays (see Align, claimWords and alignWords): read only
	// while the claim is aligned.
	content        []int
	rel            [][]string
	relE           [][]int32
	own            []int32
	weight, scores []float64
	cands          []WordMatch
	offs, chosen   []int
	sentWords      []sourceWord // alignWords': the words of the chosen sentences
	// The memo of the stems of the claims' words (see Source.stemOf): stem
	// -> index in infos. What the lexicon says of a stem (its synonyms)
	// holds for every source, and stays when another scratch borrows the
	// space: a batch checks a few texts against each of many sources, and
	// their words recur from source to source. What a source says of it
	// (its entries, relEntries) holds for the scratch owner (of one
	// source) only: an info is the owner's when its gen is the space's,
	// which grows when the owner changes. The memo is forgotten whole at
	// maxMemo stems.
	owner      *scratch
	gen        uint32
	stems      map[string]int32
	infos      []stemInfo
	relEntries []int32
}

// claimSpaces is the pool of claimSpaces.
var claimSpaces = sync.Pool{New: func() any { return new(claimSpace) }}

// forget empties the memo of stems.
func (cs *claimSpace) forget() {
	clear(cs.stems)
	clear(cs.infos) // their synonyms are the lexicon's, but no need to hold them
	cs.infos, cs.relEntries = cs.infos[:0], cs.relEntries[:0]
}

// adopt makes the space sc's: what the memo says of another source's stems
// no longer holds.
func (cs *claimSpace) adopt(sc *scratch) {
	cs.owner = sc
	cs.gen++
	if cs.gen == 0 { // wrapped: an info of long ago may look current
		cs.forget()
		cs.gen = 1
	}
	cs.relEntries = cs.relEntries[:0]
}

// A claimWord is a content word of the claim as candidateSet looks it up:
// the entries of its stems (scratch.entries[from:to], see Source.lookups),
// how many sentences its stems of at most maxPostings list, and whether it
// has a stem that more do.
type claimWord struct {
	from, to int
	reads    int
	common   bool
}

// scratch takes a scratch from the Source's pool, with a claimSpace,
// ready for one claim.
func (x *Source) scratch() *scratch {
	sc, _ := x.pool.Get().(*scratch)
	if sc == nil {
		n := x.Len()
		sc = &scratch{stamp: make([]uint32, n), at: make([]int32, n)}
	}
	sc.claimSpace = claimSpaces.Get().(*claimSpace)
	if sc.owner != sc {
		sc.adopt(sc)
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

// release returns a scratch and its claimSpace to their pools.
func (x *Source) release(sc *scratch) {
	claimSpaces.Put(sc.claimSpace)
	sc.claimSpace = nil
	x.pool.Put(sc)
}

// claimWords looks up the content words of a claim of at most 64 into
// sc.words (relE: the entries of their synonyms, see stemInfo), and
// returns their weights.
func (x *Source) claimWords(sc *scratch, c *claims.Statement, content []int, own []int32, weight []float64, relE [][]int32) []float64 {
	weights := resize(sc.scores, len(content))
	sc.scores = weights
	words, entries := sc.words[:0], sc.entries[:0]
	for k, i := range content {
		cw := claimWord{from: len(entries)}
		weights[k], entries = x.lookups(entries, c, i, own[k], weight[k], relE[k])
		cw.to = len(entries)
		for _, e := range entries[cw.from:cw.to] {
			if n := x.df(e); n > maxPostings {
				cw.common = true
			} else {
				cw.reads += n
			}
		}
		words = append(words, cw)
	}
	sc.words, sc.entries = words, entries
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
	if x.short != nil {
		return candidateSetIn(x, x.short, sc, prune)
	}
	return candidateSetIn(x, x.postings, sc, prune)
}

// candidateSetIn is candidateSet over the source's postings all
// (Source.short or Source.postings).
func candidateSetIn[P sentenceNum](x *Source, all []P, sc *scratch, prune bool) uint64 {
	words := sc.words
	propose := ^uint64(0)
	var unread uint64
	if prune {
		propose, unread = sc.proposers()
	}
	var common []commonStem[P]
	for k, cw := range words {
		bit := uint64(1) << k
		for _, e := range sc.entries[cw.from:cw.to] {
			p := postingsIn(all, x.offs, e)
			if len(p) > maxPostings || propose&bit == 0 {
				cs := commonStem[P]{k, p, nil}
				if len(p) > maxPostings {
					cs.dense = x.denseOf(e)
				}
				common = append(common, cs)
				continue
			}
			for _, si := range p {
				if sc.stamp[si] != sc.epoch {
					sc.stamp[si], sc.at[si] = sc.epoch, int32(len(sc.list))
					sc.list = append(sc.list, held{int32(si), bit})
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
		rarest := rarestStem(common)
		for _, si := range common[rarest].postings[:maxPostings] {
			sc.stamp[si], sc.at[si] = sc.epoch, int32(len(sc.list))
			sc.list = append(sc.list, held{int32(si), 1 << common[rarest].word})
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
			if from < len(cs.postings) && int32(cs.postings[from]) == sc.list[i].si {
				sc.list[i].words |= bit
			}
		}
	}
	return unread
}

// proposers returns, as sets of indices into sc.words, the words that
// propose sentences under candidateSet's prune (those whose stems list
// fewest sentences, at most proposeReads between them, and always the
// first that lists any) and the words a sentence left unread may hold:
// those that propose none and the common ones, or none when no word that
// lists a sentence was left out.
func (sc *scratch) proposers() (propose, unread uint64) {
	words := sc.words
	order := sc.order[:0]
	for k := range words {
		order = append(order, k)
	}
	sc.order = order
	slices.SortFunc(order, func(a, b int) int { return cmp.Or(cmp.Compare(words[a].reads, words[b].reads), cmp.Compare(a, b)) })
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
	return propose, unread
}

// rarestStem returns the index of the stem with the fewest postings in
// common, the first of them on a tie.
func rarestStem[P sentenceNum](common []commonStem[P]) int {
	rarest := 0
	for i, cs := range common {
		if len(cs.postings) < len(common[rarest].postings) {
			rarest = i
		}
	}
	return rarest
}

// gallop returns the index of the first sentence of postings p at or after
// si: by doubling steps from the start, then a binary search, so that
// looking up ascending sentences one after another costs the logarithm of
// the distance between them, not of the list.
func gallop[P sentenceNum](p []P, si int32) int {
	hi := 1
	for hi < len(p) && int32(p[hi-1]) < si {
		hi *= 2
	}
	lo := hi / 2
	hi = min(hi, len(p))
	i, _ := slices.BinarySearch(p[lo:hi], P(si))
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
