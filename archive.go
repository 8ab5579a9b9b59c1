package claimcheck

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// An ArticleID names an article of an Archive.
type ArticleID string

// A Retriever finds the articles of an archive that may bear on a claim: the
// in-memory TermIndex by default, or an adapter to a search engine or a
// database where a newsroom's archive already lives. Its methods must be
// safe for concurrent use.
type Retriever interface {
	// Add is called once for each article the archive adds, after it is
	// ready to be checked against. An adapter to an engine that already
	// holds the article can do nothing.
	Add(id ArticleID, text string)
	// Candidates returns at most k articles that may bear on the claim,
	// the most likely first. Articles the archive does not hold are
	// skipped.
	Candidates(claim string, k int) []ArticleID
}

// ArchiveOptions configure an Archive. The zero value gives the defaults.
type ArchiveOptions struct {
	// Candidates is how many articles each claim is checked against, the
	// best the Retriever finds. 0 means 5.
	Candidates int
	// Retriever finds the candidate articles. nil means a new TermIndex.
	Retriever Retriever
}

// An Archive is a growing set of articles that claims are checked against:
// each claim against the few articles that its Retriever finds for it, so
// that a claim costs the same in an archive of any size. Articles are added
// one at a time and keep their ids, which evidence names. An Archive is
// safe for concurrent use: adds and checks may run at once.
type Archive struct {
	c         *Checker
	k         int
	retriever Retriever

	mu       sync.RWMutex
	articles map[ArticleID]*Source
}

// NewArchive returns an empty archive whose articles are prepared, and
// claims checked, with c's options.
func (c *Checker) NewArchive(opts ArchiveOptions) (*Archive, error) {
	if c == nil {
		return nil, errNilChecker
	}
	if opts.Candidates < 0 || opts.Candidates > 1000 {
		return nil, &OptionError{Field: "Candidates", Value: opts.Candidates, Want: "0 (the default, 5) to 1000"}
	}
	a := &Archive{c: c, k: cmp.Or(opts.Candidates, 5), retriever: opts.Retriever, articles: map[ArticleID]*Source{}}
	if a.retriever == nil {
		a.retriever = NewTermIndex()
	}
	return a, nil
}

var errNilArchive = &UsageError{Problem: "nil or zero *Archive: make one with Checker.NewArchive"}

// Add prepares an article and adds it under its id, which must be new.
func (a *Archive) Add(id ArticleID, text string) error {
	if a == nil || a.c == nil {
		return errNilArchive
	}
	if id == "" {
		return &UsageError{Problem: "an article needs an id"}
	}
	a.mu.RLock()
	_, dup := a.articles[id]
	a.mu.RUnlock()
	if dup {
		return &UsageError{Problem: fmt.Sprintf("article %q is already in the archive", id)}
	}
	s, err := a.c.NewSource(string(id), text)
	if err != nil {
		return err
	}
	// An article answers many claims: its indexes are built now, so that
	// no claim waits for them.
	s.own.Build()
	a.mu.Lock()
	if _, dup := a.articles[id]; dup {
		a.mu.Unlock()
		return &UsageError{Problem: fmt.Sprintf("article %q is already in the archive", id)}
	}
	a.articles[id] = s
	a.mu.Unlock()
	a.retriever.Add(id, text)
	return nil
}

// Len returns the number of articles in the archive.
func (a *Archive) Len() int {
	if a == nil {
		return 0
	}
	a.mu.RLock()
	defer a.mu.RUnlock()
	return len(a.articles)
}

// Check checks a claim, or a whole text, against the archive: each claim
// against the articles the Retriever finds for it, taking its verdict from
// one of them as CheckSources does (the best score, unless an article
// aligned as strongly contradicts a claim that is unsupported: see the
// README, "Several sources at once"). Evidence names the article by its id and
// gives offsets into it; Sources lists the articles that were candidates,
// in the order claims first met them. A claim for which no article is
// found is unsupported, with no evidence.
func (a *Archive) Check(text string) (*Report, error) {
	return a.CheckContext(context.Background(), text)
}

