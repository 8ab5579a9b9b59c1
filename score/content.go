package score

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// content weighs the claim's content words, each by its rarity in the
// source, and reports those the source does not carry. It runs after the
// rules whose account it reads: words a contradiction explains (a changed
// number, a swapped name) are left out, and the numbers the evidence
// states and the places the source implies count as carried. Its factor
// is the share of the rest that the source carries, to the power
// contentExponent, so the score is the product of the findings.
//
//	CO1: content words the source does not carry.
func content(v *view, prior *account) outcome {
	var out outcome
	total, got := 0.0, 0.0
	var missing []int
	for _, wm := range v.m.Words {
		w := v.x.Weight(v.c.Tokens[wm.Claim].Stem())
		total += w
		got += w
	}
	for _, i := range v.m.Unmatched {
		t := &v.c.Tokens[i]
		if prior.explained(t, conflicting, nil) {
			continue
		}
		// A number written otherwise ("5bn" for "$5 billion", "three
		// decades" for "30-year") is carried when the number check accepts
		// its value; a place when the source names a place inside it; a
		// word of a name the evidence writes short when the source writes
		// it whole elsewhere (see namecredit.go).
		if within(t, prior.carried) || within(t, prior.implied) || v.formulaCarried(i) || v.nameCarried(i) {
			w := v.x.Weight(t.Stem())
			total += w
			got += w
			continue
		}
		total += v.x.Weight(t.Stem())
		missing = append(missing, i)
	}
	out.weight = weight{total: total, carried: got}
	coverage := 1.0
	if total > 0 {
		coverage = got / total
	}
	if len(missing) == 0 {
		return out
	}
	// The first eight distinct missing words: a list, which a few
	// comparisons read through, rather than a map made for each claim.
	words := make([]string, 0, min(8, len(missing)))
	for _, i := range missing {
		if len(words) == 8 {
			break
		}
		if w := v.c.Tokens[i].Text(); !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	first, last := &v.c.Tokens[missing[0]], &v.c.Tokens[missing[len(missing)-1]]
	f := Finding{Kind: Content, Rule: CO1, Factor: math.Pow(coverage, contentExponent),
		Claim: Span{v.c.Text()[first.Start()-v.c.Start() : last.End()-v.c.Start()], first.Start(), last.End()}}
	if len(v.m.Sentences) == 0 {
		f.Explanation = "nothing in the source shares a content word with the claim"
	} else {
		f.Explanation = coverageNote(coverage, words)
	}
	out.findings = append(out.findings, f)
	return out
}

// formulas maps the chemical formulas news writes for greenhouse gases
// and air pollutants to the names the same texts write for them, word by
// word, so that "CO2" and "carbon dioxide" are one content. Origin: the
// gases of Annex A of the Kyoto Protocol and the pollutants of the WHO
// global air quality guidelines (2021), with both spellings of sulphur;
// hand-written for claimcheck.
var formulas = map[string][][]string{
	"co2": {{"carbon", "dioxide"}},
	"ch4": {{"methane"}},
	"n2o": {{"nitrous", "oxide"}},
	"sf6": {{"sulphur", "hexafluoride"}, {"sulfur", "hexafluoride"}},
	"o3":  {{"ozone"}},
	"no2": {{"nitrogen", "dioxide"}},
	"so2": {{"sulphur", "dioxide"}, {"sulfur", "dioxide"}},
}

// formulaWords are the words of the names of formulas, for a quick test.
var formulaWords = func() map[string]bool {
	m := map[string]bool{}
	for _, names := range formulas {
		for _, name := range names {
			for _, w := range name {
				m[w] = true
			}
		}
	}
	return m
}()

// namesFormula reports whether the source writes the name of the chemical
// formula lower ("carbon dioxide" for "co2"), every word of it.
func (v *view) namesFormula(lower string) bool {
	for _, name := range formulas[lower] {
		all := true
		for _, w := range name {
			all = all && v.s.mentionsAnyWord(lex.NameKey(w))
		}
		if all {
			return true
		}
	}
	return false
}

// formulaCarried reports whether the claim's token i is carried as a
// chemical: a formula whose name the source writes ("CO2" for "carbon
// dioxide"), or a word of a chemical's name, written whole in the claim,
// whose formula the source writes ("carbon" of "carbon dioxide" for
// "CO2").
func (v *view) formulaCarried(i int) bool {
	lower := v.c.Tokens[i].Lower()
	if _, ok := formulas[lower]; ok {
		return v.namesFormula(lower)
	}
	if !formulaWords[lower] {
		return false
	}
	for formula, names := range formulas {
		for _, name := range names {
			for k, w := range name {
				if w == lower && i-k >= 0 && i-k+len(name) <= len(v.c.Tokens) && spells(v.c.Tokens[i-k:i-k+len(name)], name) &&
					v.s.mentionsAnyWord(formula) {
					return true
				}
			}
		}
	}
	return false
}

// spells reports whether the tokens are the words, in lower case.
func spells(toks []claims.Token, words []string) bool {
	for k := range words {
		if toks[k].Lower() != words[k] {
			return false
		}
	}
	return true
}

// coverageNote is CO1's explanation, "62% of the claim's content is in the
// source; missing: a, b", built in one string of its size: most claims
// have one.
func coverageNote(coverage float64, words []string) string {
	const mid, sep = "% of the claim's content is in the source; missing: ", ", "
	var num [24]byte
	pct := strconv.AppendFloat(num[:0], 100*coverage, 'f', 0, 64) // as %.0f
	n := len(pct) + len(mid) + len(sep)*max(0, len(words)-1)
	for _, w := range words {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	b.Write(pct)
	b.WriteString(mid)
	for i, w := range words {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(w)
	}
	return b.String()
}
