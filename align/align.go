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
	"math"
	"slices"
	"strings"

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
	// Window and CacheBytes are for a Source prepared from an Outline
	// (PrepareOutline): it parses its statements Window at a time (0
	// means 4) and keeps the windows it parsed last up to CacheBytes of
	// statements (0 means 4 MiB; the window parsed last is always kept).
	Window     int
	CacheBytes int
}

// unitOf returns the unit of the claim number that token t belongs to.
func unitOf(c *claims.Statement, t *claims.Token) string {
	for _, n := range c.Numbers() {
		if n.Start() <= t.Start() && t.End() <= n.End() {
			return n.Unit
		}
	}
	return ""
}

// Align matches a claim against the source.
func (x *Source) Align(c *claims.Statement) Match {
	sc := x.scratch()
	defer x.release(sc)
	content := sc.content[:0]
	for i := range c.Tokens {
		if c.Tokens[i].Content() {
			content = append(content, i)
		}
	}
	sc.content = content
	var m Match
	if len(content) == 0 || x.Len() == 0 {
		m.Unmatched = append(make([]int, 0, len(content)), content...) // the scratch's is reused
		if len(content) == 0 {
			m.Coverage = 1
		}
		return m
	}
	// Each content word's entry (-1 when the source lacks its stem) and
	// weight, its synonyms and their entries, looked up once for the
	// candidates and the coverage.
	own, weight := resize(sc.own, len(content)), resize(sc.weight, len(content))
	rel, relE := resize(sc.rel, len(content)), resize(sc.relE, len(content))
	sc.own, sc.weight, sc.rel, sc.relE = own, weight, rel, relE
	if len(sc.stems) >= maxMemo {
		sc.forget()
	}
	total := 0.0
	for k, i := range content {
		t := &c.Tokens[i]
		if t.Kind != claims.WordToken {
			// A number: its stem is its text, and it has no synonyms.
			own[k], weight[k] = x.entryOf(t.Stem())
			rel[k], relE[k] = nil, nil
		} else {
			st := x.stemOf(sc, t.Stem())
			own[k], weight[k], rel[k] = st.own, st.weight, st.related
			relE[k] = sc.relEntries[st.from:st.to:st.to]
		}
		total += weight[k]
	}
	if len(content) <= 64 {
		weights := x.claimWords(sc, c, content, own, weight, relE)
		unread := x.candidateSet(sc, true) // before sc.list is read
		var ok bool
		if m.Sentences, ok = x.coverSet(weights, sc.list, total, unread); !ok {
			// The sentences left unread might choose otherwise: read them.
			x.reset(sc)
			x.candidateSet(sc, false)
			m.Sentences, _ = x.coverSet(weights, sc.list, total, 0)
		}
	} else {
		weights, holds := x.candidates(c, content, own, weight, relE)
		m.Sentences = x.cover(weights, holds, total)
	}
	x.alignWords(sc, c, content, weight, &m, total, rel)
	return m
}

// resize returns s with n elements, reusing its array when it has room;
// the elements are not cleared.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// A stemInfo is what Align asks of the source about the stem of a content
// word of a claim: its entry and weight (entryOf's), its synonym stems
// (lexicon.RelatedHashes', with their hashes) and the entries of those the
// source has, in their order, sc.relEntries[from:to] of the scratch that
// holds it. The entries are those of the source whose scratch's gen is
// gen (see claimSpace.gen); the synonyms hold for any source.
type stemInfo struct {
	own      int32
	weight   float64
	related  []string
	hashes   []uint64
	from, to int32
	gen      uint32
}

// maxMemo bounds the stems a claimSpace remembers (see claimSpace.stems):
// the memo is forgotten whole when it holds that many, so that a space
// that answers texts of ever new words holds no more than that.
const maxMemo = 4096

// stemOf returns what the source says of a word's stem (see stemInfo),
// from the scratch's memo when a claim asked it before: the claims of
// one text, and the texts checked against one source, share most of
// their words, and one look-up of the memo, which is small, replaces
// those of the word and its synonyms in the source's table of stems.
func (x *Source) stemOf(sc *scratch, stem string) stemInfo {
	n, ok := sc.stems[stem]
	if ok && sc.infos[n].gen == sc.gen {
		return sc.infos[n]
	}
	var st stemInfo
	if ok { // asked of another source: the synonyms are the same
		st.related, st.hashes = sc.infos[n].related, sc.infos[n].hashes
	} else {
		st.related, st.hashes = lexicon.RelatedHashes(stem)
	}
	st.gen, st.from = sc.gen, int32(len(sc.relEntries))
	st.own, st.weight = x.entryOf(stem)
	set := x.stemSet(sc)
	for k, r := range st.related {
		// Most synonyms are not the source's: the filter tells most of
		// them apart from their hash without reading their bytes, which
		// the lexicon holds apart from one another (3% of the batch's CPU
		// went on looking them up in stems, issue 13).
		if !set.maybe(st.hashes[k]) {
			continue
		}
		if e, ok := x.stems.get(r); ok {
			sc.relEntries = append(sc.relEntries, e)
		}
	}
	st.to = int32(len(sc.relEntries))
	if ok {
		sc.infos[n] = st
		return st
	}
	if sc.stems == nil {
		sc.stems = map[string]int32{}
	}
	// The key is copied: a stem may lie in the text of a claim, which the
	// scratch must not keep alive.
	sc.stems[strings.Clone(stem)] = int32(len(sc.infos))
	sc.infos = append(sc.infos, st)
	return st
}

