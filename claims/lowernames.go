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
// the subject of a verb of saying ("sterling said"), as a possessive with
// no determiner ("sterling's decision"), or after the same guessed name
// twice. nameEvidence collects that evidence over the whole text, and
// marks are the words it makes names of.

// A nameEvidence is what a lower-case text says of its ordinary words
// that may be names, gathered statement by statement (add) before any
// name is found (marks).
type nameEvidence struct {
	titled map[string]bool           // the word follows an honorific
	alone  map[string]bool           // alone as a subject of saying, or a possessive
	after  map[string]map[string]int // the word after a guessed name: how often after each
	headed map[string]bool           // after a determiner, the head of its phrase: a common noun
	bare   map[string]bool           // neither after a guessed name nor after a determiner
	missed map[string]bool           // after "miss", which may be the verb
	lone   map[string]bool           // name keys of guessed names that end a run: surnames, not first names
}

// honorifics are the titles after which an ordinary word is a name ("mr
// young"); "miss" is one only where it cannot be the verb (missHonorific).
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

// add gathers the evidence of the statements sts.
func (ev *nameEvidence) add(text string, sts []Statement) {
	for si := range sts {
		toks := sts[si].Tokens
		first := firstWord(toks)
		for i := range toks {
			t := &toks[i]
			if guessedName(t, i == first) && (i+1 == len(toks) || toks[i+1].Kind != WordToken || toks[i+1].Stop()) {
				setWord(&ev.lone, t.NameKey())
			}
			if !markable(t) {
				continue
			}
			w := t.Lower()
			if h := afterHonorific(toks, i); h == "miss" {
				setWord(&ev.missed, w)
			} else if h != "" {
				setWord(&ev.titled, w)
			}
			prev := ""
			if i > 0 {
				prev = toks[i-1].Lower()
			}
			switch {
			case i > 0 && guessedName(&toks[i-1], i-1 == first) && (!toks[i-1].Cap() || i-1 == first):
				if ev.after == nil {
					ev.after = make(map[string]map[string]int)
				}
				m := ev.after[w]
				if m == nil {
					m = make(map[string]int)
					ev.after[w] = m
				}
				m[toks[i-1].NameKey()]++
			case determiners[prev]:
				if heads(toks, i) {
					setWord(&ev.headed, w)
				}
			case sayingAfter(toks, i+1):
				setWord(&ev.alone, w)
				fallthrough
			default:
				setWord(&ev.bare, w)
			}
		}
	}
}

func setWord(m *map[string]bool, w string) {
	if *m == nil {
		*m = make(map[string]bool)
	}
	(*m)[w] = true
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

// tokenisedPossessive reports a possessive a tokeniser wrote apart:
// "sterling 's", "sterling ' s".
func tokenisedPossessive(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1].Text()
	return n == "'s" || n == "’s" || (n == "'" || n == "’") && i+2 < len(toks) && toks[i+2].Text() == "s"
}

// marks returns the words the evidence makes names of, or nil: those
// after an honorific other than "miss" (which may be the verb: "a near
// miss aside"), and those after a guessed name that the text also writes
// as names are written (alone as the subject of a verb of saying, a
// possessive, or after "miss"), or twice after the same first name (a
// guessed name that never ends a run: "raheem sterling" twice, and
// "sterling" alone elsewhere), unless the text writes them as the head of
// a phrase after a determiner ("the club said").
func (ev *nameEvidence) marks() map[string]bool {
	var out map[string]bool
	for w := range ev.titled {
		setWord(&out, w)
	}
	for w, by := range ev.after {
		if ev.headed[w] {
			continue
		}
		twice := false
		for g, n := range by {
			twice = twice || n >= 2 && !ev.lone[g] && ev.bare[w]
		}
		if twice || ev.alone[w] || ev.missed[w] {
			setWord(&out, w)
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
