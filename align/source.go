package align

import (
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// A Source is a source text prepared for alignment: its sentences indexed
// by stem (SentencesWith) and its capitalised words by name key, with each
// stem's rarity weight (Weight). It is immutable once prepared and safe
// for concurrent use by many goroutines.
type Source struct {
	doc  *claims.Document
	opts Options
	// stems maps a stem (or a role key) to its entry: its postings, the
	// sentences holding it, ascending, are postings[off:off+n], all posting
	// lists lying one after another in one array.
	stems    map[string]int32
	entries  []stemEntry
	postings []int32
	names    map[string][]string // name key of a capitalised word -> its stems
	// nameKeys holds the keys of names, so that a variant's is found
	// without scanning a long source whole for every name of a claim;
	// built the first time a claim has a name the source lacks
	// (nameKeysOnce), as most claims have none.
	nameKeys     lex.KeyIndex[struct{}]
	nameKeysOnce sync.Once
	// dense holds, for the stems in more than maxPostings sentences and
	// more than one in 32 (where it takes less memory than their
	// postings), the sentences that hold them as a bit set: a claim's
	// common words are then looked up in constant time.
	dense map[int32][]uint64
	maxW  float64
	pool  *sync.Pool // of *scratch, sized for doc
}

// A stemEntry is where a stem's postings are, and its rarity weight.
type stemEntry struct {
	off, n uint32
	weight float64
}

// Prepare indexes a parsed source document for alignment.
func Prepare(doc *claims.Document, opts Options) *Source {
	if opts.MaxSentences <= 0 {
		opts.MaxSentences = 3
	}
	tokens := 0
	for i := range doc.Statements {
		tokens += len(doc.Statements[i].Tokens)
	}
	// An article of news has about one distinct stem in 3.5 tokens (the
	// 363 sources of ../shared/bench: 151 in 528), and half its tokens are
	// content words; a long text has fewer stems, so the guess stops at
	// 1024 rather than hold room it will not use.
	stems := min(tokens/3, 1024)
	x := &Source{doc: doc, opts: opts, stems: make(map[string]int32, stems), names: map[string][]string{}, pool: &sync.Pool{}}
	// First the entries of each sentence's keys, each once a sentence, in
	// order, and how many sentences hold each; then the postings, filled
	// in place: one look-up per key, and no list grows.
	x.entries = make([]stemEntry, 0, stems)
	last := make([]int32, 0, stems)          // entry -> the last sentence that holds it
	seq := make([]int32, 0, tokens/2)        // the entries of each sentence, one after another
	ends := make([]int, len(doc.Statements)) // sentence -> end of its entries in seq
	post := func(key string, i int32) {
		e, ok := x.stems[key]
		if !ok {
			e = int32(len(x.entries))
			x.stems[key] = e
			x.entries = append(x.entries, stemEntry{})
			last = append(last, -1)
		}
		if last[e] != i {
			last[e] = i
			x.entries[e].n++
			seq = append(seq, e)
		}
	}
	for i := range doc.Statements {
		x.add(int32(i), &doc.Statements[i], post)
		ends[i] = len(seq)
	}
	x.fillPostings(seq, ends, last[:len(x.entries)])
	x.entries = slices.Clone(x.entries) // without the room append left
	n := float64(len(doc.Statements))
	for e := range x.entries {
		x.entries[e].weight = idf(n, float64(x.entries[e].n))
	}
	x.maxW = idf(n, 0)
	x.indexDense(len(doc.Statements))
	return x
}

// fillPostings lays the postings out, each entry's sentences in order
// from its off: seq holds the entries of each sentence one after another,
// sentence i's ending at ends[i]. fill, one per entry, is scratch room
// it overwrites: entry -> where its next sentence goes.
func (x *Source) fillPostings(seq []int32, ends []int, fill []int32) {
	off := uint32(0)
	for e := range x.entries {
		x.entries[e].off = off
		off += x.entries[e].n
	}
	x.postings = make([]int32, off)
	for e := range x.entries {
		fill[e] = int32(x.entries[e].off)
	}
	from := 0
	for i, end := range ends {
		for _, e := range seq[from:end] {
			x.postings[fill[e]] = int32(i)
			fill[e]++
		}
		from = end
	}
}

// indexDense keeps as bit sets over the source's sentences the postings
// of the entries common enough (see Source.dense).
func (x *Source) indexDense(sentences int) {
	for e, en := range x.entries {
		if en.n <= maxPostings || 32*int(en.n) <= sentences {
			continue
		}
		if x.dense == nil {
			x.dense = map[int32][]uint64{}
		}
		set := make([]uint64, (sentences+63)/64)
		for _, si := range x.postings[en.off : en.off+en.n] {
			set[si>>6] |= 1 << (si & 63)
		}
		x.dense[int32(e)] = set
	}
}

// denseOf returns the sentences that hold a stem as a bit set, or nil when
// the Source keeps none for it (see Source.dense).
func (x *Source) denseOf(stem string) []uint64 {
	if x.dense == nil {
		return nil
	}
	return x.dense[x.stems[stem]]
}

// add indexes sentence i, c: the roles of its numbers, its content stems
// and the name keys of its capitalised words.
func (x *Source) add(i int32, c *claims.Statement, post func(key string, i int32)) {
	for _, n := range c.Numbers {
		if n.Unit != "" {
			post(roleKey(n.Unit), i)
		}
	}
	for j := range c.Tokens {
		t := &c.Tokens[j]
		if !t.Content() {
			continue
		}
		post(t.Stem(), i)
		if t.Cap() && t.Kind == claims.WordToken {
			k := t.NameKey()
			if !slices.Contains(x.names[k], t.Stem()) {
				x.names[k] = append(x.names[k], t.Stem())
			}
		}
	}
}

// postingsOf returns the sentences that hold a stem (or role key),
// ascending, and whether any does.
func (x *Source) postingsOf(stem string) ([]int32, bool) {
	e, ok := x.stems[stem]
	if !ok {
		return nil, false
	}
	en := &x.entries[e]
	return x.postings[en.off : en.off+en.n : en.off+en.n], true
}

// idf is a smoothed inverse document frequency, never below 0.1 so that a
// word every sentence holds still counts a little.
func idf(n, df float64) float64 {
	return math.Max(0.1, math.Log((n+1)/(df+0.5)))
}

// roleKey is the posting key of numbers with a unit: it cannot collide
// with a stem, which never holds a NUL byte.
func roleKey(unit string) string { return "\x00" + unit }

// Doc returns the source document the Source was prepared from.
func (x *Source) Doc() *claims.Document { return x.doc }

// Weight returns the rarity weight of a stem in the source; a stem the
// source never uses gets the highest weight.
func (x *Source) Weight(stem string) float64 {
	if e, ok := x.stems[stem]; ok {
		return x.entries[e].weight
	}
	return x.maxW
}

// variants returns the source stems that are name variants of a claim word.
func (x *Source) variants(t *claims.Token) []string {
	if !t.Cap() || t.Kind != claims.WordToken {
		return nil
	}
	k := t.NameKey()
	if v, ok := x.names[k]; ok {
		return v
	}
	x.buildNameKeys()
	var out []string
	x.nameKeys.Similar(k, func(key string, _ struct{}) bool {
		out = append(out, x.names[key]...)
		return true
	})
	sort.Strings(out) // map order must not leak into results
	return out
}

// SentencesWith calls f with each source sentence, in order, that holds a
// content word with this stem, until f returns false. A stem in more than
// maxPostings sentences names none in particular and calls f for none.
func (x *Source) SentencesWith(stem string, f func(sentence int) bool) {
	p, _ := x.postingsOf(stem)
	if len(p) > maxPostings {
		return
	}
	for _, si := range p {
		if !f(int(si)) {
			return
		}
	}
}

// maxPostings bounds the sentences a word may propose as candidates: a word
// in thousands of sentences of a long source weighs next to nothing and
// would make every claim cost as much as the source is long. Align counts
// such a word only in the sentences the claim's rarer words propose (see
// Source.candidates). News articles never come near it.
const maxPostings = 1000

// Build builds now what the source otherwise builds on first use (the
// index of its name keys), for a source kept to answer many claims whose
// first ones must not wait. It is safe to call more than once and
// concurrently with alignment.
func (x *Source) Build() { x.buildNameKeys() }

// buildNameKeys indexes the source's name keys, the first time only.
func (x *Source) buildNameKeys() {
	x.nameKeysOnce.Do(func() {
		for k := range x.names {
			x.nameKeys.Add(k, struct{}{})
		}
	})
}