// A stemFilter is a Bloom filter of a source's stems: a bit set over
// two bits of each stem's lexicon.Hash. A stem that lacks one of its
// bits is not the source's; one with both may be. A nil filter holds
// every stem.
type stemFilter []uint64

// maybe reports whether the stem of hash h may be in the set.
func (f stemFilter) maybe(h uint64) bool {
	if f == nil {
		return true
	}
	mask := uint64(len(f))*64 - 1
	a, b := h&mask, h>>32&mask
	return f[a>>6]&(1<<(a&63)) != 0 && f[b>>6]&(1<<(b&63)) != 0
}

// maxFiltered is the most stems a source may have for its scratch to
// filter them (stemSet): the filter is made again for each scratch, which
// a collection empties, and for a very large source that would cost more
// than the look-ups it saves.
const maxFiltered = 1 << 14

// stemSet returns the filter of the source's stems, made the first time
// the scratch asks: 16 bits a stem or more (a power of two, at least
// 1024), about one stem in 70 not the source's passing it.
func (x *Source) stemSet(sc *scratch) stemFilter {
	if sc.stemSetMade {
		return sc.stemSet
	}
	sc.stemSetMade = true
	if n := x.stems.len(); n == 0 || n > maxFiltered {
		return nil
	}
	bits := 1024
	for bits < 16*x.stems.len() {
		bits *= 2
	}
	f := make(stemFilter, bits/64)
	mask := uint64(bits) - 1
	for e := range x.stems.len() {
		h := lexicon.Hash(x.stems.key(uint32(e)))
		a, b := h&mask, h>>32&mask
		f[a>>6] |= 1 << (a & 63)
		f[b>>6] |= 1 << (b & 63)
	}
	sc.stemSet = f
	return f
}

// lookups appends to dst the entries (see Source.stems) under which the
// source's postings may hold claim token i, and returns the token's
// weight: its own entry own and weight ownWeight (entryOf's: -1 and the
// highest weight when the source lacks its stem), or the entries of a
// name variant's stems, or for a number the source does not state
// verbatim the entry of the role of its unit (it still points to the
// sentences with a number in the same role, "Ortiz, 45" to "Ortiz, 54",
// without counting as carried), then the entries of the related stems
// the source has (relE, see stemInfo). An entry is -1 for a key the
// source lacks, whose postings are none.
func (x *Source) lookups(dst []int32, c *claims.Statement, i int, own int32, ownWeight float64, relE []int32) (float64, []int32) {
	t := &c.Tokens[i]
	w := x.maxW
	if own >= 0 {
		w = ownWeight
		dst = append(dst, own)
	} else if t.Kind == claims.NumberToken {
		if u := unitOf(c, t); u != "" {
			e, _ := x.entryOf(roleKey(u))
			dst = append(dst, e)
		} else {
			dst = append(dst, -1)
		}
	} else {
		from := len(dst)
		if dst = x.appendVariants(dst, t); len(dst) > from {
			w = x.weightAt(dst[from])
		}
	}
	return w, append(dst, relE...)
}

// alignWords pairs the claim's content words with words of the chosen
// sentences, stage by stage, and computes the coverage. A word the chosen
// sentences hold more than once at its best stage goes where its claim
// neighbours went, as METEOR prefers the alignment with the fewest chunks:
// "victory against Saul Alvarez" pairs "victory" with the sentence that
// names Alvarez, not with an earlier "victory against Shane Moseley".
func (x *Source) alignWords(sc *scratch, c *claims.Statement, content []int, weight []float64, m *Match, total float64, rel [][]string) {
	// The words of the chosen sentences, read once for all the claim's
	// words.
	words := sc.sentWords[:0]
	for _, si := range m.Sentences {
		cl := x.Statement(si)
		for j := range cl.Tokens {
			if s := &cl.Tokens[j]; s.Kind != claims.PunctToken {
				words = append(words, sourceWord{lower: s.Lower(), stem: s.Stem(),
					sentence: int32(si), token: int32(j), stop: s.Stop(), cap: s.Cap()})
			}
		}
	}
	// One backing array for all candidates (most words have one), kept
	// in the scratch with the other arrays of the claim's size.
	buf := sc.cands[:0]
	offs := resize(sc.offs, len(content)+1)
	for k, i := range content {
		t := &c.Tokens[i]
		offs[k] = len(buf)
		buf = x.findWords(buf, t, words, rel[k])
	}
	offs[len(content)] = len(buf)
	clear(words) // the space is shared: it must not keep a source's text alive
	sc.cands, sc.offs, sc.sentWords = buf, offs, words
	cands := func(k int) []WordMatch { return buf[offs[k]:offs[k+1]] }
	// nearest returns the pairing of the closest content word on side dir
	// of k that is settled: one candidate only, or (on the left) already
	// chosen.
	chosen := resize(sc.chosen, len(content)) // index into cands(k), -1 for none
	clear(chosen)
	sc.chosen = chosen
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
	empty := countEmpty(offs)
	if n := len(content) - empty; n > 0 {
		m.Words = make([]WordMatch, 0, n) // one pairing for each word with a candidate
	}
	if empty > 0 {
		m.Unmatched = make([]int, 0, empty) // and each word without one
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
		got += weight[k]
	}
	if total > 0 {
		m.Coverage = math.Min(1, got/total)
	}
}

