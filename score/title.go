package score

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// titles checks the office the claim gives a person against the ones the
// source gives the same person: the title before the name ("Foreign
// Minister Anna Keller", "club manager Sam Reed") and the description in
// apposition after it ("Anna Keller, the foreign minister,").
//
//	EN5: a word of the claim's title for a person that no title the source
//	     gives that person has, where the source gives them one ("Prime
//	     Minister Anna Keller" for "Foreign Minister Anna Keller"), or gives
//	     someone else the claim's title ("Keller, the defence secretary"
//	     where the source's defence secretary is Tom Brandt).
//
// A word of the claim's title that a source sentence naming the person
// holds outside another person's title is carried, however the sentence
// says it ("Keller, who became foreign minister in May"). Honorifics
// ("Mr", "Dr") and words of time ("former", "acting") are no office.
func titles(v *view, prior *account) outcome {
	var out outcome
	ents := v.c.Entities()
	for k := range ents {
		e := &ents[k]
		name, from, role := officeOf(v.c, e)
		if len(role) == 0 || name.Head() == "" {
			continue
		}
		if a := tokenAfter(v.c, e.Start()); a < len(v.c.Tokens) && prior.explained(&v.c.Tokens[a], conflicting, nil) {
			continue // a name swapped (EN1): its office is not the question
		}
		if f, ok := v.otherOffice(name, textOf(v.c, v.c.Tokens[from].Start(), e.End()), from, role); ok {
			out.findings = append(out.findings, f)
		}
	}
	return out
}

// An office is the tokens of a title given to a name: their indices in
// the statement, in order.
type office []int

// officeOf returns the person an entity of c names, the index of the
// token its name begins at (after the last title word within the entity)
// and the office the statement gives the person there.
// An entity with no word of a name after its titles, or a name of one
// ordinary word, names no person of whom an office is said.
func officeOf(c *claims.Statement, e *claims.Entity) (claims.Entity, int, office) {
	a, b := tokenRange(c, e.Start(), e.End())
	if a >= b {
		return claims.Entity{}, 0, nil
	}
	// The entity's text may hold titles ("Chief Executive Officer Tom
	// Brandt"); the name begins after the last of them.
	from := a
	for i := a; i < b; i++ {
		if isOfficeWord(&c.Tokens[i]) {
			from = i + 1
		}
	}
	if from >= b || !personName(c.Tokens[from:b]) {
		return claims.Entity{}, 0, nil
	}
	var role office
	role = officeBefore(c, from, role)
	role = officeAfter(c, b, role)
	return *e, from, role
}

// personName reports whether the words of a name may name a person: the
// first capitalised or, in lower-case text, any word, and one of them a
// given name or no ordinary English word ("University" in "Missouri State
// University" is none; "of Culture" is none).
func personName(toks []claims.Token) bool {
	if toks[0].Kind != claims.WordToken || toks[0].Stop() {
		return false
	}
	for i := range toks {
		t := &toks[i]
		if t.Kind == claims.WordToken && (lex.IsGivenName(t.Lower()) || !lexicon.Common(t.Stem())) {
			return true
		}
	}
	return false
}

// officeBefore appends the office written just before token from: a
// title word next to the name and the words before it, title words or,
// in a sentence not written in lower case, capitalised words other than
// the sentence's first ("Transport Secretary", "Labour leader").
func officeBefore(c *claims.Statement, from int, role office) office {
	toks := c.Tokens
	i := from - 1
	if i < 0 || !isOfficeWord(&toks[i]) {
		return role
	}
	start := len(role)
	for n := 0; i >= 0 && n < 4; n, i = n+1, i-1 {
		t := &toks[i]
		if t.Kind != claims.WordToken || t.Stop() || strings.ContainsAny(t.Text(), "'’") {
			break
		}
		if !isOfficeWord(t) && !(t.Cap() && !firstWord(c, i)) {
			break
		}
		role = append(role, i)
	}
	// Read right to left; keep the statement's order.
	for l, r := start, len(role)-1; l < r; l, r = l+1, r-1 {
		role[l], role[r] = role[r], role[l]
	}
	return role
}

// officeAfter appends the office given in apposition after the name that
// ends before token end: ", the foreign minister," ", 54, a deputy
// mayor." — at most five words after a determiner, closed by a comma or
// the statement's end, one of them a title word.
func officeAfter(c *claims.Statement, end int, role office) office {
	toks := c.Tokens
	i := end
	if i >= len(toks) || toks[i].Text() != "," {
		return role
	}
	i++
	if i+1 < len(toks) && toks[i].Kind == claims.NumberToken && toks[i+1].Text() == "," {
		i += 2 // an age: "Keller, 54, the foreign minister"
	}
	if i < len(toks) && (toks[i].Lower() == "the" || toks[i].Lower() == "a" || toks[i].Lower() == "an") {
		i++
	}
	var words []int
	titled := false
	for ; i < len(toks) && len(words) <= 5; i++ {
		t := &toks[i]
		if t.Kind != claims.WordToken {
			break
		}
		if t.Stop() {
			if t.Lower() == "of" || t.Lower() == "and" {
				continue
			}
			return role
		}
		titled = titled || isOfficeWord(t)
		words = append(words, i)
	}
	closed := i >= len(toks) || toks[i].Text() == "," || toks[i].Text() == "." || toks[i].Text() == ";"
	if !titled || !closed || len(words) > 5 {
		return role
	}
	return append(role, words...)
}

