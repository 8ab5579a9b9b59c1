package score

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// A qword is a word of a quotation or of the source, normalised for
// verbatim comparison: lower case, quote marks and punctuation dropped.
type qword struct {
	norm       string
	start, end int
}

// quoteWords appends the words of text, which starts at byte base of its
// document, to out.
func quoteWords(out []qword, text string, base int) []qword {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
				j += size
				continue
			}
			break
		}
		// A closing quote mark straight after a word ("demolition derby'")
		// is not part of it; a plural possessive loses its mark on both
		// sides alike.
		k := j
		for k > i && (text[k-1] == '\'' || strings.HasSuffix(text[i:k], "’")) {
			if text[k-1] == '\'' {
				k--
			} else {
				k -= len("’")
			}
		}
		w := strings.ReplaceAll(lex.Lower(text[i:k]), "’", "'")
		if n := len(out); n > 0 && splitClitic(text, i, w) {
			// A tokeniser's clitic ("we 're", "do n't") is one word with
			// the word before it, as the source writes it ("we're").
			if w != "n't" {
				w = "'" + w
			}
			out[n-1].norm += w
			out[n-1].end = base + k
		} else {
			out = append(out, qword{norm: w, start: base + i, end: base + k})
		}
		i = j
	}
	return out
}

// splitClitic reports whether the word w starting at byte i of text is a
// contraction that a tokeniser split off the word before it: "n't" after
// a space, or "re", "s", "ve", "ll", "d", "m" after a space and an
// apostrophe.
func splitClitic(text string, i int, w string) bool {
	switch w {
	case "n't":
		return i > 0 && text[i-1] == ' '
	case "re", "s", "ve", "ll", "d", "m":
		return strings.HasSuffix(text[:i], " '") || strings.HasSuffix(text[:i], " ’")
	}
	return false
}

// quotes checks that the words the claim quotes are in the source, in order,
// word for word; when they are not, it shows the closest source wording and
// the word diff.
//
//	QU1: quoted words of which the closest source wording has at least half,
//	     but not verbatim.
//	QU2: quoted words the source has nothing like.
func quotes(v *view, _ *account) outcome {
	var out outcome
	// The words of candidates (see below), in the view's room, which the
	// next claim reuses.
	scratch, held := v.quoteWords[0][:0], v.quoteWords[1][:0]
	dp := &v.quoteLCS
	for _, q := range v.c.Quotes() {
		if q.Depth() > 0 {
			continue
		}
		qw := quoteWords(nil, q.Text, q.Start())
		if len(qw) == 0 {
			continue
		}
		best, bestLCS := []qword(nil), 0
		for _, si := range v.quoteCandidates(&q) {
			s := v.sent(si)
			// The words of a candidate go into whichever of two scratch
			// arrays does not hold the best window so far.
			sw := quoteWords(scratch[:0], s.Text(), s.Start())
			v.quoteUsed = max(v.quoteUsed, len(sw)) // for release
			if containsRun(sw, qw) {
				best = nil
				bestLCS = -1
				break
			}
			if n, win := closestWindow(sw, qw, dp); n > bestLCS {
				best, bestLCS = win, n
				scratch, held = held, sw
			} else {
				scratch = sw
			}
		}
		if bestLCS < 0 || dropsFillers(best, qw) {
			continue // verbatim, or all but a function word or two
		}
		f := Finding{Kind: Quote, Claim: Span{q.Text, q.Start(), q.End()}}
		if len(best) > 0 && bestLCS*2 >= len(qw) {
			text := v.x.Text()
			f.Source = Span{text[best[0].start:best[len(best)-1].end], best[0].start, best[len(best)-1].end}
			f.Explanation = fmt.Sprintf("the source does not have these words verbatim; closest: %q; diff: %s",
				f.Source.Text, wordDiff(best, qw))
			f.Rule, f.Factor = QU1, factors[QU1]
		} else {
			f.Explanation = fmt.Sprintf("the source has nothing like the quoted words %q", q.Text)
			f.Rule, f.Factor = QU2, factors[QU2]
		}
		out.findings = append(out.findings, f)
	}
	v.quoteWords = [2][]qword{scratch, held}
	return out
}

