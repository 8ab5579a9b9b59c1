package align

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/keytable"
)

// A Source is a source text prepared for alignment: its sentences indexed
// by stem (SentencesWith) and its capitalised words by name key, with each
// stem's rarity weight (Weight). It is immutable once prepared and safe
// for concurrent use by many goroutines.
type Source struct {
	// The statements are doc's, or, for a Source prepared from an Outline,
	// lean's, parsed a window at a time; n is how many there are.
	doc  *claims.Document
	lean *windows
	n    int
	opts Options
	// stems maps a stem (or a role key) to its entry e: its postings, the
	// sentences holding it, ascending, are postings[offs[e]:offs[e+1]], all
	// posting lists lying one after another in one array: short, of 16
	// bits a sentence, when the source has at most 1<<16 sentences (every
	// article; 2 bytes a posting rather than 4 halve the largest index a
	// source kept, 0.35 bytes a byte of text on the bench's sources),
	// postings otherwise. An entry's rarity weight is computed from its
	// postings when asked. (The entries are the stem table's, a few of
	// them spare: no key, no postings.)
	stems    stemTable
	offs     []uint32
	postings []int32
	short    []uint16
	// names holds the stems of the source's capitalised words by their
	// name keys, so that a variant's are found without scanning a long
	// source whole for every name of a claim, as their entries in stems
	// (4 bytes each, not a 16-byte string header): a key's one stem in
	// its nameRef, or the stems of a key that has several (few) in
	// nameStems, where nameSpans says; those of words with an empty key
	// are unkeyed. A nameRef notes too whether a word of its key has
	// three letters or more (see HasNameWord).
	names     keytable.Table[nameRef]
	nameSpans []span
	nameStems []int32
	unkeyed   []int32
	// dense holds, for the stems in more than maxPostings sentences and
	// more than one in 32 (where it takes less memory than their
	// postings), the sentences that hold them as a bit set: a claim's
	// common words are then looked up in constant time.
	dense map[int32][]uint64
	maxW  float64
	// idfs holds the weights of the stems in fewer than len(idfs)
	// sentences, most of them, so that their logarithms are taken once.
	idfs [8]float64
	pool *sync.Pool // of *scratch, sized for doc
}

// A nameRef is what Source.names holds of a name key, in 32 bits:
// longName when a word of the key has three letters or more, and the
// entry of the key's one stem, or, with manyStems, the number of the span
// of its stems in Source.nameSpans. (A span for every key, and its stems
// in nameStems, took 12 bytes a key where most have one stem.)
type nameRef uint32

const (
	longName  = 1 << 31
	manyStems = 1 << 30
)

// A span is where the stems of a name key of several stems lie in
// Source.nameStems: n of them from off.
type span struct{ off, n uint32 }

// Prepare indexes a parsed source document for alignment.
func Prepare(doc *claims.Document, opts Options) *Source {
	tokens := 0
	for i := range doc.Statements {
		tokens += len(doc.Statements[i].Tokens)
	}
	ix := newIndexer(opts, len(doc.Statements), tokens)
	for i := range doc.Statements {
		ix.add(&doc.Statements[i])
	}
	x := ix.finish()
	x.doc = doc
	return x
}

// An indexer builds a Source's indexes from its statements, given one at
// a time in order (Prepare gives a Document's, PrepareOutline an
// Outline's a window at a time): first the entries of each sentence's
// keys, each once a sentence, in order, and how many sentences hold each;
// then, in finish, the postings, filled in place: one look-up per key, and
// no list grows.
type indexer struct {
	x        *Source
	entries  stemBuilder      // stem or role key -> its entry, while the statements are added
	counts   []uint32         // entry -> the sentences that hold it
	last     []int32          // entry -> the last sentence that holds it
	seq      []int32          // the entries of each sentence, one after another
	ends     []int            // sentence -> end of its entries in seq
	names    map[string]int32 // name key -> its entry in nameKeys and heads
	nameKeys []string         // the name keys, in order
	heads    []nameWords      // name entry -> its stems, as a chain in stems
	stems    []nameStem       // the stems of all name keys, chained
}

