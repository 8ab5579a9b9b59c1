package claimcheck

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestCandidatesMerge checks the merged, galloping look-ups of
// TermIndex.Candidates against scores kept in a map and postings searched
// whole for each article, on an index whose commonest words are in
// thousands of articles, so that both the postings read whole and those
// looked up are exercised.
func TestCandidatesMerge(t *testing.T) {
	state := uint32(3)
	next := func(n int) int {
		state = state*1664525 + 1013904223
		return int(state>>8) % n
	}
	word := func(n int) string { return fmt.Sprintf("w%dx", next(n)) }
	x := NewTermIndex()
	for a := range 4000 {
		var b strings.Builder
		for range 30 {
			// A few very common words, many rarer ones, some rare.
			switch next(3) {
			case 0:
				b.WriteString(word(8))
			case 1:
				b.WriteString(word(300))
			default:
				b.WriteString(word(20000))
			}
			b.WriteByte(' ')
		}
		x.Add(ArticleID(fmt.Sprint(a)), b.String())
	}
	differ := 0
	for c := range 400 {
		var b strings.Builder
		for range 2 + c%9 {
			b.WriteString(word([]int{8, 300, 20000}[next(3)]) + " ")
		}
		claim := b.String()
		for _, k := range []int{1, 5, 40} {
			got, want := x.Candidates(claim, k), x.candidatesByMap(claim, k)
			if !slices.Equal(got, want) {
				t.Errorf("Candidates(%q, %d) = %v, by map %v", claim, k, got, want)
			}
			if len(want) > 0 && len(want) < k {
				differ++
			}
		}
	}
	if differ == 0 {
		t.Error("every claim found k articles or none: the test does not reach short lists")
	}
}

// candidatesByMap is the plain form of Candidates that the test checks it
// against: scores in a map, each commoner word's postings searched whole
// for each article.
func (x *TermIndex) candidatesByMap(claim string, k int) []ArticleID {
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
	// as long as there are few of them. The commoner words only add to the
	// scores of those articles, looked up in their postings (which are in
	// the order articles were added) by binary search.
	scores := map[int32]float64{}
	read, i := 0, 0
	for ; i < len(q) && i < maxQueryTerms; i++ {
		ps := x.postings[q[i]]
		if i > 0 && read+len(ps) > maxPostings {
			break
		}
		read += len(ps)
		for _, p := range ps {
			scores[p.article] += weight(q[i], p)
		}
	}
	for ; i < len(q) && i < maxQueryTerms; i++ {
		ps := x.postings[q[i]]
		for a := range scores {
			if j, ok := slices.BinarySearchFunc(ps, a, func(p posting, a int32) int { return cmp.Compare(p.article, a) }); ok {
				scores[a] += weight(q[i], ps[j])
			}
		}
	}
	// The best k, kept in order by insertion: k is small.
	before := func(p, q hit) bool { return p.score > q.score || p.score == q.score && p.article < q.article }
	top := make([]hit, 0, min(k, len(scores)))
	for a, s := range scores {
		h := hit{a, s}
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
	out := make([]ArticleID, len(top))
	for i, h := range top {
		out[i] = x.ids[h.article]
	}
	return out
}