// countEmpty returns how many of the words whose candidates lie between
// consecutive offsets offs have none.
func countEmpty(offs []int) int {
	n := 0
	for k := 1; k < len(offs); k++ {
		if offs[k] == offs[k-1] {
			n++
		}
	}
	return n
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

// maxCandidates caps the places one claim word may pair with: a word that
// common is placed by its first occurrences.
const maxCandidates = 16

// A sourceWord is a word (or number) of a sentence the claim is aligned
// with, and what findWords reads of it.
type sourceWord struct {
	lower, stem     string
	mark            mark // markOf(stem), once marked
	sentence, token int32
	stop, cap       bool
	marked          bool
}

// A mark is a stem's two bits, one among 64 in each half, from its
// length and three of its bytes; the marks of a set of stems (marksOf) are
// theirs or'ed, and a stem one of whose bits they lack is none of them:
// the set need not be read.
type mark [2]uint64

// markOf returns a stem's mark.
func markOf(stem string) mark {
	h := uint64(len(stem))
	if n := len(stem); n > 0 {
		h |= uint64(stem[0])<<8 | uint64(stem[n/2])<<16 | uint64(stem[n-1])<<24
	}
	h *= 0x9E3779B97F4A7C15
	return mark{1 << (h >> 58), 1 << (h >> 52 & 63)}
}

// marksOf returns the marks of a set of stems, or'ed.
func marksOf(stems []string) mark {
	var m mark
	for _, s := range stems {
		k := markOf(s)
		m[0] |= k[0]
		m[1] |= k[1]
	}
	return m
}

// maybe reports whether a stem of mark k may be one of a set of marks m.
func (m *mark) maybe(k *mark) bool { return m[0]&k[0] != 0 && m[1]&k[1] != 0 }

// findWords appends to dst the source words (of the sentences the claim
// is aligned with, in sentence order then token order) that a claim word
// meets at its best stage, in their order.
// related are the claim word's synonym stems.
func (x *Source) findWords(dst []WordMatch, t *claims.Token, words []sourceWord, related []string) []WordMatch {
	base := len(dst)
	// The exact stage first, which compares the lower cases (one string
	// when the words are the word cache's, which == finds at once): when
	// it meets the word, its first maxCandidates places are what the pass
	// over every stage keeps, and no stem need be read.
	lower := t.Lower()
	for w := range words {
		if s := &words[w]; s.lower == lower {
			dst = append(dst, WordMatch{Sentence: int(s.sentence), Token: int(s.token), Stage: Exact})
			if len(dst)-base == maxCandidates {
				break
			}
		}
	}
	if len(dst) > base {
		return dst
	}
	bestStage := Stage(0)
	// worse reports whether a source word can meet the claim word only at
	// stage st or later, when an earlier stage has been met: it is not a
	// candidate, and the later stages need not be tried.
	worse := func(st Stage) bool { return bestStage != 0 && bestStage < st }
	stem, capital := t.Stem(), t.Cap()
	var key string
	if capital {
		key = t.NameKey()
	}
	var marks mark // the related stems', asked when a word is first compared with them
	marked := false
	for w := range words {
		s := &words[w]
		var st Stage
		switch { // no source word is the claim word as written (see above)
		case worse(Stem):
			continue
		case s.stem == stem:
			st = Stem
		case worse(Name):
			continue
		case capital && s.cap && lex.SameNameKey(x.Statement(int(s.sentence)).Tokens[s.token].NameKey(), key):
			// Both are words (only words are capitalised), their lower
			// cases differ: lex.SameNameWord, with the keys their words
			// keep.
			st = Name
		case worse(Synonym):
			continue
		case s.stop || len(related) == 0:
			continue
		default:
			if !marked {
				marks, marked = marksOf(related), true
			}
			if !s.marked {
				s.mark, s.marked = markOf(s.stem), true
			}
			if !marks.maybe(&s.mark) || !slices.Contains(related, s.stem) {
				continue
			}
			st = Synonym
		}
		wm := WordMatch{Sentence: int(s.sentence), Token: int(s.token), Stage: st}
		switch {
		case bestStage == 0 || st < bestStage:
			bestStage = st
			dst = append(dst[:base], wm)
		case st == bestStage && len(dst)-base < maxCandidates:
			dst = append(dst, wm)
		}
	}
	return dst
}
