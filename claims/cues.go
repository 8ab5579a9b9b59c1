package claims

import (
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// CueKind classifies a cue.
type CueKind uint8

// Cue kinds.
const (
	Negation    CueKind = CueKind(lex.Negation)
	Hedge       CueKind = CueKind(lex.Hedge)
	Attribution CueKind = CueKind(lex.Attribution)
)

// String returns "negation", "hedge" or "attribution".
func (k CueKind) String() string {
	switch k {
	case Negation:
		return "negation"
	case Hedge:
		return "hedge"
	case Attribution:
		return "attribution"
	}
	return "none"
}

// A Cue is a word that negates, hedges or attributes what a claim says.
type Cue struct {
	Kind       CueKind
	Text       string
	Start, End int
	Token      int // index of the cue word in the claim's Tokens
	// Source names who the claim is attributed to, for an attribution cue
	// whose source could be found ("The Daily Example" in "The Daily
	// Example reported"); SourceStart and SourceEnd locate it.
	Source                 string
	SourceStart, SourceEnd int
}

// negativePhrasalVerb recognises "turned down the offer" and "ruled out a
// deal", verbs that negate their complement as "rejected" does.
func negativePhrasalVerb(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i].Stem + " " + toks[i+1].Lower {
	case "turn down", "rule out":
		return true
	}
	return false
}

// cues finds negation, hedge and attribution words and, for attributions,
// who the claim is attributed to.
func (d *Document) cues(c *Statement) []Cue {
	var out []Cue
	toks := c.Tokens
	for i := range toks {
		t := &toks[i]
		if t.Kind != WordToken {
			continue
		}
		k := t.class.Cue()
		if k == lex.NoCue && negativePhrasalVerb(toks, i) {
			k = lex.Negation
		}
		if k == lex.NoCue {
			continue
		}
		if t.Lower == "according" && (i+1 >= len(toks) || toks[i+1].Lower != "to") {
			continue
		}
		if k == lex.Hedge && capitalisedMay(toks, i) {
			continue
		}
		cue := Cue{Kind: CueKind(k), Text: t.Text, Start: t.Start, End: t.End, Token: i}
		if k == lex.Attribution {
			t.Attribution = true
			if t.Lower == "according" {
				toks[i+1].Attribution = true
			}
			s, e := attributedSource(toks, i)
			if s < e {
				cue.SourceStart, cue.SourceEnd = toks[s].Start, toks[e-1].End
				cue.Source = d.Text[cue.SourceStart:cue.SourceEnd]
				for k := s; k < e; k++ {
					toks[k].Attribution = true
				}
			}
		}
		out = append(out, cue)
	}
	// A sentence that is all attribution ("She commented.") reports nothing
	// else: its words are its content.
	for i := range toks {
		if toks[i].Content() {
			return out
		}
	}
	for i := range toks {
		toks[i].Attribution = false
	}
	return out
}

// capitalisedMay recognises "May" that is the month or a name, not the
// modal verb: capitalised after a word ("in May 2014", "Theresa May"), or
// before a number ("May 22").
func capitalisedMay(toks []Token, i int) bool {
	if toks[i].Lower != "may" || !toks[i].Cap {
		return false
	}
	return i > 0 && toks[i-1].Kind != PunctToken || i+1 < len(toks) && toks[i+1].Kind == NumberToken
}

// clauseOpeners are conjunctions that open the clause an attribution's
// subject stands in.
var clauseOpeners = map[string]bool{"and": true, "but": true, "or": true, "while": true, "whereas": true,
	"because": true, "although": true, "though": true, "as": true, "when": true, "after": true,
	"before": true, "since": true, "so": true, "if": true, "yet": true}

// attributedSource returns the token range naming who said or reported what
// the attribution cue at i introduces.
func attributedSource(toks []Token, i int) (int, int) {
	lw := toks[i].Lower
	forward := func(from int) (int, int) {
		e := from
		for e < len(toks) && e-from < 8 && toks[e].Kind != PunctToken && toks[e].Lower != "that" {
			e++
		}
		return from, e
	}
	switch {
	case lw == "according":
		return forward(i + 2)
	case lw == "citing" || lw == "cited":
		return forward(i + 1)
	}
	if i+1 < len(toks) && toks[i+1].Lower == "by" {
		return forward(i + 2) // "as reported by the publication"
	}
	if i+1 < len(toks) && toks[i+1].Cap && toks[i+1].Kind == WordToken && !toks[i+1].Stop {
		e := i + 1
		for e < len(toks) && toks[e].Cap && toks[e].Kind == WordToken {
			e++
		}
		// "said Ortiz." or "said Ortiz, who..." but not "said Ortiz is...",
		// where the name opens the reported clause.
		if e == len(toks) || toks[e].Kind == PunctToken {
			return i + 1, e
		}
	}
	// The subject before the verb: back to a comma, quote or the start.
	e := i
	for e > 0 && (toks[e-1].Lower == "often" || toks[e-1].Lower == "also" || toks[e-1].Lower == "has" ||
		toks[e-1].Lower == "have" || toks[e-1].Lower == "had" || strings.HasSuffix(toks[e-1].Lower, "ly")) {
		e--
	}
	// "X called and said": the subject is shared with an earlier verb and
	// lies beyond what this simple reading can find.
	if e > 0 && (toks[e-1].Lower == "and" || toks[e-1].Lower == "or" || toks[e-1].Lower == "but") {
		return e, e
	}
	// Step over an appositive: "Jane Doe, a journalist, said".
	if e > 1 && toks[e-1].Text == "," {
		k := e - 2
		for k > 0 && e-k < 12 && toks[k].Text != "," {
			k--
		}
		if k > 0 && toks[k].Text == "," {
			e = k
		}
	}
	// Back to the start of the clause: "X cooked but officials said" is
	// said by "officials", "But the newspaper said" by "the newspaper".
	s := e
	for s > 0 && e-s < 8 && toks[s-1].Kind != PunctToken && toks[s-1].Lower != "that" && !clauseOpeners[toks[s-1].Lower] {
		s--
	}
	for k := s; k < e; k++ {
		if !toks[k].Stop {
			return s, e
		}
	}
	return e, e // only pronouns and function words: "It is noted"
}
