package score

import (
	"fmt"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
)

// stutter notes two words that a claim says twice in a row, with at most
// stutterGap words between them ("the report of the report of the
// council", "Anna Berg and Anna Berg", "at the stadium at the stadium"):
// the mark of a summary a model garbled, whose words are all in the
// source, so that word coverage cannot see it. One of the two must be a
// word that is neither a stop word nor a number ("1 1 billion" is a
// tokeniser's, and "of the of the" says nothing). A stutter an aligned
// source sentence makes too is the source's wording. Marks between the
// words do not count as words ("in Leeds, in Leeds"), and a hyphenated
// word that repeats itself ("a tete-a-tete") is one word. It gives at most
// one finding per claim.
//
//	RE3: two words said twice in a row, as if they were more.
//
// RE1 is the repeat of one name anywhere within a claim; RE2, two content
// words said twice anywhere, was removed (ratio 1.04). A repeat at a
// distance is how summaries of meetings and earnings calls are written
// ("losses for the year, with the allowance for losses unchanged"):
// measured on summaries.train, a gap of up to one word has a likelihood
// ratio of 0.57, up to three 0.93, up to six 0.87; built and fitted on the
// train files, a gap of one has 0.44 and a gap of two 0.62.
func stutter(v *view, _ *account) outcome {
	var room [64]int // the words of most claims, without a list made for each
	words := wordsOf(room[:0], v.c)
	for i := 0; i+1 < len(words); i++ {
		a, b := &v.c.Tokens[words[i]], &v.c.Tokens[words[i+1]]
		if !telling(a) && !telling(b) {
			continue
		}
		for j := i + 2; j <= i+2+stutterGap && j+1 < len(words); j++ {
			if !a.SameLower(&v.c.Tokens[words[j]]) || !b.SameLower(&v.c.Tokens[words[j+1]]) {
				continue
			}
			run := words[i : j+2]
			first, last := &v.c.Tokens[run[0]], &v.c.Tokens[run[len(run)-1]]
			text := v.c.Text()[first.Start()-v.c.Start() : last.End()-v.c.Start()]
			if between := v.c.Text()[b.End()-v.c.Start() : v.c.Tokens[words[j]].Start()-v.c.Start()]; !strings.ContainsAny(between, " \t\n") {
				continue // one hyphenated word ("a tete-a-tete"), not two sayings
			}
			if v.sourceSays(run) {
				return outcome{}
			}
			return outcome{findings: []Finding{{Kind: Repetition, Rule: RE3,
				Claim:       Span{text, first.Start(), last.End()},
				Explanation: fmt.Sprintf("the claim says %q twice in a row", a.Text()+" "+b.Text()),
				Factor:      factors[RE3]}}}
		}
	}
	return outcome{}
}

// stutterGap is the most words between the two sayings of a stutter.
const stutterGap = 1

// wordsOf appends to out the indexes of the word and number tokens of c,
// leaving out marks.
func wordsOf(out []int, c *claims.Statement) []int {
	for i := range c.Tokens {
		if k := c.Tokens[i].Kind; k == claims.WordToken || k == claims.NumberToken {
			out = append(out, i)
		}
	}
	return out
}

// telling reports whether t is a word that is neither a stop word nor a
// number.
func telling(t *claims.Token) bool { return t.Kind == claims.WordToken && !t.Stop() }

// sourceSays reports whether an aligned source sentence has the claim's
// words at these token indexes in a row, marks between them left out.
func (v *view) sourceSays(run []int) bool {
	for _, s := range v.evidence() {
		ws := wordsOf(make([]int, 0, len(s.Tokens)), s)
		for k := 0; k+len(run) <= len(ws); k++ {
			same := true
			for n := range run {
				if !v.c.Tokens[run[n]].SameLower(&s.Tokens[ws[k+n]]) {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
	}
	return false
}