// newIndexer returns an indexer for a source of about the given numbers
// of statements and tokens (they size its arrays).
func newIndexer(opts Options, statements, tokens int) *indexer {
	if opts.MaxSentences <= 0 {
		opts.MaxSentences = 3
	}
	// An article of news has about one distinct stem in 3.5 tokens (the
	// 363 sources of ../shared/bench: 151 in 528), and half its tokens are
	// content words; a long text has fewer stems, so the guess stops at
	// 1024 rather than hold room it will not use.
	stems := min(tokens/3, 1024)
	ix := indexers.Get().(*indexer)
	ix.x = &Source{opts: opts, pool: &sync.Pool{}}
	ix.entries.reset(stems)
	ix.counts = reuse(ix.counts, stems)
	ix.last = reuse(ix.last, stems)
	ix.seq = reuse(ix.seq, tokens/2)
	ix.ends = reuse(ix.ends, statements)
	if ix.names == nil {
		// Room for a distinct name key in 16 tokens (a guess, bounded)
		// saves growing the map from empty as most sources' keys come.
		ix.names = make(map[string]int32, min(tokens/16, 256))
	}
	ix.nameKeys, ix.heads, ix.stems = ix.nameKeys[:0], ix.heads[:0], ix.stems[:0]
	return ix
}

// indexers is the pool of indexers: a batch prepares a source for each of
// many small texts, and the arrays and map of their indexers, which
// finish lets go, were a tenth of Batch/sources' bytes (issue 13). An
// indexer whose arrays outgrew maxPooledSeq goes back to no pool, so that
// a long source's does not stay behind it.
var indexers = sync.Pool{New: func() any { return new(indexer) }}

// maxPooledSeq bounds the seq of an indexer kept in the pool (an article
// of news has a few thousand).
const maxPooledSeq = 1 << 16

// reuse returns s emptied, with room for n: its own array when that has
// the room.
func reuse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// release empties ix, which holds no key and no Source after, and puts it
// back in the pool when its arrays are small.
func (ix *indexer) release() {
	big := cap(ix.seq) > maxPooledSeq || len(ix.names) > maxPooledKeys || cap(ix.counts) > maxPooledKeys
	ix.x = nil
	clear(ix.names)
	clear(ix.nameKeys)
	ix.entries.release()
	if !big {
		indexers.Put(ix)
	}
}

// add indexes the next statement, c: the roles of its numbers, its
// content stems and the name keys of its capitalised words.
func (ix *indexer) add(c *claims.Statement) {
	i := int32(len(ix.ends))
	for _, n := range c.Numbers() {
		if n.Unit != "" {
			ix.post(roleKey(n.Unit), i)
		}
	}
	for j := range c.Tokens {
		t := &c.Tokens[j]
		if !t.Content() {
			continue
		}
		e := ix.post(t.Stem(), i)
		if t.Cap() && t.Kind == claims.WordToken {
			ix.name(t.NameKey(), e, len(t.Lower()) >= 3)
		}
	}
	ix.ends = append(ix.ends, len(ix.seq))
}

// post notes that sentence i holds key.
// It returns the key's number (the indexer numbers the keys in the order
// it meets them; the stem table gives each its entry in finish).
func (ix *indexer) post(key string, i int32) int32 {
	e, added := ix.entries.entry(key)
	if added {
		ix.counts = append(ix.counts, 0)
		ix.last = append(ix.last, -1)
	}
	if ix.last[e] != i {
		ix.last[e] = i
		ix.counts[e]++
		ix.seq = append(ix.seq, e)
	}
	return e
}

// nameWords is what an indexer notes of a name key: its stems, a chain of
// ix.stems from first to last (each once, in the order met), how many,
// and whether a word of the key has three letters or more. A chain in one
// shared array holds the one stem most keys have without a list of its
// own for each.
type nameWords struct {
	first, last int32
	n           int32
	long        bool
}

