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
	doc      *claims.Document
	opts     Options
	postings map[string][]int32  // stem -> sentences holding it, ascending
	weight   map[string]float64  // stem -> rarity weight
	names    map[string][]string // name key of a capitalised word -> its stems
	// nameKeys holds the keys of names, so that a variant's is found
	// without scanning a long source whole for every name of a claim.
	nameKeys lex.KeyIndex[struct{}]
	maxW     float64
	pool     *sync.Pool // of *scratch, sized for doc
}

// Prepare indexes a parsed source document for alignment.
func Prepare(doc *claims.Document, opts Options) *Source {
	if opts.MaxSentences <= 0 {
		opts.MaxSentences = 3
	}
	x := &Source{doc: doc, opts: opts, postings: map[string][]int32{}, names: map[string][]string{}, pool: &sync.Pool{}}
	for i := range doc.Statements {
		x.add(int32(i), &doc.Statements[i])
	}
	for k := range x.names {
		x.nameKeys.Add(k, struct{}{})
	}
	n := float64(len(doc.Statements))
	x.weight = make(map[string]float64, len(x.postings))
	for s, p := range x.postings {
		x.weight[s] = idf(n, float64(len(p)))
	}
	x.maxW = idf(n, 0)
	return x
}

// add indexes sentence i, c: the roles of its numbers, its content stems
// and the name keys of its capitalised words.
func (x *Source) add(i int32, c *claims.Statement) {
	for _, n := range c.Numbers {
		if n.Unit != "" {
			x.post(roleKey(n.Unit), i)
		}
	}
	for j := range c.Tokens {
		t := &c.Tokens[j]
		if !t.Content() {
			continue
		}
		x.post(t.Stem(), i)
		if t.Cap && t.Kind == claims.WordToken {
			k := t.NameKey()
			if !slices.Contains(x.names[k], t.Stem()) {
				x.names[k] = append(x.names[k], t.Stem())
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
// would make every claim cost as much as the source is long. Align counts
// such a word only in the sentences the claim's rarer words propose (see
// Source.candidates). News articles never come near it.
const maxPostings = 1000