// isOfficeWord reports whether the token is a word of a title or office
// ("Minister", "foreign", "coach") other than an honorific or a word of
// time, which say nothing of the office.
func isOfficeWord(t *claims.Token) bool {
	if t.Kind != claims.WordToken || lex.Lookup(t.Lower()).Class&lex.TitleWord == 0 {
		return false
	}
	switch t.Lower() {
	case "mr", "mrs", "ms", "miss", "mme", "sir", "dame", "lord", "lady", "dr", // honorifics
		"former", "late", "acting", "senior", "top", "first", "head", "state", // time, rank and words of other uses
		"father", "sister", "brother": // kin as often as religious titles ("her brother Michael")
		return false
	}
	return true
}

// isPortfolio reports whether the token is a word that says which office
// a title word is ("Transport Secretary", "chief financial officer").
func isPortfolio(t *claims.Token) bool {
	switch t.Lower() {
	case "agriculture", "business", "climate", "commerce", "communications", "culture", "digital",
		"economy", "education", "employment", "energy", "environment", "executive", "financial",
		"home", "homeland", "housing", "immigration", "industry", "infrastructure", "justice",
		"operating", "pensions", "science", "security", "sport", "technology", "tourism", "trade",
		"transport", "treasury", "veterans", "welfare", "work":
		return true
	}
	return false
}

// otherOffice reports the finding for a claim's office of the person
// named: its first word that the source gives the person in no office
// and says in no sentence naming them, where the source gives the person
// an office, or another person of an evidence sentence the claim's whole
// office.
func (v *view) otherOffice(person claims.Entity, name string, from int, role office) (Finding, bool) {
	c := v.c
	var own []string   // the stems of the source's offices for the person
	var ownAt Span     // the first of those offices
	said := stemList{} // stems said of the person outside others' offices
	var rival Span     // another person's office that holds the claim's
	seen := map[int]bool{}
	named, copied := false, false
	read := func(si int) {
		if seen[si] {
			return
		}
		seen[si] = true
		s := v.sent(si)
		inOther := make([]bool, len(s.Tokens))
		names := false
		ents := s.Entities()
		for k := range ents {
			se := &ents[k]
			who, _, r := officeOf(s, se)
			if who.Head() == "" {
				continue
			}
			if who.Matches(&person) {
				names = true
				for _, i := range r {
					own = append(own, s.Tokens[i].Stem())
				}
				if len(r) > 0 && ownAt.Text == "" {
					ownAt = spanOf(s, r)
				}
				continue
			}
			for _, i := range r {
				inOther[i] = true
			}
			if len(r) > 0 && rival.Text == "" && holdsOffice(s, r, c, role) {
				rival = spanOf(s, r)
			}
		}
		copied = copied || writesBefore(s, c, role, from)
		if !names {
			return
		}
		named = true
		for i := range s.Tokens {
			if !inOther[i] && s.Tokens[i].Kind == claims.WordToken {
				said = append(said, s.Tokens[i].Stem())
			}
		}
	}
	for _, w := range person.Words {
		v.s.namesWithWord(w, func(si, _ int) bool { read(si); return true })
	}
	for _, si := range v.m.Sentences {
		read(si)
	}
	if !named || copied || len(own) == 0 && rival.Text == "" {
		// A person the source never names is EN3's; an office the
		// source writes before the same name, word for word, is the
		// source's, however its names were read ("manager louis van
		// gaal" in lower case).
		return Finding{}, false
	}
	for _, i := range role {
		t := &c.Tokens[i]
		st := t.Stem()
		if stemList(own).has(st) || said.has(st) || !isOfficeWord(t) && !isPortfolio(t) {
			// Another word of the office may name a team, a party or a
			// place ("Rovers captain" for the source's "captain"), which
			// the name check reads.
			continue
		}
		if len(own) == 0 && !isOfficeWord(t) {
			continue
		}
		src := ownAt
		if len(own) == 0 {
			src = rival
		}
		claim := spanOf(c, role)
		return Finding{Kind: Entity, Rule: EN5, Claim: claim, Source: src,
			Explanation:   fmt.Sprintf("the claim gives %s the office %q where the source has %q", name, claim.Text, src.Text),
			Contradiction: true, Factor: factors[EN5]}, true
	}
	return Finding{}, false
}

// writesBefore reports whether statement s writes the words of the
// claim's office that stand just before its token from, and that token
// after them.
func writesBefore(s *claims.Statement, c *claims.Statement, role office, from int) bool {
	n := 0
	for n < len(role) && role[len(role)-1-n] == from-1-n {
		n++
	}
	if n == 0 {
		return false
	}
	for j := n; j < len(s.Tokens); j++ {
		k := 0
		for k <= n && s.Tokens[j-n+k].SameLower(&c.Tokens[from-n+k]) {
			k++
		}
		if k > n {
			return true
		}
	}
	return false
}

// holdsOffice reports whether the office r of statement s holds every
// title word of the claim's office role.
func holdsOffice(s *claims.Statement, r office, c *claims.Statement, role office) bool {
	for _, i := range role {
		t := &c.Tokens[i]
		if !isOfficeWord(t) {
			continue
		}
		if !slices.ContainsFunc(r, func(j int) bool { return s.Tokens[j].Stem() == t.Stem() }) {
			return false
		}
	}
	return true
}

// spanOf returns the span of statement s from the first token of r to
// the end of its last.
func spanOf(s *claims.Statement, r office) Span {
	start, end := s.Tokens[r[0]].Start(), s.Tokens[r[len(r)-1]].End()
	return Span{textOf(s, start, end), start, end}
}