// A nameStem is a stem of a name key, by the indexer's number, and the
// next of its key's, or -1.
type nameStem struct {
	stem int32
	next int32
}

// name notes a capitalised word's stem, by the indexer's number, under
// its name key, and whether the word has three letters or more.
func (ix *indexer) name(key string, stem int32, long bool) {
	e, ok := ix.names[key]
	if !ok {
		e = int32(len(ix.nameKeys))
		ix.names[key] = e
		ix.nameKeys = append(ix.nameKeys, key)
		ix.heads = append(ix.heads, nameWords{first: -1, last: -1})
	}
	v := &ix.heads[e]
	v.long = v.long || long
	for s := v.first; s >= 0; s = ix.stems[s].next {
		if ix.stems[s].stem == stem {
			return
		}
	}
	s := int32(len(ix.stems))
	ix.stems = append(ix.stems, nameStem{stem, -1})
	if v.last >= 0 {
		ix.stems[v.last].next = s
	} else {
		v.first = s
	}
	v.last = s
	v.n++
}

// finish lays out the indexes of the statements added and returns the
// Source, whose statements the caller sets.
func (ix *indexer) finish() *Source {
	x, n := ix.x, len(ix.ends)
	x.n = n
	// The indexer numbered the keys as it met them; the table gives
	// each its entry, at[number].
	keys, slots := ix.entries.keys, ix.entries.slots
	stems, at := ix.entries.table()
	ix.entries.keys, ix.entries.slots = keys, slots // for release
	x.stems = stems
	x.indexNames(ix.nameKeys, ix.heads, ix.stems, at)
	x.fillPostings(ix.seq, ix.ends, ix.counts, ix.last[:len(ix.counts)], at)
	for df := range x.idfs {
		x.idfs[df] = idf(float64(n), float64(df))
	}
	x.maxW = x.idfs[0]
	x.indexDense(n)
	ix.release()
	return x
}

// fillPostings lays the postings out, each entry's sentences in order
// from its offset: seq holds the keys of each sentence, by the indexer's
// numbers, one after another, sentence i's ending at ends[i], counts the
// sentences of each key and at its entry. fill, one per key, is scratch
// room it overwrites: key -> where its next sentence goes.
func (x *Source) fillPostings(seq []int32, ends []int, counts []uint32, fill, at []int32) {
	m := x.stems.len()
	x.offs = make([]uint32, m+1)
	for k, n := range counts {
		x.offs[at[k]+1] = n
	}
	for e := range m {
		x.offs[e+1] += x.offs[e]
	}
	for k := range counts {
		fill[k] = int32(x.offs[at[k]])
	}
	if len(ends) <= maxShort {
		x.short = make([]uint16, x.offs[m])
		fillIn(x.short, seq, ends, fill)
		return
	}
	x.postings = make([]int32, x.offs[m])
	fillIn(x.postings, seq, ends, fill)
}

// maxShort is the most sentences whose postings a Source keeps in 16 bits
// (Source.short); a variable so that a test can try the other way.
var maxShort = 1 << 16

// A sentenceNum is a sentence's number in a posting list: 16 bits in
// Source.short, 32 in Source.postings.
type sentenceNum interface{ ~uint16 | ~int32 }

// fillIn lays the postings out in dst, as fillPostings says.
func fillIn[P sentenceNum](dst []P, seq []int32, ends []int, fill []int32) {
	from := 0
	for i, end := range ends {
		for _, e := range seq[from:end] {
			dst[fill[e]] = P(i)
			fill[e]++
		}
		from = end
	}
}

// indexDense keeps as bit sets over the source's sentences the postings
// of the entries common enough (see Source.dense).
func (x *Source) indexDense(sentences int) {
	for e := range len(x.offs) - 1 {
		n := x.df(int32(e))
		if n <= maxPostings || 32*n <= sentences {
			continue
		}
		if x.dense == nil {
			x.dense = map[int32][]uint64{}
		}
		set := make([]uint64, (sentences+63)/64)
		x.eachPosting(int32(e), func(si int32) bool {
			set[si>>6] |= 1 << (si & 63)
			return true
		})
		x.dense[int32(e)] = set
	}
}