// CheckContext is Check that stops when ctx is done, between one claim and
// the next, and returns ctx.Err(). A nil ctx means context.Background().
func (a *Archive) CheckContext(ctx context.Context, text string) (*Report, error) {
	if a == nil || a.c == nil {
		return nil, errNilArchive
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, err := a.c.parse("derived", text)
	if err != nil {
		return nil, err
	}
	r := &Report{Sources: []string{}}
	seen := map[*Source]bool{}
	var srcs []*Source
	return a.c.judge(ctx, doc, r, true, func(st *claims.Statement) []*Source {
		ids := a.retriever.Candidates(st.Text(), a.k)
		srcs = srcs[:0]
		a.mu.RLock()
		for _, id := range ids {
			if s := a.articles[id]; s != nil && !slices.Contains(srcs, s) && len(srcs) < a.k {
				srcs = append(srcs, s)
			}
		}
		a.mu.RUnlock()
		for _, s := range srcs {
			if !seen[s] {
				seen[s] = true
				r.Sources = append(r.Sources, s.name)
			}
		}
		return srcs
	})
}

// A TermIndex is the default Retriever: an inverted index in memory from
// the words of each article (lower case, stemmed, without function words)
// to the articles that hold them, with counts. Candidates ranks articles by
// BM25 over the claim's rarest words only, so that a claim reads a few
// short posting lists whatever the size of the archive. It is safe for
// concurrent use.
type TermIndex struct {
	mu       sync.RWMutex
	terms    map[string]int32 // word -> its number
	postings [][]posting      // word number -> the articles that hold it, in the order added
	ids      []ArticleID      // article number -> id
	lengths  []int32          // article number -> number of words
	total    int64            // words in all articles
}

type posting struct {
	article int32
	count   int32
}

// A hit is an article that a claim's words found, and its score.
type hit struct {
	article int32
	score   float64
}

// gallop returns the index of the first posting of ps for an article at or
// after a: by doubling steps from the start, then a binary search, so that
// looking up ascending articles one after another costs the logarithm of
// the distance between them, not of the list.
func gallop(ps []posting, a int32) int {
	hi := 1
	for hi < len(ps) && ps[hi-1].article < a {
		hi *= 2
	}
	lo := hi / 2
	hi = min(hi, len(ps))
	return lo + sort.Search(hi-lo, func(i int) bool { return ps[lo+i].article >= a })
}

// The ranking's bounds: how many of a claim's words count, rarest first,
// and how many postings are read whole at most once the first is read (the
// other words are looked up for the articles those found).
const (
	maxQueryTerms = 8
	maxPostings   = 1000
)

// NewTermIndex returns an empty index.
func NewTermIndex() *TermIndex {
	return &TermIndex{terms: map[string]int32{}}
}

// terms calls f with the index terms of a text: its words and numbers, lower
// case and stemmed, without function words and single letters.
func indexTerms(text string, f func(term string)) {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j, alpha := i, true
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			alpha = alpha && unicode.IsLetter(r)
			j += size
		}
		w := lex.Lower(text[i:j])
		i = j
		if len(w) < 2 || lex.IsStop(w) {
			continue
		}
		if alpha {
			w = lex.Stem(w)
		}
		f(w)
	}
}

// Add indexes an article's words under its id.
func (x *TermIndex) Add(id ArticleID, text string) {
	counts := map[string]int32{}
	var n int32
	indexTerms(text, func(t string) {
		counts[t]++
		n++
	})
	x.mu.Lock()
	defer x.mu.Unlock()
	art := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.lengths = append(x.lengths, n)
	x.total += int64(n)
	// In sorted order, so that the numbering of new words is the same
	// from run to run.
	keys := make([]string, 0, len(counts))
	for t := range counts {
		keys = append(keys, t)
	}
	slices.Sort(keys)
	for _, t := range keys {
		tid, ok := x.terms[t]
		if !ok {
			tid = int32(len(x.postings))
			x.terms[t] = tid
			x.postings = append(x.postings, nil)
		}
		x.postings[tid] = append(x.postings[tid], posting{art, counts[t]})
	}
}

