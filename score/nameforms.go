package score

import (
	"slices"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// The ways a source may write a claim's name otherwise, for entities (EN1,
// EN3): an initialism of a name it spells out ("FCO" for the Foreign and
// Commonwealth Office) or the name spelled out for its initialism, dotted
// or not ("U.S." for "US"), the name's words in another case or with
// function words inside, and a short form of a first name ("Rob" for
// Robert).

// initialismCapitals returns the capitals of a word shaped as an
// initialism, two to six letters of which at least two are capitals that
// open it and outnumber the rest ("FCO"; "DfE", whose "f" stands for a
// function word), or "".
func initialismCapitals(word string) string {
	if len(word) < 2 || len(word) > 6 || word[0] < 'A' || word[0] > 'Z' {
		return ""
	}
	var room [6]byte
	caps := room[:0]
	lower := 0
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= 'A' && c <= 'Z':
			caps = append(caps, c)
		case c >= 'a' && c <= 'z':
			lower++
		default:
			return ""
		}
	}
	if len(caps) < 2 || lower >= len(caps) {
		return ""
	}
	return string(caps)
}

// spelledOutInSource reports whether a source sentence writes out the
// initialism word: a run of capitalised words, function words between them
// let be, whose initials are its capitals ("Foreign and Commonwealth
// Office" for "FCO", "Department for Education" for "DfE"). claims keeps
// the initialisms of its names (Source.abbreviates), but a function word
// can split a name in two ("Foreign", "Commonwealth Office"), and a capital
// is all an initialism like "DfE" keeps of the words it stands for. It
// reads the source's words, as it is asked only of an initialism no name
// of the source accounts for.
func (v *view) spelledOutInSource(word string) bool {
	caps := initialismCapitals(word)
	if caps == "" {
		return false
	}
	if v.s.abbreviates(caps) {
		return true
	}
	for si := range v.x.Len() {
		toks := v.sent(si).Tokens
		for k := range toks {
			if spellsInitials(toks[k:], caps) > 0 {
				return true
			}
		}
	}
	return false
}

// spelledOutOver reports whether sentence s writes out the initialism
// word (see spelledOutInSource) in a run of words that holds the bytes
// [start, end): the name the claim abbreviates is the one in that place.
func spelledOutOver(word string, s *claims.Statement, start, end int) bool {
	caps := initialismCapitals(word)
	if caps == "" {
		return false
	}
	for k := range s.Tokens {
		if n := spellsInitials(s.Tokens[k:], caps); n > 0 && s.Tokens[k].Start() <= start && end <= s.Tokens[k+n-1].End() {
			return true
		}
	}
	return false
}

// spellsInitials returns how many of the tokens make a run of capitalised
// words whose initials are caps, function words between them let be, at
// their start; 0 when they do not open with one. A capitalised function
// word gives no letter: "The Vampire" does not spell "TV".
func spellsInitials(toks []claims.Token, caps string) int {
	n := 0
	for k := range toks {
		t := &toks[k]
		if t.Kind != claims.WordToken {
			return 0
		}
		text := t.Text()
		switch {
		case t.Cap() && !t.Stop() && text[0] == caps[n]:
			n++
			if n == len(caps) {
				return k + 1
			}
		case n > 0 && t.Stop() && !t.Cap():
		default:
			return 0
		}
	}
	return 0
}

// hasDottedInitialism reports whether a word of the entity is an
// initialism written with dots that the source has without them (see
// mentionsUndotted): with the rest of its distinctive words mentioned, the
// source names it ("the U.S." for "the US", "U.S. Supreme Court" for the
// Supreme Court of the United States).
func (v *view) hasDottedInitialism(e *claims.Entity) bool {
	return slices.ContainsFunc(e.Words, v.mentionsUndotted)
}

// mentionsUndotted reports whether the name key w is an initialism written
// with dots ("u.s.", two letters or more) whose letters the source writes
// as a word in capitals ("US") or as the initials of one of its names of
// several words ("United States", see Source.abbreviates). A word of the
// source is compared with its case, so "us" is not "US".
func (v *view) mentionsUndotted(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	bare := strings.ToUpper(strings.ReplaceAll(w, ".", ""))
	if len(bare) < 2 || len(bare) == len(w) || !lex.IsInitialism(bare) || w != strings.ToLower(dotted(bare)) {
		return false
	}
	return v.s.abbreviates(bare) || v.writesWord(bare, "")
}

// writesWord reports whether a word of the source is written exactly as
// a or as b ("" for none). The index of the source's words answers first
// when the source has no word of their keys, as for most names asked of:
// only then is every sentence read, which in a source of megabytes costs
// milliseconds a name.
func (v *view) writesWord(a, b string) bool {
	if !v.s.writesKey(lex.NameKey(a)) && (b == "" || !v.s.writesKey(lex.NameKey(b))) {
		return false
	}
	for si := range v.x.Len() {
		s := v.sent(si)
		for k := range s.Tokens {
			if t := &s.Tokens[k]; t.Kind == claims.WordToken && (t.Text() == a || b != "" && t.Text() == b) {
				return true
			}
		}
	}
	return false
}

// writesInitialsOf reports whether the source writes the initials of the
// entity, a name of several capitalised words, as a word in capitals, with
// dots or without ("U.S." or "US" for "United States"), compared with its
// case.
func (v *view) writesInitialsOf(e *claims.Entity) bool {
	bare := lex.Initials(e.Text())
	if bare == "" || len(e.Words) < 2 {
		return false
	}
	return v.writesWord(bare, dotted(bare))
}