// denseOf returns the sentences that hold entry e as a bit set, or nil
// when the Source keeps none for it (see Source.dense).
func (x *Source) denseOf(e int32) []uint64 {
	if x.dense == nil || e < 0 {
		return nil
	}
	return x.dense[e]
}

// indexNames keeps the stems of each name key (see Source.names), the
// keys in the order given: heads[e] is key e's chain of stems in stems,
// each stem by the indexer's number, whose entry is at[number].
func (x *Source) indexNames(keys []string, heads []nameWords, stems []nameStem, at []int32) {
	x.names = keytable.Of(func(add func(string, nameRef)) {
		for e, k := range keys {
			v := heads[e]
			if k == "" {
				for s := v.first; s >= 0; s = stems[s].next {
					x.unkeyed = append(x.unkeyed, at[stems[s].stem])
				}
				continue
			}
			var r nameRef
			if first := at[stems[v.first].stem]; v.n == 1 && first < manyStems {
				r = nameRef(first)
			} else {
				r = manyStems | nameRef(len(x.nameSpans))
				sp := span{uint32(len(x.nameStems)), uint32(v.n)}
				for s := v.first; s >= 0; s = stems[s].next {
					x.nameStems = append(x.nameStems, at[stems[s].stem])
				}
				x.nameSpans = append(x.nameSpans, sp)
			}
			if v.long {
				r |= longName
			}
			add(k, r)
		}
	})
	x.nameSpans, x.nameStems, x.unkeyed = slices.Clip(x.nameSpans), slices.Clip(x.nameStems), slices.Clip(x.unkeyed)
}

// appendStems appends to dst the entries of the stems of the name key
// whose nameRef is r.
func (x *Source) appendStems(dst []int32, r nameRef) []int32 {
	if r&manyStems == 0 {
		return append(dst, int32(r&^longName))
	}
	sp := x.nameSpans[r&^(longName|manyStems)]
	return append(dst, x.nameStems[sp.off:sp.off+sp.n]...)
}

// HasNameWord reports whether a capitalised content word of the source,
// of three letters or more, has a name key that lex.SameNameKey matches
// with key: a look-up or two of the index of names that the source has
// once prepared, which answers most questions of a claim's names about
// the source's words before the keys of all its words are gathered.
func (x *Source) HasNameWord(key string) bool {
	if r, ok := x.names.Lookup(key); ok && r&longName != 0 {
		return true
	}
	found := false
	x.names.Similar(key, func(_ string, r nameRef) bool {
		found = r&longName != 0
		return !found
	})
	return found
}

// HasNameKey is HasNameWord for the key itself, no variant of it: an
// exact look-up, for a caller that will look for a word written just so.
func (x *Source) HasNameKey(key string) bool {
	r, ok := x.names.Lookup(key)
	return ok && r&longName != 0
}

// entryOf returns the entry of a stem (or role key) and its weight, or -1
// and the highest weight when the source lacks it.
func (x *Source) entryOf(key string) (int32, float64) {
	if e, ok := x.stems.get(key); ok {
		return e, x.weightAt(e)
	}
	return -1, x.maxW
}

// postingsIn returns the postings of entry e in all, the source's
// postings or short (see Source.stems), none for -1.
func postingsIn[P sentenceNum](all []P, offs []uint32, e int32) []P {
	if e < 0 {
		return nil
	}
	return all[offs[e]:offs[e+1]:offs[e+1]]
}

// df returns how many sentences hold entry e, none for -1.
func (x *Source) df(e int32) int {
	if e < 0 {
		return 0
	}
	return int(x.offs[e+1] - x.offs[e])
}

