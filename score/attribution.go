package score

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
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
		// A capitalised verb inside the sentence is a word of a name, not
		// a verb of saying: "the President of the United States".
		if verb := &v.c.Tokens[cue.Token()]; verb.Cap() && !firstWord(v.c, cue.Token()) || !namedHead(v.c, cue.SourceEnd()) {
			continue
		}
		if !v.credited(cue.SourceStart(), cue.SourceEnd()) {
			return outcome{findings: []Finding{{Kind: Attribution, Rule: AT2, Claim: Span{cue.Source(), cue.SourceStart(), cue.SourceEnd()},
				Explanation: fmt.Sprintf("the claim credits %q, whom the source never mentions", cue.Source()),
				Factor:      factors[AT2]}}}
		}
	}
	return outcome{}
}

// namedHead reports whether the last word before end is capitalised as a
// name: the attributed source is a name ("manager Ann Ortiz"), not a
// description ("the Fulham manager"). A plural of an ordinary word that
// opens the claim has the sentence's capital, not a name's: "Critics say"
// and "Relatives said" credit no one by name. (claims leaves a
// capitalised first word that is also an ordinary word out of its names,
// "Bush said" and "Gore claims" too, so the plural is what tells them
// apart.)
func namedHead(c *claims.Statement, end int) bool {
	for k := len(c.Tokens) - 1; k >= 0; k-- {
		if t := &c.Tokens[k]; t.End() <= end && t.Kind == claims.WordToken {
			return t.Cap() && !(firstWord(c, k) && !inEntity(c, t) && strings.HasSuffix(t.Lower(), "s"))
		}
	}
	return false
}

// firstWord reports whether token k is the claim's first word.
func firstWord(c *claims.Statement, k int) bool {
	for j := range k {
		if c.Tokens[j].Kind == claims.WordToken {
			return false
		}
	}
	return true
}

// inEntity reports whether the token is within one of the claim's names.
func inEntity(c *claims.Statement, t *claims.Token) bool {
	for n := range c.Entities() {
		if e := &c.Entities()[n]; e.Start() <= t.Start() && t.End() <= e.End() {
			return true
		}
	}
	return false
}

// credited reports whether the source mentions whom the claim credits in
// [start, end), word by word: each capitalised word of it is a title
// ("Chancellor"), a word of the source, an initialism of a name the source
// spells out ("WHO" for the World Health Organization, see
// Source.abbreviates and view.spelledOutInSource), a word of a name that
// spells out an initialism of the evidence (view.spelledOutAt) or the
// short form of a word of a source name that the rest of the claim's name
// matches ("Rob Smith" for Robert Smith, see view.shortFormIn). A span
// with no such word is credited.
func (v *view) credited(start, end int) bool {
	for k := range v.c.Tokens {
		t := &v.c.Tokens[k]
		if t.Start() < start || t.End() > end || !t.Cap() || t.Stop() || t.Kind != claims.WordToken {
			continue
		}
		if isTitle(t) {
			// "Chancellor Rachel Reeves" credits Rachel Reeves, whatever
			// the source calls her.
			continue
		}
		if !v.s.mentionsAnyWord(t.NameKey()) && !v.s.abbreviates(t.Text()) && !v.shortFormAt(t) && !v.spelledOutAt(t) &&
			!v.spelledOutInSource(t.Text()) {
			return false
		}
	}
	return true
}

// isTitle reports whether the token is a title ("Chancellor", "Prince",
// "Senator"; lex's list of titles).
func isTitle(t *claims.Token) bool { return lex.Lookup(t.Lower()).Class&lex.TitleWord != 0 }

// spelledOutAt reports whether the claim's token t is a word of one of its
// names that spells out an initialism a sentence of the evidence has ("the
// International Monetary Fund" for "the IMF", see claims.Entity.Matches).
func (v *view) spelledOutAt(t *claims.Token) bool {
	for n := range v.c.Entities() {
		e := &v.c.Entities()[n]
		if t.Start() < e.Start() || t.End() > e.End() || len(e.Words) < 2 {
			continue
		}
		for _, s := range v.evidence() {
			for k := range s.Entities() {
				if se := &s.Entities()[k]; lex.IsInitialism(se.Text()) && e.Matches(se) {
					return true
				}
			}
		}
	}
	return false
}

// shortFormAt reports whether the claim's token t is the short form of a
// source name's word, as a word of one of the claim's names or the
// capitalised word just before one (see view.shortFormOf).
func (v *view) shortFormAt(t *claims.Token) bool {
	key := t.NameKey()
	for n := range v.c.Entities() {
		e := &v.c.Entities()[n]
		if t.Start() >= e.Start() && t.End() <= e.End() {
			if k := slices.Index(e.Words, key); k >= 0 && v.shortFormIn(e, k) {
				return true
			}
		}
		if t.End() < e.Start() && v.c.Tokens[tokenAfter(v.c, t.End())].Start() == e.Start() && v.shortFormOf(key, e, -1) {
			return true
		}
	}
	return false
}
