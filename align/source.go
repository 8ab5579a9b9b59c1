package align

import (
	"math"
	"slices"
	"sort"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// A Source is a source text prepared for alignment: its sentences indexed
// by stem, by name and by word, with each stem's rarity weight. Besides
// aligning claims with it (Align), it answers what a checker asks of the
// whole source without reading it through: whether it mentions a word
// (MentionsWord), which names have a word (NamesWithWord), which sentences
// hold a stem (SentencesWith), whether it names a place inside another
// (NamesPlaceInside). It is immutable once prepared and safe for
// concurrent use by many goroutines.
type Source struct {
	doc      *claims.Document
	opts     Options
	postings map[string][]int32 // stem -> sentences holding it, ascending
	weight   map[string]float64 // stem -> rarity weight
	names    map[string][]string
	// nameBuckets holds the name keys by first byte and length: the only
	// keys a variant can have (see lex.SameNameKey), so that a long source
	// is not scanned whole for every name of a claim.
	nameBuckets map[nameBucket][]string
	// wordKeys holds the name keys of all the source's words (not function
	// words, three letters or more) and entityWords the source's names by
	// the keys of their words, both by bucket: what score asks of the whole
	// source, answered without reading it all.
	wordKeys    map[nameBucket][]string
	entityWords map[nameBucket][]entityWord
	// hasWordKey holds the same keys as wordKeys, for the exact match that
	// answers most questions without comparing spellings.
	hasWordKey map[string]bool
	maxW       float64
	// places holds the places that the places the source names lie in.
	places lexicon.Places
}

// Prepare indexes a parsed source document for alignment.
func Prepare(doc *claims.Document, opts Options) *Source {
	if opts.MaxSentences <= 0 {
		opts.MaxSentences = 3
	}
	x := &Source{doc: doc, opts: opts, postings: map[string][]int32{}, names: map[string][]string{},
		wordKeys: map[nameBucket][]string{}, entityWords: map[nameBucket][]entityWord{}, hasWordKey: map[string]bool{}}
	var names []string
	for i := range doc.Statements {
		x.add(int32(i), &doc.Statements[i])
		for _, e := range doc.Statements[i].Entities {
			names = append(names, e.Text)
		}
	}
	x.nameBuckets = make(map[nameBucket][]string)
	for k := range x.names {
		if k != "" {
			b := nameBucket{k[0], len(k)}
			x.nameBuckets[b] = append(x.nameBuckets[b], k)
		}
	}
	n := float64(len(doc.Statements))
	x.weight = make(map[string]float64, len(x.postings))
	for s, p := range x.postings {
		x.weight[s] = idf(n, float64(len(p)))
	}
	x.maxW = idf(n, 0)
	x.places = lexicon.Around(names)
	return x
}

// add indexes sentence i, c: the roles of its numbers, its content stems,
// the name keys of its capitalised words and of all its words, and the
// words of its names.
func (x *Source) add(i int32, c *claims.Statement) {
	for _, n := range c.Numbers {
		if n.Unit != "" {
			x.post(roleKey(n.Unit), i)
		}
	}
	for j := range c.Tokens {
		t := &c.Tokens[j]
		if t.Kind == claims.WordToken && !t.Stop && len(t.Lower) >= 3 {
			if key := t.NameKey(); key != "" && !x.hasWordKey[key] {
				x.hasWordKey[key] = true
				b := nameBucket{key[0], len(key)}
				x.wordKeys[b] = append(x.wordKeys[b], key)
			}
		}
		if !t.Content() {
			continue
		}
		x.post(t.Stem, i)
		if t.Cap && t.Kind == claims.WordToken {
			k := t.NameKey()
			if !slices.Contains(x.names[k], t.Stem) {
				x.names[k] = append(x.names[k], t.Stem)
			}
		}
	}
	for k := range c.Entities {
		for _, w := range c.Entities[k].Words {
			if w != "" {
				b := nameBucket{w[0], len(w)}
				x.entityWords[b] = append(x.entityWords[b], entityWord{w, i, int32(k)})
			}
		}
	}
}

// post adds sentence i to the postings of key, once.
func (x *Source) post(key string, i int32) {
	if p := x.postings[key]; len(p) == 0 || p[len(p)-1] != i {
		x.postings[key] = append(p, i)
	}
}

// NamesPlaceInside reports whether the source names a place that lies in
// the place named outer ("Lyon" for "France"), by the lexicon's places.
func (x *Source) NamesPlaceInside(outer string) bool { return x.places.Has(outer) }

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
	if w, ok := x.weight[stem]; ok {
		return w
	}
	return x.maxW
}

// variants returns the source stems that are name variants of a claim word.
func (x *Source) variants(t *claims.Token) []string {
	if !t.Cap || t.Kind != claims.WordToken {
		return nil
	}
	k := t.NameKey()
	if v, ok := x.names[k]; ok {
		return v
	}
	var out []string
	similarKeys(x.nameBuckets, k, func(key *string) string { return *key }, func(key *string) bool {
		out = append(out, x.names[*key]...)
		return true
	})
	sort.Strings(out) // map order must not leak into results
	return out
}

// An entityWord is a word of a source name: its key, and where the name is.
type entityWord struct {
	key              string
	sentence, entity int32
}

// similarKeys calls f with each key of buckets that lex.SameNameKey
// matches with key, until f returns false.
func similarKeys[T any](buckets map[nameBucket][]T, key string, keyOf func(*T) string, f func(*T) bool) {
	if key == "" {
		return
	}
	for l := len(key) - 2; l <= len(key)+2; l++ {
		b := buckets[nameBucket{key[0], l}]
		for i := range b {
			if lex.SameNameKey(key, keyOf(&b[i])) && !f(&b[i]) {
				return
			}
		}
	}
}

// MentionsWord reports whether a word of the source (not a function word,
// three letters or more) has a name key that lex.SameNameKey matches with
// key.
func (x *Source) MentionsWord(key string) bool {
	if x.hasWordKey[key] {
		return true
	}
	found := false
	similarKeys(x.wordKeys, key, func(k *string) string { return *k }, func(*string) bool {
		found = true
		return false
	})
	return found
}

// NamesWithWord calls f with the sentence and entity index of each source
// name that has a word whose key lex.SameNameKey matches with key, until f
// returns false. A name may come more than once.
func (x *Source) NamesWithWord(key string, f func(sentence, entity int) bool) {
	similarKeys(x.entityWords, key, func(w *entityWord) string { return w.key }, func(w *entityWord) bool {
		return f(int(w.sentence), int(w.entity))
	})
}

// A nameBucket groups name keys by first byte and length.
type nameBucket struct {
	first byte
	n     int
}

// SentencesWith calls f with each source sentence, in order, that holds a
// content word with this stem, until f returns false. A stem in more than
// maxPostings sentences names none in particular and calls f for none.
func (x *Source) SentencesWith(stem string, f func(sentence int) bool) {
	p := x.postings[stem]
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
// would make every claim cost as much as the source is long. News
// articles never come near it.
const maxPostings = 1000