// eachPosting calls f with each sentence that holds entry e, ascending,
// until f returns false.
func (x *Source) eachPosting(e int32, f func(si int32) bool) {
	if x.short != nil {
		for _, si := range postingsIn(x.short, x.offs, e) {
			if !f(int32(si)) {
				return
			}
		}
		return
	}
	for _, si := range postingsIn(x.postings, x.offs, e) {
		if !f(si) {
			return
		}
	}
}

// weightAt returns the rarity weight of entry e.
func (x *Source) weightAt(e int32) float64 {
	if df := x.offs[e+1] - x.offs[e]; df < uint32(len(x.idfs)) {
		return x.idfs[df]
	}
	return idf(float64(x.Len()), float64(x.offs[e+1]-x.offs[e]))
}

// idf is a smoothed inverse document frequency, never below 0.1 so that a
// word every sentence holds still counts a little.
func idf(n, df float64) float64 {
	return math.Max(0.1, math.Log((n+1)/(df+0.5)))
}

// roleKey is the posting key of numbers with a unit: it cannot collide
// with a stem, which never holds a NUL byte.
func roleKey(unit string) string { return "\x00" + unit }

// Doc returns the source document the Source was prepared from; nil for
// one prepared from an Outline (PrepareOutline), which holds no Document:
// read its statements with Statement.
func (x *Source) Doc() *claims.Document { return x.doc }

// Len returns the number of the source's statements.
func (x *Source) Len() int { return x.n }

// Statement returns statement i of the source (0 <= i < Len()), which
// must not be changed. Rules read the source's statements through it, not
// through Doc, so that the statements need not all be held at once: the
// statement of a Source prepared from an Outline stays valid as long as it
// is referenced, however many windows are parsed after it.
func (x *Source) Statement(i int) *claims.Statement {
	if x.lean != nil {
		return x.lean.statement(i)
	}
	return &x.doc.Statements[i]
}

// Text returns the source text.
func (x *Source) Text() string {
	if x.lean != nil {
		return x.lean.o.Text()
	}
	return x.doc.Text
}

// Weight returns the rarity weight of a stem in the source; a stem the
// source never uses gets the highest weight.
func (x *Source) Weight(stem string) float64 {
	_, w := x.entryOf(stem)
	return w
}

// appendVariants appends to dst the entries of the source stems that are
// name variants of a claim word, ordered by their stems.
func (x *Source) appendVariants(dst []int32, t *claims.Token) []int32 {
	if !t.Cap() || t.Kind != claims.WordToken {
		return dst
	}
	k := t.NameKey()
	if k == "" {
		return append(dst, x.unkeyed...)
	}
	if r, ok := x.names.Lookup(k); ok {
		return x.appendStems(dst, r)
	}
	from := len(dst)
	x.names.Similar(k, func(_ string, r nameRef) bool {
		dst = x.appendStems(dst, r)
		return true
	})
	// The variants of several keys, in one order: their stems'.
	slices.SortFunc(dst[from:], func(a, b int32) int { return strings.Compare(x.stems.key(uint32(a)), x.stems.key(uint32(b))) })
	return dst
}

// SentencesWith calls f with each source sentence, in order, that holds a
// content word with this stem, until f returns false. A stem in more than
// maxPostings sentences names none in particular and calls f for none.
func (x *Source) SentencesWith(stem string, f func(sentence int) bool) {
	e, ok := x.stems.get(stem)
	if !ok || x.df(e) > maxPostings {
		return
	}
	x.eachPosting(e, func(si int32) bool { return f(int(si)) })
}

// maxPostings bounds the sentences a word may propose as candidates: a word
// in thousands of sentences of a long source weighs next to nothing and
// would make every claim cost as much as the source is long. Align counts
// such a word only in the sentences the claim's rarer words propose (see
// Source.candidates). News articles never come near it.
const maxPostings = 1000

// Build builds now what the source would otherwise build on first use,
// for a source kept to answer many claims whose first ones must not wait.
// A Source builds all its indexes when prepared, so Build does nothing;
// it is safe to call more than once and concurrently with alignment.
func (x *Source) Build() {}
