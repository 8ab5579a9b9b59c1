package claims

import (
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// In a text written in lower case, a word is guessed to be a name when
// WordNet does not know it as an ordinary word (lowerCaseName). A surname
// that is also an English word ("raheem sterling", "mr young") is then
// lost. The text itself often says that such a word is a name: it follows
// an honorific ("mr young"), or it continues a guessed name ("raheem
// sterling") and the text also writes it as names are written, alone as
// the subject of a verb of saying ("sterling said"), or after the same
// first name twice. nameEvidence collects that evidence over the whole
// text, and marks are the words it makes names of.

// A nameEvidence is what a lower-case text says of its ordinary words
// that may be names, gathered statement by statement (add) before any
// name is found (marks).
type nameEvidence struct {
	words map[string]evidence // by lower-cased word; evLone by name key
	after map[follower]int    // the words after a guessed name, and how often
}

// A follower is an ordinary word after a guessed name.
type follower struct {
	word, name string // the word, lower-cased, and the name's key
}

// evidence is what a text says of a word, as bits.
type evidence uint8

const (
	evTitled evidence = 1 << iota // it follows an honorific other than "miss"
	evMissed                      // it follows "miss", which may be the verb
	evAlone                       // alone as the subject of a verb of saying
	evHeaded                      // after a determiner, the head of its phrase: a common noun
	evBare                        // neither after a guessed name nor after a determiner
	evLone                        // (of a name key) a guessed name that ends a run: a surname, not a first name
)

// note adds evidence e for the word or name key w.
func (ev *nameEvidence) note(w string, e evidence) {
	if ev.words == nil {
		ev.words = make(map[string]evidence)
	}
	ev.words[w] |= e
}

// follow counts the word w after the guessed name of key name. A map, not
// a list searched each time: a long lower-case text has a follower for
// most of its guessed names, and a search made the evidence quadratic in
// them (2.6 s instead of 0.17 s for a 2.5 MB text of 60,000).
func (ev *nameEvidence) follow(w, name string) {
	if ev.after == nil {
		ev.after = make(map[follower]int)
	}
	ev.after[follower{w, name}]++
}

// honorifics are the titles after which an ordinary word is a name ("mr
// young"); "miss" only with other evidence, as it may be the verb.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true}

// determiners are the words after which an ordinary word is no name: "the
// young player", "a brown bag", "the police said", "very young".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"some": true, "any": true, "every": true, "each": true, "no": true, "another": true, "such": true,
	"very": true, "more": true, "most": true, "so": true, "too": true, "less": true, "quite": true, "how": true}

// markable reports whether a token is an ordinary word that a lower-case
// text may mark as a name: a word of three letters or more, all lower-case
// ASCII letters once folded, no function word, title, date or guessed
// name. (The guess here ignores the words the text capitalises, which
// lowerCaseName reads, so that an Outline gathers the same evidence a
// chunk at a time.)
func markable(t *Token) bool {
	if t.Kind != WordToken || t.Stop() || t.class()&(lex.TitleWord|lex.UnlistedFunction|lex.MonthName|lex.WeekdayName) != 0 {
		return false
	}
	w := t.Lower()
	if len(w) < 3 || !isAlpha(w) || stemClass(t)&lex.CommonDegreeStem == 0 {
		return false
	}
	// A verb's past form continues no name: "solanke scored", "conklin
	// found" (the short "reed", "ted" may be names).
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return false
	}
	// Nor does a plural: "ipad students", "england players".
	return !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && t.Stem() != w)
}

// guessedName reports whether a token is a word that lowerCaseName guesses
// to be a name, the text's capitals aside (see markable).
func guessedName(t *Token, first bool) bool {
	if t.Kind != WordToken || t.Stop() || t.class()&lex.TitleWord != 0 || isDateWord(t) {
		return false
	}
	if t.Cap() && !first {
		return len(t.Lower()) >= 2
	}
	return len(t.Lower()) >= 3 && stemClass(t)&lex.CommonDegreeStem == 0 && isAlpha(t.Lower()) &&
		t.class()&lex.UnlistedFunction == 0
}

// followers gathers, of the statements sts, the words after a guessed
// name and the words after an honorific: the words that may be marked.
func (ev *nameEvidence) followers(sts []Statement) {
	for si := range sts {
		toks := sts[si].Tokens
		first := firstWord(toks)
		for i := 1; i < len(toks); i++ {
			t, g := &toks[i], &toks[i-1]
			if t.Kind != WordToken || t.Stop() {
				continue
			}
			h := afterHonorific(toks, i)
			name := h == "" && g.Kind == WordToken && !g.Stop() && guessedName(g, i-1 == first) && (!g.Cap() || i-1 == first)
			if !name && h == "" || !markable(t) {
				continue
			}
			switch {
			case h == "miss":
				ev.note(t.Lower(), evMissed)
			case h != "":
				ev.note(t.Lower(), evTitled)
			default:
				ev.follow(t.Lower(), g.NameKey())
			}
		}
	}
}

