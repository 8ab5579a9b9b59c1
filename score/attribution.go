package score

import (
	"fmt"

	"github.com/newsdesk/claimcheck/claims"
)

// attribution checks who the claim credits against who the source credits.
// A description ("sources", "officials", "a former Fulham manager") is too
// vague to check against a name and is left alone. It gives at most one
// finding per claim.
//
//	AT2: the claim credits someone the source never mentions.
//
// AT1, a claim crediting someone the source mentions where the aligned
// sentences credit someone else, was removed: on the train files it fired
// on 8 consistent and 5 inconsistent texts, no evidence either way.
func attribution(v *view, _ *account) outcome {
	for _, cue := range v.c.Cues() {
		if cue.Kind != claims.Attribution || cue.Source() == "" {
			continue
		}
		names := properWordsOf(v.c, cue.SourceStart(), cue.SourceEnd())
		if len(names) == 0 || !namedHead(v.c, cue.SourceEnd()) {
			continue
		}
		if !v.wordsIn(names, nil) {
			return outcome{findings: []Finding{{Kind: Attribution, Rule: AT2, Claim: Span{cue.Source(), cue.SourceStart(), cue.SourceEnd()},
				Explanation: fmt.Sprintf("the claim credits %q, whom the source never mentions", cue.Source()),
				Factor:      factors[AT2]}}}
		}
	}
	return outcome{}
}

// namedHead reports whether the last word before end is capitalised: the
// attributed source is a name ("manager Ann Ortiz"), not a description
// ("the Fulham manager").
func namedHead(c *claims.Statement, end int) bool {
	for k := len(c.Tokens) - 1; k >= 0; k-- {
		if t := &c.Tokens[k]; t.End() <= end && t.Kind == claims.WordToken {
			return t.Cap()
		}
	}
	return false
}

// properWordsOf returns the name keys of the capitalised words of c within
// [start, end).
func properWordsOf(c *claims.Statement, start, end int) []string {
	var out []string
	for k := range c.Tokens {
		t := &c.Tokens[k]
		if t.Start() >= start && t.End() <= end && t.Cap() && !t.Stop() && t.Kind == claims.WordToken {
			out = append(out, t.NameKey())
		}
	}
	return out
}

// wordsIn reports whether every name key is a variant of a word of the
// given sentences (all of the source when nil, answered by its index).
func (v *view) wordsIn(keys []string, sentences []*claims.Statement) bool {
	if sentences == nil {
		for _, k := range keys {
			if !v.s.mentionsAnyWord(k) {
				return false
			}
		}
		return true
	}
	for _, k := range keys {
		found := false
		for _, s := range sentences {
			for t := range s.Tokens {
				if tok := &s.Tokens[t]; tok.Kind == claims.WordToken && sameNameKey(tok.NameKey(), k) {
					found = true
					break
				}
			}
			if found {
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