// Candidates returns at most k articles that share the claim's rarest
// words, best first by BM25 (ties to the article added first).
func (x *TermIndex) Candidates(claim string, k int) []ArticleID {
	if k <= 0 {
		return nil
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	q := x.query(claim)
	if len(q) == 0 {
		return nil
	}
	weight := x.bm25()
	// The rarest words find the articles: their postings are read whole,
	// as long as there are few of them, and merged in article order. The
	// commoner words only add to the scores of those articles, looked up
	// in their postings (which are in the order articles were added) by a
	// search that starts where the last one ended. Each article's score
	// adds its words' weights in the order of q, whatever the path.
	var hits, merged []hit
	read, i := 0, 0
	for ; i < len(q) && i < maxQueryTerms; i++ {
		ps := x.postings[q[i]]
		if i > 0 && read+len(ps) > maxPostings {
			break
		}
		read += len(ps)
		merged = merged[:0]
		j := 0
		for _, p := range ps {
			for ; j < len(hits) && hits[j].article < p.article; j++ {
				merged = append(merged, hits[j])
			}
			if j < len(hits) && hits[j].article == p.article {
				merged = append(merged, hit{p.article, hits[j].score + weight(q[i], p)})
				j++
			} else {
				merged = append(merged, hit{p.article, weight(q[i], p)})
			}
		}
		merged = append(merged, hits[j:]...)
		hits, merged = merged, hits
	}
	for ; i < len(q) && i < maxQueryTerms; i++ {
		ps := x.postings[q[i]]
		from := 0
		for h := range hits {
			j := from + gallop(ps[from:], hits[h].article)
			if j < len(ps) && ps[j].article == hits[h].article {
				hits[h].score += weight(q[i], ps[j])
			}
			from = j
		}
	}
	top := topHits(hits, k)
	out := make([]ArticleID, len(top))
	for i, h := range top {
		out[i] = x.ids[h.article]
	}
	return out
}

// query returns the terms of the claim that the index holds, each once,
// rarest first (ties to the term indexed first). The caller holds x.mu.
func (x *TermIndex) query(claim string) []int32 {
	var q []int32
	indexTerms(claim, func(t string) {
		if tid, ok := x.terms[t]; ok && !slices.Contains(q, tid) {
			q = append(q, tid)
		}
	})
	slices.SortFunc(q, func(a, b int32) int {
		return cmp.Or(cmp.Compare(len(x.postings[a]), len(x.postings[b])), cmp.Compare(a, b))
	})
	return q
}

// bm25 returns the BM25 weight (k1 1.2, b 0.75) of a posting of term tid
// as the index stands. The caller holds x.mu.
func (x *TermIndex) bm25() func(tid int32, p posting) float64 {
	n := float64(len(x.ids))
	avg := float64(x.total) / n
	const k1, b = 1.2, 0.75
	return func(tid int32, p posting) float64 {
		df := float64(len(x.postings[tid]))
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		tf := float64(p.count)
		return idf * tf * (k1 + 1) / (tf + k1*(1-b+b*float64(x.lengths[p.article])/avg))
	}
}

// topHits returns the best k hits, best first by score, ties to the
// article added first; kept in order by insertion, for k is small.
func topHits(hits []hit, k int) []hit {
	before := func(p, q hit) bool { return p.score > q.score || p.score == q.score && p.article < q.article }
	top := make([]hit, 0, min(k, len(hits)))
	for _, h := range hits {
		if len(top) == k && !before(h, top[k-1]) {
			continue
		}
		if len(top) < k {
			top = append(top, h)
		} else {
			top[k-1] = h
		}
		for i := len(top) - 1; i > 0 && before(top[i], top[i-1]); i-- {
			top[i], top[i-1] = top[i-1], top[i]
		}
	}
	return top
}