// maxQuoteCandidates is how many source sentences a quotation is compared
// with, word by word: those sharing the most content stems with it.
const maxQuoteCandidates = 5

// quoteCandidates returns the source sentences sharing content stems with
// the quotation, the most first, at most maxQuoteCandidates of them.
func (v *view) quoteCandidates(q *claims.Quote) []int {
	// The quotation's stems, each once: a list, which the words of the
	// candidate sentences are looked up in.
	var stems stemList
	for k := range v.c.Tokens {
		t := &v.c.Tokens[k]
		if t.Start() >= q.Start() && t.End() <= q.End() && t.Kind != claims.PunctToken && !t.Stop() && !stems.has(t.Stem()) {
			stems = append(stems, t.Stem())
		}
	}
	// Only the sentences the index lists for the stems can share one: a
	// long source is not read through once per quotation.
	var sentences []int
	for _, stem := range stems {
		v.x.SentencesWith(stem, func(si int) bool { sentences = append(sentences, si); return true })
	}
	slices.Sort(sentences)
	sentences = slices.Compact(sentences)
	type cand struct{ si, shared int }
	cands := make([]cand, 0, len(sentences))
	for _, si := range sentences {
		shared := 0
		toks := v.sent(si).Tokens
		for k := range toks {
			if stems.has(toks[k].Stem()) {
				shared++
			}
		}
		if shared > 0 {
			cands = append(cands, cand{si, shared})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.shared, a.shared) }) // the most first
	out := make([]int, 0, maxQuoteCandidates)
	for _, c := range cands[:min(len(cands), maxQuoteCandidates)] {
		out = append(out, c.si)
	}
	return out
}

// maxDroppedWords is how many filler words a quotation may leave out of
// the source's wording and still count as verbatim ("I'm afraid there is
// no money" for "I'm afraid that there is no money").
const maxDroppedWords = 2

// dropsFillers reports whether the quotation's words are the
// window's, in order, but for at most maxDroppedWords filler words that
// the quotation leaves out (lex.IsQuoteFiller); it adds none.
func dropsFillers(window, qw []qword) bool {
	if len(window) == 0 || len(window) > len(qw)+maxDroppedWords {
		return false
	}
	k := 0
	for i := range window {
		switch {
		case k < len(qw) && window[i].norm == qw[k].norm:
			k++
		case !lex.IsQuoteFiller(window[i].norm):
			return false
		}
	}
	return k == len(qw)
}

func containsRun(hay, needle []qword) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		k := 0
		for k < len(needle) && hay[i+k].norm == needle[k].norm {
			k++
		}
		if k == len(needle) {
			return true
		}
	}
	return false
}

// closestWindow returns the length of the longest common subsequence of the
// quote's words with the sentence's, and the smallest window of the
// sentence that holds it.
func closestWindow(sw, qw []qword, scratch *lcsScratch) (int, []qword) {
	if len(sw) == 0 {
		return 0, nil
	}
	dp := lcsTable(sw, qw, scratch)
	l := dp[len(sw)][len(qw)]
	if l == 0 {
		return 0, nil
	}
	first, last := lcsEnds(dp, sw, qw)
	first, last = widen(sw, qw, first, last)
	return l, sw[first : last+1]
}

