package score

import (
	"slices"
	"sync"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// A view is what every rule reads of one judgement: the claim, its
// alignment with the source, and the source. Rules do not change it; the
// few look-ups it keeps are filled on first use and mean the same whenever
// they are asked.
type view struct {
	s    *Source       // the source, with what is asked of it whole
	x    *align.Source // the source as aligned, and its statements
	c    *claims.Statement
	near []claims.Statement // the claims of its text around the claim, c among them; nil when judged alone
	m    align.Match
	opts Options

	evidenceSentences []*claims.Statement // the aligned sentences, once evidenceMade
	evidenceMade      bool
	sentenceStems     map[int]stemList // source sentence -> its content stems, made on first use
	stemRoom          []string         // the lists of sentenceStems, one after another

	// carried's look-ups: a rule asks it of each value of the claim and of
	// each source sentence that states the value elsewhere, and a word's
	// weight, made for each, and a search of each claim word in each
	// sentence's list made judging a long claim cubic in its length.
	claimWeights []float64      // per claim token, the weight carried counts it with, -1 for none; once weighed
	weighed      bool           // whether claimWeights and wanted are made
	wanted       map[string]int // a stem -> the first of the claim tokens it stands for, in wantedBy (1-based)
	wantedBy     []wantedToken  // the claim tokens each stem of wanted stands for, as lists
	hits         []bool         // per claim token, whether the sentence carried asks of has it, for a sentence not aligned
	alignedHits  map[int][]bool // an aligned sentence -> its hits, made on first use: rules ask of them most
	hitRoom      []bool         // the lists of alignedHits, one after another

	account account // judge's account of the rules' outcomes; no rule reads it here

	// quotes' room for the words of its candidate sentences and for its
	// tables: most claims of a text with quotations have one, and their
	// arrays grown afresh for each were a twentieth of the bytes the
	// batch allocates (issue 13).
	quoteWords [2][]qword
	quoteUsed  int // how many words of each the claim wrote, at most
	quoteLCS   lcsScratch
}

// views is the pool of views that judge takes one from for each claim and
// gives back when it has judged it: a view's look-ups keep their room
// from claim to claim, and no rule keeps what it reads of a view.
var views = sync.Pool{New: func() any { return new(view) }}

// release empties v, keeping the room of its look-ups, and gives it back
// to the pool. v must not be used after.
func (v *view) release() {
	clear(v.evidenceSentences)
	clear(v.sentenceStems)
	clear(v.stemRoom)
	clear(v.wanted)
	clear(v.alignedHits)
	// The words hold strings of the texts, which the pool must not keep
	// alive: those the claim wrote are cleared (not the whole room, which
	// for most claims, without a quotation, holds nothing new). The
	// tables hold numbers only.
	for k := range v.quoteWords {
		clear(v.quoteWords[k][:min(v.quoteUsed, cap(v.quoteWords[k]))])
	}
	*v = view{evidenceSentences: v.evidenceSentences[:0], sentenceStems: v.sentenceStems, stemRoom: v.stemRoom[:0],
		claimWeights: v.claimWeights[:0], wanted: v.wanted, wantedBy: v.wantedBy[:0], hits: v.hits[:0],
		alignedHits: v.alignedHits, hitRoom: v.hitRoom[:0],
		quoteWords: [2][]qword{v.quoteWords[0][:0], v.quoteWords[1][:0]}, quoteLCS: v.quoteLCS}
	views.Put(v)
}

// A stemList is the content stems of a sentence, in its order: a sentence
// has few, and reading them through costs less than hashing them into a
// set for a few questions.
type stemList []string

// has reports whether the list holds the stem.
func (l stemList) has(stem string) bool {
	for _, s := range l {
		if s == stem {
			return true
		}
	}
	return false
}

func newView(s *Source, c *claims.Statement, opts Options) *view {
	x := s.aligned
	m := x.Align(c)
	v := views.Get().(*view)
	v.s, v.x, v.c, v.m, v.opts = s, x, c, m, opts
	return v
}

// sent returns source statement si. Rules read the source's statements
// through it, so that a source need not hold them all at once.
func (v *view) sent(si int) *claims.Statement { return v.x.Statement(si) }

// The alignment's word matches are looked up from either side in
// m.Words, which holds a claim's few aligned words (one each, in claim
// order), rather than in maps made for every claim.

// matchOf returns the match of claim token i, and whether it has one.
func (v *view) matchOf(i int) (align.WordMatch, bool) {
	words := v.m.Words
	lo, hi := 0, len(words)
	for lo < hi { // the first match of a claim token at or after i
		mid := int(uint(lo+hi) >> 1)
		if words[mid].Claim < i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(words) && words[lo].Claim == i {
		return words[lo], true
	}
	return align.WordMatch{}, false
}

// claimAt returns the claim token aligned to token k of sentence si (the
// last in claim order when several are), and whether one is.
func (v *view) claimAt(si, k int) (int, bool) {
	for n := len(v.m.Words) - 1; n >= 0; n-- {
		if wm := &v.m.Words[n]; wm.Sentence == si && wm.Token == k {
			return wm.Claim, true
		}
	}
	return 0, false
}

// heldBy returns how many claim words are aligned to sentence si.
func (v *view) heldBy(si int) int {
	n := 0
	for k := range v.m.Words {
		if v.m.Words[k].Sentence == si {
			n++
		}
	}
	return n
}

// used reports whether a claim word is aligned to token k of sentence si.
func (v *view) used(si, k int) bool { _, ok := v.claimAt(si, k); return ok }

// evidence returns the aligned source sentences.
func (v *view) evidence() []*claims.Statement {
	if !v.evidenceMade {
		v.evidenceMade = true
		v.evidenceSentences = slices.Grow(v.evidenceSentences[:0], len(v.m.Sentences))
		for _, si := range v.m.Sentences {
			v.evidenceSentences = append(v.evidenceSentences, v.sent(si))
		}
	}
	return v.evidenceSentences
}

// stemsOf returns the content stems of source sentence si, made once per
// claim.
func (v *view) stemsOf(si int) stemList {
	stems, ok := v.sentenceStems[si]
	if !ok {
		toks := v.sent(si).Tokens
		n := 0
		for k := range toks {
			if toks[k].Content() {
				n++
			}
		}
		// The list goes at the end of stemRoom, in room of its own: a list
		// made before keeps its array when stemRoom grows.
		from := len(v.stemRoom)
		v.stemRoom = slices.Grow(v.stemRoom, n)
		for k := range toks {
			if st := &toks[k]; st.Content() {
				v.stemRoom = append(v.stemRoom, st.Stem())
			}
		}
		stems = stemList(v.stemRoom[from:len(v.stemRoom):len(v.stemRoom)])
		if v.sentenceStems == nil {
			v.sentenceStems = map[int]stemList{}
		}
		v.sentenceStems[si] = stems
	}
	return stems
}

// carried returns how many of the claim's content words outside its bytes
// [start, end) source sentence si has, or has a synonym of (sharedWords is
// that count), and the share of the rarity weight of the claim's words
// there (see align.Source.Weight) that they take. Numbers do not count: a
// year or a count in common says little of what two sentences are about.
// The words' weights, and the claim words each stem stands for, are made
// once per claim (see weigh), so that a call costs a look-up per word of
// si and a pass over the claim's tokens.
func (v *view) carried(si, start, end int) (n int, share float64) {
	v.weigh()
	hits := v.hitsOf(si)
	got, total := 0.0, 0.0
	for i, w := range v.claimWeights {
		if w < 0 {
			continue
		}
		if t := &v.c.Tokens[i]; t.End() > start && t.Start() < end {
			continue
		}
		total += w
		if hits[i] {
			n++
			got += w
		}
	}
	if total == 0 {
		return n, 0
	}
	return n, got / total
}

// A wantedToken is a claim token that a stem of wanted stands for, and the
// next one of the same stem (1-based in wantedBy; 0 ends the list).
type wantedToken struct{ token, next int }

// weigh makes, once per claim, the rarity weight in the source of each
// claim token that carried counts (a content word; a weight is at least
// 0.1) and -1 for the others, and the map from each stem that carries
// such a word, its own or a synonym's (lexicon.Related), to the words it
// carries.
func (v *view) weigh() {
	if v.weighed {
		return
	}
	v.weighed = true
	v.claimWeights = slices.Grow(v.claimWeights[:0], len(v.c.Tokens))
	if v.wanted == nil {
		v.wanted = map[string]int{}
	}
	want := func(stem string, i int) {
		v.wantedBy = append(v.wantedBy, wantedToken{i, v.wanted[stem]})
		v.wanted[stem] = len(v.wantedBy)
	}
	for i := range v.c.Tokens {
		t := &v.c.Tokens[i]
		if !t.Content() || t.Kind != claims.WordToken {
			v.claimWeights = append(v.claimWeights, -1)
			continue
		}
		v.claimWeights = append(v.claimWeights, v.x.Weight(t.Stem()))
		want(t.Stem(), i)
		for _, r := range lexicon.Related(t.Stem()) {
			want(r, i)
		}
	}
}

// hitsOf returns, per claim token, whether source sentence si has the
// word carried counts there, or a synonym of it: its content stems looked
// up in wanted (see weigh). Those of an aligned sentence, which the rules
// ask of for each value of the claim, are kept for the claim; those of
// another are the view's, good until the next call.
func (v *view) hitsOf(si int) []bool {
	aligned := slices.Contains(v.m.Sentences, si)
	if hits, ok := v.alignedHits[si]; ok && aligned {
		return hits
	}
	var hits []bool
	if aligned {
		// As stemsOf's lists, each goes in room of its own at the end of
		// hitRoom.
		from := len(v.hitRoom)
		v.hitRoom = slices.Grow(v.hitRoom, len(v.c.Tokens))[:from+len(v.c.Tokens)]
		hits = v.hitRoom[from:len(v.hitRoom):len(v.hitRoom)]
		if v.alignedHits == nil {
			v.alignedHits = map[int][]bool{}
		}
		v.alignedHits[si] = hits
	} else {
		v.hits = slices.Grow(v.hits[:0], len(v.c.Tokens))[:len(v.c.Tokens)]
		hits = v.hits
	}
	clear(hits)
	toks := v.sent(si).Tokens
	for k := range toks {
		if st := &toks[k]; st.Content() {
			for at := v.wanted[st.Stem()]; at > 0; at = v.wantedBy[at-1].next {
				hits[v.wantedBy[at-1].token] = true
			}
		}
	}
	return hits
}
