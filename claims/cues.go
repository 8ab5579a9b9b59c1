package claims

import (
	"slices"
	"strings"
	"unsafe"

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
// Its text and offsets are methods, as a Token's are: it keeps a pointer
// to the bytes of the document's text and its offsets in 32 bits each, so
// that the cues a long-lived source holds take 32 bytes each rather than
// 80.
type Cue struct {
	// text points to the first byte of the document's text (see
	// textAt); nil for the zero Cue. Pointing into the text's bytes, not
	// to a string header in a structure of the document's, keeps the
	// collector's work what a string's pointer gave it: the bytes hold no
	// pointer to scan.
	text         *byte
	start, n     uint32 // where the cue word lies in the text
	token        uint32 // see Token
	source, nsrc uint32 // where Source lies in the text
	Kind         CueKind
}

// Text returns the cue word.
func (c *Cue) Text() string { return textAt(c.text, c.start, c.n) }

// Source returns who the claim is attributed to, for an attribution cue
// whose source could be found ("The Daily Example" in "The Daily Example
// reported"), or "" (SourceStart and SourceEnd locate it).
func (c *Cue) Source() string { return textAt(c.text, c.source, c.nsrc) }

// textAt returns the n bytes from start of the text whose first byte is
// at text: a feature was made with start+n at most the text's length, so
// the bytes lie inside it. A nil text (a zero feature) has n 0.
func textAt(text *byte, start, n uint32) string {
	if n == 0 {
		return ""
	}
	return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(text), start)), n)
}

// Start returns the byte offset of the cue word in the original text.
func (c *Cue) Start() int { return int(c.start) }

// End returns the byte offset of the end of the cue word.
func (c *Cue) End() int { return int(c.start + c.n) }

// Token returns the index of the cue word in the claim's Tokens.
func (c *Cue) Token() int { return int(c.token) }

// SourceStart returns the byte offset of Source in the original text (0
// when there is none).
func (c *Cue) SourceStart() int { return int(c.source) }

// SourceEnd returns the byte offset of the end of Source (0 when there is
// none).
func (c *Cue) SourceEnd() int { return int(c.source + c.nsrc) }

// findCues appends the negation, hedge and attribution cues of one
// sentence's tokens to dst and, for attributions, who the claim is
// attributed to; text points to the first byte of the text the tokens
// point into, which the cues point to. It reads the tokens and changes
// none of them.
func findCues(dst []Cue, toks []Token, text *byte) []Cue {
	for i := range toks {
		// Most tokens are words of no cue class whose stem class is their
		// word's: cueKind gives them NoCue, read from their word here
		// without the call.
		if t := &toks[i]; t.Kind != WordToken ||
			t.flags&stemIsLower == 0 && t.w != nil && !t.w.IsBare() && t.w.Class&cueClasses == 0 {
			continue
		}
		k := cueKind(toks, i)
		if k == lex.NoCue {
			continue
		}
		t := &toks[i]
		cue := Cue{Kind: CueKind(k), text: text, start: uint32(t.Start()), n: uint32(t.End() - t.Start()), token: uint32(i)}
		if k == lex.Attribution {
			if s, e := attributedSource(toks, i); s < e {
				cue.source, cue.nsrc = uint32(toks[s].Start()), uint32(toks[e-1].End()-toks[s].Start())
			}
		}
		dst = append(dst, cue)
	}
	return dst
}

// cueClasses are the word classes that make a word a cue (lex.Class.Cue)
// or may (the head of a negative phrasal verb, by its stem).
const cueClasses = lex.Negator | lex.NegativeVerb | lex.HedgeWord | lex.Reporting | lex.PhrasalHead

// cueKind returns the kind of cue token i is, or lex.NoCue.
func cueKind(toks []Token, i int) lex.CueKind {
	t := &toks[i]
	if t.Kind != WordToken {
		return lex.NoCue
	}
	k := t.class().Cue()
	switch {
	case k == lex.NoCue && i+1 < len(toks) && stemClass(t)&lex.PhrasalHead != 0 && lex.IsNegativePhrasalVerb(t.Stem(), toks[i+1].Lower()):
		return lex.Negation
	case k != lex.NoCue && t.Lower() == "according" && (i+1 >= len(toks) || toks[i+1].Lower() != "to"):
		return lex.NoCue
	case k == lex.Hedge && capitalisedMay(toks, i):
		return lex.NoCue
	case k == lex.Attribution && (i > 0 && lex.IsNounDeterminer(toks[i-1].Lower()) || capitalisedInside(toks, i) ||
		i > 0 && toks[i-1].Lower() == "united"):
		return lex.NoCue // a noun ("the claims"), or a word of a name ("the United States said", "the united states" in lower case)
	case k == lex.Negation && stemClass(t)&lex.CommonStem != 0 && lex.IsNegatedAuxiliary(t.Lower()) &&
		(i > 0 && lex.IsNounDeterminer(toks[i-1].Lower()) || i+1 < len(toks) && toks[i+1].Lower() == "to"):
		return lex.NoCue // "wont" or "cant" without the apostrophe as a noun ("his wont") or in "wont to"
	}
	return k
}

// capitalisedInside reports whether word i is capitalised, not in capitals
// throughout, past the first word of a sentence that is not a headline in
// title case: a word of a name ("States" in "the United States"), not a
// verb.
func capitalisedInside(toks []Token, i int) bool {
	t := &toks[i]
	if !t.Cap() || len(t.Text()) < 2 || t.Text()[1] < 'a' || t.Text()[1] > 'z' || i == firstWord(toks) {
		return false
	}
	if toks[i-1].Kind == PunctToken && opensQuote(toks[i-1].Text()) {
		return false // "“Said", opening a quotation
	}
	return !isTitleCase(toks)
}