// lcsTable returns the table of the lengths of the longest common
// subsequences of the prefixes of sw and qw.
func lcsTable(sw, qw []qword, scratch *lcsScratch) [][]int {
	n, m := len(sw), len(qw)
	dp := scratch.table(n+1, m+1)
	for i := 1; i <= n; i++ {
		for k := 1; k <= m; k++ {
			switch {
			case sw[i-1].norm == qw[k-1].norm:
				dp[i][k] = dp[i-1][k-1] + 1
			case dp[i-1][k] >= dp[i][k-1]:
				dp[i][k] = dp[i-1][k]
			default:
				dp[i][k] = dp[i][k-1]
			}
		}
	}
	return dp
}

// table returns a table of zeros of n rows and m columns, its rows laid
// one after another in one array.
func table(n, m int) [][]int {
	cells := make([]int, n*m)
	dp := make([][]int, n)
	for i := range dp {
		dp[i] = cells[i*m : (i+1)*m : (i+1)*m]
	}
	return dp
}

// An lcsScratch is room for the tables of lcsTable that one table after
// another reuses: the cells, and the rows over them.
type lcsScratch struct {
	cells []int
	rows  [][]int
}

// table returns a zeroed n by m table in the scratch room, which it
// overwrites.
func (sc *lcsScratch) table(n, m int) [][]int {
	if cap(sc.cells) < n*m {
		sc.cells = make([]int, n*m)
	}
	cells := sc.cells[:n*m]
	clear(cells)
	if cap(sc.rows) < n {
		sc.rows = make([][]int, n)
	}
	dp := sc.rows[:n]
	for i := range dp {
		dp[i] = cells[i*m : (i+1)*m : (i+1)*m]
	}
	return dp
}

// lcsEnds walks the table back to find the first and last sentence words
// in the longest common subsequence.
func lcsEnds(dp [][]int, sw, qw []qword) (first, last int) {
	first, last = -1, -1
	for i, k := len(sw), len(qw); i > 0 && k > 0; {
		switch {
		case sw[i-1].norm == qw[k-1].norm:
			if last < 0 {
				last = i - 1
			}
			first = i - 1
			i--
			k--
		case dp[i-1][k] >= dp[i][k-1]:
			i--
		default:
			k--
		}
	}
	return first, last
}

// widen widens the window [first, last] of the sentence by the quote words
// left over at either end, then past function words, so that "fined or
// jailed" shows against "fined or even sentenced" (not just "fined or")
// and "every hospital" against "every school".
func widen(sw, qw []qword, first, last int) (int, int) {
	n, m := len(sw), len(qw)
	lead, trail := 0, 0
	for k := 0; k < m && qw[k].norm != sw[first].norm; k++ {
		lead++
	}
	for k := m - 1; k >= 0 && qw[k].norm != sw[last].norm; k-- {
		trail++
	}
	if lead > 0 {
		first = max(0, first-lead)
		for k := 0; k < 2 && first > 0 && lex.IsStop(sw[first].norm); k++ {
			first--
		}
	}
	if trail > 0 {
		last = min(n-1, last+trail)
		for k := 0; k < 2 && last < n-1 && lex.IsStop(sw[last].norm); k++ {
			last++
		}
	}
	return first, last
}

// wordDiff lists the words of the source window the quote drops ("-word")
// and the words the quote adds ("+word"), in order.
func wordDiff(src, q []qword) string {
	n, m := len(src), len(q)
	dp := table(n+1, m+1)
	for i := n - 1; i >= 0; i-- {
		for k := m - 1; k >= 0; k-- {
			if src[i].norm == q[k].norm {
				dp[i][k] = dp[i+1][k+1] + 1
			} else {
				dp[i][k] = max(dp[i+1][k], dp[i][k+1])
			}
		}
	}
	var out []string
	i, k := 0, 0
	for i < n || k < m {
		switch {
		case i < n && k < m && src[i].norm == q[k].norm:
			i++
			k++
		case i < n && (k == m || dp[i+1][k] >= dp[i][k+1]):
			out = append(out, "-"+src[i].norm)
			i++
		default:
			out = append(out, "+"+q[k].norm)
			k++
		}
	}
	return strings.Join(out, " ")
}
