package score

import (
	"fmt"
	"slices"

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
	for _, cue := range v.c.Cues {
		if cue.Kind != claims.Attribution || cue.Source == "" {
			continue
		}
		if !namedHead(v.c, cue.SourceEnd) {
			continue
		}
		if !v.credited(cue.SourceStart, cue.SourceEnd) {
			return outcome{findings: []Finding{{Kind: Attribution, Rule: AT2, Claim: Span{cue.Source, cue.SourceStart, cue.SourceEnd},
				Explanation: fmt.Sprintf("the claim credits %q, whom the source never mentions", cue.Source),
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

// credited reports whether the source mentions whom the claim credits in
// [start, end), word by word: each capitalised word of it is a word of the
// source, an initialism of a name the source spells out ("WHO" for the
// World Health Organization, see Source.abbreviates) or the short form of
// a word of a source name that the rest of the claim's name matches ("Rob
// Smith" for Robert Smith, see view.shortFormIn). A span with no such word
// is credited.
func (v *view) credited(start, end int) bool {
	for k := range v.c.Tokens {
		t := &v.c.Tokens[k]
		if t.Start() < start || t.End() > end || !t.Cap() || t.Stop() || t.Kind != claims.WordToken {
			continue
		}
		if !v.s.mentionsAnyWord(t.NameKey()) && !v.s.abbreviates(t.Text()) && !v.shortFormAt(t) {
			return false
		}
	}
	return true
}

// shortFormAt reports whether the claim's token t is the short form of a
// source name's word, as a word of one of the claim's names or the
// capitalised word just before one (see view.shortFormOf).
func (v *view) shortFormAt(t *claims.Token) bool {
	key := t.NameKey()
	for n := range v.c.Entities {
		e := &v.c.Entities[n]
		if t.Start() >= e.Start && t.End() <= e.End {
			if k := slices.Index(e.Words, key); k >= 0 && v.shortFormIn(e, k) {
				return true
			}
		}
		if t.End() < e.Start && v.c.Tokens[tokenAfter(v.c, t.End())].Start() == e.Start && v.shortFormOf(key, e, -1) {
			return true
		}
	}
	return false
}