// evidence gathers what the statements sts say of the words that follow
// a guessed name and of those names, or, when only is not nil, of the
// words and name keys it holds (those of ev.after: the only ones marks
// reads, so that a text read whole notes no other word).
func (ev *nameEvidence) evidence(sts []Statement, only map[string]bool) {
	for si := range sts {
		toks := sts[si].Tokens
		first := firstWord(toks)
		for i := range toks {
			t := &toks[i]
			if t.Kind != WordToken || t.Stop() {
				continue
			}
			if (i+1 == len(toks) || toks[i+1].Kind != WordToken || toks[i+1].Stop()) &&
				(only == nil || only[t.NameKey()]) && guessedName(t, i == first) {
				ev.note(t.NameKey(), evLone)
			}
			if only != nil && !only[t.Lower()] || !markable(t) {
				continue
			}
			w := t.Lower()
			prev := ""
			if i > 0 {
				prev = toks[i-1].Lower()
			}
			switch {
			case i > 0 && guessedName(&toks[i-1], i-1 == first) && (!toks[i-1].Cap() || i-1 == first):
				// counted by followers
			case determiners[prev]:
				if heads(toks, i) {
					ev.note(w, evHeaded)
				}
			case sayingAfter(toks, i+1):
				ev.note(w, evAlone|evBare)
			default:
				ev.note(w, evBare)
			}
		}
	}
}

// textMarks returns the words that the statements of a whole text, in
// lower case, mark as names (see nameEvidence), or nil.
func textMarks(sts []Statement) map[string]bool {
	var ev nameEvidence
	ev.followers(sts)
	if len(ev.after) > 0 {
		only := make(map[string]bool, 2*len(ev.after))
		for f := range ev.after {
			only[f.word], only[f.name] = true, true
		}
		ev.evidence(sts, only)
	}
	return ev.marks()
}

// afterHonorific returns the honorific that token i follows, its dot
// aside ("mr young", "dr. brown"), or "".
func afterHonorific(toks []Token, i int) string {
	k := i - 1
	if k >= 0 && toks[k].Text() == "." {
		k--
	}
	if k < 0 || !honorifics[toks[k].Lower()] {
		return ""
	}
	return toks[k].Lower()
}

// heads reports whether token i ends its phrase: no content word follows
// it ("the police said", "the club's"), unlike "the young player".
func heads(toks []Token, i int) bool {
	return i+1 >= len(toks) || toks[i+1].Kind != WordToken || toks[i+1].Stop() || sayingAfter(toks, i+1)
}

// sayingAfter reports whether a verb of saying stands at token k, after
// auxiliaries, modals and adverbs ("said", "has said", "will tell").
func sayingAfter(toks []Token, k int) bool {
	for k < len(toks) && sayingSkips[toks[k].Lower()] {
		k++
	}
	return k < len(toks) && toks[k].Kind == WordToken && lex.IsReportingVerb(toks[k].Lower())
}

// sayingSkips are the words that may stand between a subject and its verb
// of saying.
var sayingSkips = map[string]bool{"has": true, "have": true, "had": true, "also": true, "will": true,
	"would": true, "could": true, "did": true, "does": true, "later": true, "previously": true, "then": true}

// marks returns the words the evidence makes names of, or nil: those
// after an honorific other than "miss", and those after a guessed name
// that the text also writes as names are written (alone as the subject of
// a verb of saying, or after "miss"), or twice after the same first name
// (a guessed name that never ends a run: "raheem sterling" twice) when it
// also stands alone elsewhere, unless the text writes them as the head of
// a phrase after a determiner ("the club said").
func (ev *nameEvidence) marks() map[string]bool {
	var out map[string]bool
	mark := func(w string) {
		if out == nil {
			out = make(map[string]bool)
		}
		out[w] = true
	}
	for w, e := range ev.words {
		if e&evTitled != 0 {
			mark(w)
		}
	}
	for f, n := range ev.after { // the marks are a set: the order of the map does not leak
		e := ev.words[f.word]
		if e&evHeaded != 0 {
			continue
		}
		if e&(evAlone|evMissed) != 0 || n >= 2 && e&evBare != 0 && ev.words[f.name]&evLone == 0 {
			mark(f.word)
		}
	}
	return out
}

// markedName reports whether token i of toks, a word the text marks as a
// name, stands where a name does: not after a determiner ("the young
// player"), and before a mark, a function word, a possessive or a verb of
// saying, not before a word it may qualify ("brown bags").
func (d *Document) markedName(toks []Token, i int) bool {
	t := &toks[i]
	if !d.marked[t.Lower()] || !markable(t) {
		return false
	}
	if i > 0 && determiners[toks[i-1].Lower()] {
		return false
	}
	return heads(toks, i) || possessiveToken(d.Text, toks, i)
}