// passive recognises a verb in the passive: after a form of "be", maybe
// with an adverb between ("is estimated", "was widely reported").
func passive(toks []Token, i int) bool {
	b := i - 1
	if b > 0 && strings.HasSuffix(toks[b].Lower(), "ly") {
		b--
	}
	return b >= 0 && toks[b].class()&lex.BeForm != 0
}

// markAttributions sets Attribution on the words of the sentence's
// attribution cues (the cue, "according to", the source it names), while
// the sentence's tokens are made. A sentence that is all attribution ("She
// commented.") keeps no mark: its words are its content.
func markAttributions(toks []Token, cues []Cue) {
	marked := false
	for _, c := range cues {
		if c.Kind != Attribution {
			continue
		}
		marked = true
		toks[c.Token()].set(attribution, true)
		if toks[c.Token()].Lower() == "according" {
			toks[c.Token()+1].set(attribution, true)
		}
		for k := range toks {
			if t := &toks[k]; c.SourceStart() < c.SourceEnd() && t.Start() >= c.SourceStart() && t.End() <= c.SourceEnd() {
				t.set(attribution, true)
			}
		}
	}
	if !marked || slices.ContainsFunc(toks, func(t Token) bool { return t.Content() }) {
		return
	}
	for k := range toks {
		toks[k].set(attribution, false)
	}
}

// capitalisedMay recognises "May" that is the month or a name, not the
// modal verb: capitalised after a word ("in May 2014", "Theresa May"), or
// before a number ("May 22").
func capitalisedMay(toks []Token, i int) bool {
	if toks[i].Lower() != "may" || !toks[i].Cap() {
		return false
	}
	return i > 0 && toks[i-1].Kind != PunctToken || i+1 < len(toks) && toks[i+1].Kind == NumberToken
}

// attributedSource returns the token range naming who said or reported what
// the attribution cue at i introduces: after it ("according to the
// ministry", "citing officials", "reported by the paper", "said Ortiz."),
// or else the subject before it.
func attributedSource(toks []Token, i int) (int, int) {
	switch lw := toks[i].Lower(); {
	case lw == "according":
		return sourceAfter(toks, i+2)
	case lw == "citing" || lw == "cited":
		return sourceAfter(toks, i+1)
	case i+1 < len(toks) && toks[i+1].Lower() == "by":
		return sourceAfter(toks, i+2) // "as reported by the publication"
	}
	if e, ok := invertedName(toks, i); ok {
		return i + 1, e
	}
	if passive(toks, i) {
		// The subject of "the cost is estimated at" is what is said, not
		// who says it: a passive names its source only after "by".
		return i, i
	}
	return subjectBefore(toks, i)
}

// sourceAfter returns the source that starts at token from: up to eight
// words, to a mark or "that".
func sourceAfter(toks []Token, from int) (int, int) {
	e := from
	for e < len(toks) && e-from < 8 && toks[e].Kind != PunctToken && toks[e].Lower() != "that" {
		e++
	}
	return from, e
}

// invertedName returns the end of a name after the verb at i that closes
// the sentence or a clause: "said Ortiz." or "said Ortiz, who...", but not
// "said Ortiz is...", where the name opens the reported clause.
func invertedName(toks []Token, i int) (int, bool) {
	if i+1 >= len(toks) || !toks[i+1].Cap() || toks[i+1].Kind != WordToken || toks[i+1].Stop() {
		return 0, false
	}
	e := i + 1
	for e < len(toks) && toks[e].Cap() && toks[e].Kind == WordToken {
		e++
	}
	return e, e == len(toks) || toks[e].Kind == PunctToken
}

// subjectBefore returns the subject of the verb at i: back over adverbs
// and auxiliaries, an appositive ("Jane Doe, a journalist, said") and on
// to the start of the clause ("X cooked but officials said" is said by
// "officials"). It is empty when the subject is shared with an earlier verb
// ("X called and said") or is only pronouns and function words ("It is
// noted").
func subjectBefore(toks []Token, i int) (int, int) {
	e := i
	for e > 0 && lex.IsPreVerb(toks[e-1].Lower()) {
		e--
	}
	if e > 0 && (toks[e-1].Lower() == "and" || toks[e-1].Lower() == "or" || toks[e-1].Lower() == "but") {
		return e, e
	}
	e = skipAppositive(toks, e)
	s := e
	for s > 0 && e-s < 8 && toks[s-1].Kind != PunctToken && toks[s-1].Lower() != "that" && toks[s-1].class()&lex.ClauseOpener == 0 {
		s--
	}
	for k := s; k < e; k++ {
		if !toks[k].Stop() {
			return s, e
		}
	}
	return e, e
}

// skipAppositive returns where the subject ends when an appositive closed
// by a comma at e-1 stands between it and the verb: the comma that opens
// the appositive, at most twelve tokens back; e otherwise.
func skipAppositive(toks []Token, e int) int {
	if e <= 1 || toks[e-1].Text() != "," {
		return e
	}
	k := e - 2
	for k > 0 && e-k < 12 && toks[k].Text() != "," {
		k--
	}
	if k > 0 && toks[k].Text() == "," {
		return k
	}
	return e
}