// writesWordsOf reports whether a source sentence writes the tokens of
// the entity in a run where no name of the source matches it: a name of
// several words in another case ("global warming", "byte pair encoding",
// a title in capitals), or with its function words as claims leaves them
// in ("Think You Can Dance" of "So You Think You Can Dance"), or in a
// sentence in title case, whose capitals name nothing; and a name of one
// word in the same capitals ("US" as the first word of "US Transportation
// Secretary Anthony Foxx", which it does not match). One word in another
// case is not enough: "Bush" is not the source's "bush". It reads the
// source's words, as it is asked only of a name nothing else accounts
// for. On the train files such a name had been EN3 on 21 consistent texts
// and 16 inconsistent ones, none of them a name the source lacks.
func (v *view) writesWordsOf(e *claims.Entity) bool {
	a, b := tokenRange(v.c, e.Start(), e.End())
	if a >= b {
		return false
	}
	name := v.c.Tokens[a:b]
	// Most names this is asked of have a word the source never writes,
	// which its index of words tells at once: the scan below reads the
	// whole source, and a long one (megabytes, a name a claim) would spend
	// seconds on it.
	for i := range name {
		if name[i].Kind == claims.WordToken && !v.s.writesKey(lex.NameKey(name[i].Text())) {
			return false
		}
	}
	for si := range v.x.Len() {
		toks := v.sent(si).Tokens
		for k := 0; k+len(name) <= len(toks); k++ {
			if runOf(name, toks[k:k+len(name)]) {
				return true
			}
		}
	}
	return false
}

// writesRun reports whether the claim has the words, as tokens in a run,
// case aside.
func (v *view) writesRun(words []string) bool {
	toks := v.c.Tokens
	for k := 0; k+len(words) <= len(toks); k++ {
		i := 0
		for i < len(words) && strings.EqualFold(toks[k+i].Text(), words[i]) {
			i++
		}
		if i == len(words) {
			return true
		}
	}
	return false
}

// runOf reports whether the source tokens are the name's, in lower case
// for a name of several tokens and as written for one of one.
func runOf(name, toks []claims.Token) bool {
	if len(name) == 1 {
		return name[0].Kind == claims.WordToken && name[0].Text() == toks[0].Text()
	}
	for i := range name {
		if name[i].Lower() != toks[i].Lower() {
			return false
		}
	}
	return true
}

// dotted writes an initialism with a dot after each letter ("U.S.").
func dotted(bare string) string {
	var b strings.Builder
	for _, r := range bare {
		b.WriteRune(r)
		b.WriteByte('.')
	}
	return b.String()
}

// shortFormIn reports whether word k of the entity is the short form of a
// word of a source name that the entity matches (see shortFormOf): "Chris"
// in "Chris Moss" where the source names Christopher Moss.
func (v *view) shortFormIn(e *claims.Entity, k int) bool {
	return len(e.Words) >= 2 && v.shortFormOf(e.Words[k], e, k)
}

// shortFormOf reports whether the name key w, word k of the entity or,
// with k < 0, a capitalised word just before it, is the short form of a
// word of a source name that the rest of the entity matches: three letters
// or more that begin a word of the source's name other than its last and
// than those the rest of the entity matches ("Rob Smith" for Robert Smith;
// a capitalised first word of a sentence that is also an ordinary word,
// "Rob", is no word of the entity the claim reads). The last word of a
// name is no short form ("John Smith" is not John Smithson), nor a name of
// one word: "Rob" alone could be anyone.
func (v *view) shortFormOf(w string, e *claims.Entity, k int) bool {
	if len(w) < 3 || k >= len(e.Words)-1 {
		return false
	}
	// begins reports whether w is the short form of word x of a source
	// name of n words, none of the rest of the entity's words.
	begins := func(x int, words []string) bool {
		if x == len(words)-1 || len(words[x]) <= len(w) || !strings.HasPrefix(words[x], w) {
			return false
		}
		for j, o := range e.Words {
			if j != k && sameNameKey(o, words[x]) {
				return false
			}
		}
		return true
	}
	for j, o := range e.Words {
		if j == k {
			continue
		}
		found := false
		v.s.namesWithWord(o, func(si, n int) bool {
			se := &v.sent(si).Entities()[n]
			for x := range se.Words {
				if begins(x, se.Words) && e.Matches(se) {
					found = true
					break
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// shortForms appends to spans the claim's words of the entity, and the
// capitalised word just before it, that are short forms of the words of a
// source name (see shortFormOf) or initialisms with dots the source writes
// without (see mentionsUndotted), and that the source does not have as
// they are.
func (v *view) shortForms(e *claims.Entity, spans []Span) []Span {
	for i := range v.c.Tokens {
		t := &v.c.Tokens[i]
		if t.Kind != claims.WordToken || t.End() > e.End() {
			continue
		}
		if t.Start() >= e.Start() {
			if k := slices.Index(e.Words, t.NameKey()); k >= 0 && !v.s.mentionsWord(e.Words[k]) &&
				(v.shortFormIn(e, k) || v.mentionsUndotted(e.Words[k])) {
				spans = append(spans, Span{t.Text(), t.Start(), t.End()})
			}
			continue
		}
		if i+1 < len(v.c.Tokens) && v.c.Tokens[i+1].Start() == e.Start() && t.Cap() && !t.Stop() &&
			!v.s.mentionsWord(t.NameKey()) && v.shortFormOf(t.NameKey(), e, -1) {
			spans = append(spans, Span{t.Text(), t.Start(), t.End()})
		}
	}
	return spans
}
