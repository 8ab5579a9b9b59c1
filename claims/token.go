package claims

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// TokenKind says what a token is made of.
type TokenKind uint8

// Token kinds.
const (
	WordToken   TokenKind = iota // letters, with inner apostrophes or dots ("don't", "U.S.")
	NumberToken                  // starts with a digit: "1,200", "3.5", "1990s", "2nd"
	PunctToken                   // one punctuation or symbol character
)

// A Token is a word, number or punctuation mark of a sentence.
// Text() == src[Start():End()] for the document's text src. A possessive
// "'s" is left out of the word it follows, so "Orlov's" gives the token
// "Orlov".
//
// A token is a compact record (16 bytes), as a prepared source holds one
// for every five bytes of its text: what the lexicon knows of its word
// (its lower case, stem, name key and classes, shared by every token of
// the same word, which also keeps the word's spellings), its 32-bit offset
// and 16-bit length in the document's text, its kind and a byte of flags,
// which also number its spelling among its word's. Its text, end, lower
// case, stem and flags are read with methods (Text, Start, End, Lower,
// Stem, Stop, Cap, Attribution). Parse and Tokenize read texts of up to
// MaxText bytes, and cut a word or number longer than MaxTokenLen bytes
// into tokens of at most that many.
type Token struct {
	// w is what the lexicon knows of the word; for a mark, and a number
	// written without capitals, a bare word (lex.Bare): its lower case,
	// stem and key are its text.
	w     *lex.Word
	start uint32 // byte offset of the token in the original text
	n     uint16 // its length in bytes
	Kind  TokenKind
	flags tokenFlags // and the number of its spelling (see formShift)
}

// MaxText is the longest text whose tokens' offsets a Token can hold: 4
// GiB less a byte.
const MaxText = 1<<32 - 1

// MaxTokenLen is the longest token, in bytes, that a Token can hold.
const MaxTokenLen = 1<<16 - 1

// formShift places the number of a token's spelling among its word's
// (lex.Word.FormOf: 0 for its lower case) in the top bits of its flags.
const formShift = 5

// The words of the tokens that the word cache does not give: the words of
// dotted acronyms and of numbers with capitals by their lower case, and
// the bare words of marks and numbers by their text. Each is bounded, so
// that a stream of unique junk cannot grow memory without limit; past
// the bound, a token gets a word of its own.
var (
	dottedWords   = &lex.Cache[lex.Word]{Max: 1 << 16}
	verbatimWords = &lex.Cache[lex.Word]{Max: 1 << 16}
	bareWords     = &lex.Cache[lex.Word]{Max: 1 << 18}
)

// wordOf returns the word that c holds for key, made by mk when it
// holds none (and kept when it has room).
func wordOf(c *lex.Cache[lex.Word], key string, mk func(string) *lex.Word) *lex.Word {
	if w := c.Get(key); w != nil {
		return w
	}
	key = strings.Clone(key)
	w, _ := c.Add(key, mk(key), nil)
	return w
}

// asciiMarks are the bare words of the one-byte marks.
var asciiMarks = func() (m [utf8.RuneSelf]*lex.Word) {
	for c := range m {
		m[c] = lex.Bare(string(rune(c)))
	}
	return m
}()

// makeToken returns the token src[start:end] of kind k and word w, with
// flags f, its spelling numbered among w's: one that w has no room for
// gets a word of its own.
func makeToken(src string, start, end int, k TokenKind, w *lex.Word, f tokenFlags) Token {
	n, ok := w.FormOf(src[start:end])
	return spelledToken(src, start, end, k, w, f, n, ok)
}

// spelledToken returns the token src[start:end] of kind k, word w and
// flags f, whose spelling is number n of w's, unless ok is false (w has no
// room for it): then it gets a word of its own.
func spelledToken(src string, start, end int, k TokenKind, w *lex.Word, f tokenFlags, n int, ok bool) Token {
	if !ok {
		return ownToken(src, start, end, k, w, f)
	}
	if w.Cached() {
		f |= cachedWord
	}
	return Token{w: w, start: uint32(start), n: uint16(end - start), Kind: k, flags: f | tokenFlags(n)<<formShift}
}

// ownToken is spelledToken for a spelling w has no room for (rare): the
// token gets a word of its own, spelling 1 of it.
func ownToken(src string, start, end int, k TokenKind, w *lex.Word, f tokenFlags) Token {
	return Token{w: w.Own(src[start:end]), start: uint32(start), n: uint16(end - start), Kind: k, flags: f | 1<<formShift}
}

// mark returns the token of the mark src[start:end], one character.
func mark(src string, start, end int) Token {
	w := asciiMarks[src[start]&0x7f]
	if src[start] >= utf8.RuneSelf {
		w = wordOf(bareWords, src[start:end], lex.Bare)
	}
	return makeToken(src, start, end, PunctToken, w, 0)
}

// Text returns the token's text, as written.
func (t *Token) Text() string {
	if t.w == nil {
		return ""
	}
	if f := t.flags >> formShift; f != 0 {
		return t.w.Form(int(f))
	}
	return t.w.Lower
}

// tokenFlags are what a token's sentence and spelling tell of its word.
type tokenFlags uint8

const (
	// stemIsLower marks a word whose stem is its lower case: an acronym
	// spelt like a function word ("the US", "the WHO"), not stemmed.
	stemIsLower tokenFlags = 1 << iota
	// stopWord marks a function word with no claim content.
	stopWord
	// capital marks a token that starts with an upper-case letter.
	capital
	// attribution marks a word of an attribution (see Token.Attribution).
	attribution
	// cachedWord marks a token whose word is the word cache's for its
	// lower case (lex.Word.Cached): two such tokens have the same lower
	// case exactly when they have the same word (see SameLower).
	cachedWord
)

// Start returns the byte offset of the token in the original text.
func (t *Token) Start() int { return int(t.start) }

// End returns the byte offset just after the token in the original text.
func (t *Token) End() int { return int(t.start) + int(t.n) }

// Stop reports whether the token is a function word with no claim
// content.
func (t *Token) Stop() bool { return t.flags&stopWord != 0 }

// Cap reports whether the token starts with an upper-case letter.
func (t *Token) Cap() bool { return t.flags&capital != 0 }

// Attribution reports whether the token is a word of an attribution, the
// cue and the source it names ("according to the ministry"): such words
// say who says the claim, not what it says.
func (t *Token) Attribution() bool { return t.flags&attribution != 0 }

// set sets or clears flag f.
func (t *Token) set(f tokenFlags, on bool) {
	if on {
		t.flags |= f
	} else {
		t.flags &^= f
	}
}

// Lower returns the token lower-cased, with curly apostrophes made
// straight.
func (t *Token) Lower() string {
	if t.w == nil {
		return ""
	}
	return t.w.Lower
}

// SameLower reports whether t.Lower() == u.Lower(). When both tokens keep
// the word cache's word for their lower case, it compares the two words'
// addresses and reads neither word: the exact stage of alignment and the
// copied runs of score ask it of many pairs of tokens.
func (t *Token) SameLower(u *Token) bool {
	if t.flags&u.flags&cachedWord != 0 {
		return t.w == u.w
	}
	return t.Lower() == u.Lower()
}

// Stem returns the token's normalised snowball stem (see
// internal/lex.Stem); Lower for non-words.
func (t *Token) Stem() string {
	switch {
	case t.w == nil:
		return ""
	case t.flags&stemIsLower != 0:
		return t.w.Lower
	}
	return t.w.Stem
}

// class returns the word classes of the token's word.
func (t *Token) class() lex.Class {
	if t.w == nil {
		return 0
	}
	return t.w.Class
}

// NameKey returns the token's name key (see the package's NameKey): the
// form under which spelling variants of one name meet. It is looked up
// with the word's stem.
func (t *Token) NameKey() string {
	if t.Kind == WordToken && t.w != nil {
		return t.w.Key
	}
	return t.Lower()
}

// Content reports whether the token carries claim content: a number, or a
// word that is neither a stop word nor part of an attribution.
func (t *Token) Content() bool {
	return !t.Attribution() && (t.Kind == NumberToken || t.Kind == WordToken && !t.Stop())
}

// Tokenize splits src[start:end], one sentence, into tokens, appending them
// to dst. The tokens are final: what depends on the rest of the sentence
// (a short all-capital word that is an acronym, not a function word: "the
// US", "the WHO"; the words of an attribution) is decided here, so Parse
// gives the same tokens for the sentence, and no later step changes them.
// A sentence that ends beyond MaxText gives none.
func Tokenize(dst []Token, src string, start, end int) []Token {
	if end > MaxText {
		return dst
	}
	dst, _ = sentenceTokens(dst, nil, src, start, end)
	return dst
}

// sentenceTokens appends the final tokens of the sentence src[start:end]
// to toks and its cues to cues.
func sentenceTokens(toks []Token, cues []Cue, src string, start, end int) ([]Token, []Cue) {
	n, nc := len(toks), len(cues)
	toks = words(toks, src, start, end)
	markAcronyms(toks[n:])
	markSplitAuxiliaries(toks[n:])
	markTokenisedMarks(toks[n:])
	cues = findCues(cues, toks[n:], unsafe.StringData(src))
	markAttributions(toks[n:], cues[nc:])
	return toks, cues
}

// markSplitAuxiliaries makes function words of the auxiliaries a tokeniser
// split from their "n't" ("ca n't", "wo n't", "sha n't"): alone, "ca" and
// "wo" look like content words.
func markSplitAuxiliaries(toks []Token) {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		// A "n't" is three characters, each one byte to four: the length
		// rules out most tokens without reading their words.
		if t.Kind != WordToken || t.Stop() || toks[i+1].n < 3 || toks[i+1].n > 12 || toks[i+1].Lower() != "n't" {
			continue
		}
		if base, ok := lex.SplitAuxiliary(t.Lower()); ok {
			// Rare: the token gets a word of its own.
			t.w, t.flags = t.w.WithStem(base), (t.flags|stopWord)&^(stemIsLower|cachedWord)
		}
	}
}

// markTokenisedMarks makes function words of what a tokeniser split off
// or spelled out, which look like content words: the clitic of a
// contraction standing apart from its pronoun ("i 'm", "we 're", "you 've",
// "he 'll", "she 'd"; "'s" and "n't" are function words already), and
// the Penn Treebank's names of brackets ("-lrb- psu -rrb-" for "(PSU)").
// Both are read only as tokenised text writes them: the apostrophe or
// hyphens touch the word and stand apart from the word before.
func markTokenisedMarks(toks []Token) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind != WordToken || t.Stop() || t.n > 3 {
			continue
		}
		prev := &toks[i-1]
		if prev.Kind != PunctToken || prev.End() != t.Start() {
			continue
		}
		switch t.Lower() {
		case "m", "re", "ve", "ll", "d":
			if mark := prev.Text(); (mark == "'" || mark == "’") && i >= 2 &&
				toks[i-2].End() < prev.Start() && toks[i-2].Kind == WordToken && toks[i-2].Stop() {
				t.flags |= stopWord
			}
		case "lrb", "rrb", "lsb", "rsb", "lcb", "rcb":
			if prev.Text() == "-" && i+1 < len(toks) && toks[i+1].Start() == t.End() && toks[i+1].Text() == "-" {
				t.flags |= stopWord
			}
		}
	}
}

// words appends the tokens of src[start:end] to dst as the characters
// make them, before the sentence has a say.
func words(dst []Token, src string, start, end int) []Token {
	for i := start; i < end; {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				i = appendWord(&dst, src, i, end)
			case '0' <= c && c <= '9':
				i = appendNumber(&dst, src, i, end)
			default:
				dst = append(dst, mark(src, i, i+1))
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:end])
		switch {
		case unicode.IsLetter(r):
			i = appendWord(&dst, src, i, end)
		case unicode.IsDigit(r):
			i = appendNumber(&dst, src, i, end)
		case unicode.IsSpace(r) || r == utf8.RuneError && size == 1:
			i += size
		default:
			dst = append(dst, mark(src, i, i+size))
			i += size
		}
	}
	return dst
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func appendWord(dst *[]Token, src string, start, end int) int {
	end = min(end, start+MaxTokenLen)
	// Dotted acronyms: "U.S.", "a.m.", "e.g.": a dot follows the first
	// letter.
	if start+1 < end && src[start+1] == '.' {
		if j := acronymEnd(src, start, end); j > start {
			*dst = append(*dst, makeWord(src, start, j, false))
			return j
		}
	}
	i := start
	// plain stays true while the word is ASCII letters, digits and straight
	// apostrophes: no mark to make straight, no dot.
	plain := true
	for more := true; more && i < end; {
		// Eight bytes at a time while they are ASCII letters and digits.
		for i+8 <= end {
			n := alnumsOf(load8(src[i:]))
			i += n
			if n < 8 {
				break
			}
		}
		if i >= end {
			break
		}
		if c := src[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			i++ // asciiStep's first case, without the call
			continue
		}
		if c := src[i]; c < utf8.RuneSelf {
			if c != '\'' && c != ';' && c != '`' {
				break // asciiStep ends the word here
			}
			plain = plain && c != ';' && c != '`'
			i, more = asciiStep(src, start, i, end)
		} else {
			plain = false
			i, more = runeStep(src, start, i, end)
		}
	}
	*dst = append(*dst, makeWord(src, start, i, plain))
	// Skip a possessive 's so the next token starts after it.
	if i < end && (src[i] == '\'' || src[i] == "’"[0] && strings.HasPrefix(src[i:end], "’")) && possessiveAt(src, i, end) {
		_, size := utf8.DecodeRuneInString(src[i:end])
		i += size + 1
	}
	return i
}

// asciiStep reads the ASCII byte at i of the word that starts at start:
// it returns where the word goes on and whether it may go on past that.
// Letters and digits belong to the word, and so does an apostrophe before a
// letter unless it opens a possessive "'s"; "didn;t" takes its slip.
func asciiStep(src string, start, i, end int) (int, bool) {
	switch c := src[i]; {
	case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
		return i + 1, true
	case (c == ';' || c == '`') && misspeltNot(src, start, i, 1, end):
		return i + 2, false
	case c == '\'' && i+1 < end && isASCIILetter(src[i+1]) && !possessive(src, i+1, end):
		return i + 1, true
	}
	return i, false
}

// runeStep reads the multi-byte rune at i of the word that starts at start,
// as asciiStep does: a curly apostrophe before a letter (not a possessive),
// the slips "isn´t" and "isn‘t", letters, digits and combining marks.
func runeStep(src string, start, i, end int) (int, bool) {
	r, size := utf8.DecodeRuneInString(src[i:end])
	switch {
	case r == '’' && i+size < end && isASCIILetter(src[i+size]) && !possessive(src, i+size, end):
		return i + size, true
	case (r == '´' || r == '‘') && misspeltNot(src, start, i, size, end):
		return i + size + 1, false
	case isWordRune(r):
		return i + size, true
	}
	return i, false
}

// misspeltNot recognises "didn;t", "isn´t", "don`t": an auxiliary's "n't"
// typed with another mark of size bytes at i, which would otherwise split
// the negation off as a lone "t".
func misspeltNot(src string, start, i, size, end int) bool {
	j := i + size
	if j >= end || src[j] != 't' && src[j] != 'T' || !lex.IsNegatedAuxiliary(src[start:i]+"'t") {
		return false
	}
	if j+1 == end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(src[j+1 : end])
	return !isWordRune(r)
}

// possessive reports whether the letters at i are a lone "s" ending a word.
func possessive(src string, i, end int) bool {
	if src[i] != 's' && src[i] != 'S' {
		return false
	}
	if i+1 >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(src[i+1 : end])
	return !isWordRune(r)
}

func possessiveAt(src string, i, end int) bool {
	_, size := utf8.DecodeRuneInString(src[i:end])
	return i+size < end && possessive(src, i+size, end)
}

// alnumRun8 returns how many of the first 8 bytes of s (it has 8 or more)
// are ASCII letters or digits before one that is not (see alnumsOf).
func alnumRun8(s string) int { return alnumsOf(load8(s)) }

// alnumsOf returns how many of the 8 bytes of k (little-endian) are ASCII
// letters or digits before one that is not, as lettersOf does the letters:
// with the high bit cleared, a byte is a digit when adding 0x80-'0' sets
// its high bit and adding 0x80-'9'-1 does not, and it had no high bit.
func alnumsOf(k uint64) int {
	const lsb = 0x0101010101010101
	const high = 0x80 * lsb
	g := (k | 0x20*lsb) &^ high
	letters := (g + lsb*(0x80-'a')) &^ (g + lsb*(0x80-'z'-1))
	h := k &^ high
	digits := (h + lsb*(0x80-'0')) &^ (h + lsb*(0x80-'9'-1))
	return bits.TrailingZeros64(^((letters|digits)&high&^k)&high) / 8
}

func isASCIILetter(c byte) bool { return (c|0x20)-'a' < 26 } // upper case is lower case less 0x20

// acronymEnd returns the end of a dotted acronym starting at i ("U.S.",
// "a.m."), or i when there is none.
func acronymEnd(src string, i, end int) int {
	j := i
	n := 0
	for j+1 < end && isASCIILetter(src[j]) && src[j+1] == '.' {
		j += 2
		n++
		if j < end && isASCIILetter(src[j]) && (j+1 >= end || !isASCIILetter(src[j+1])) {
			continue
		}
		break
	}
	if n < 2 {
		return i
	}
	return j
}

// apostrophes makes the marks a word can hold as an apostrophe straight:
// curly ones, and the slips misspeltNot lets in.
var apostrophes = strings.NewReplacer("’", "'", ";", "'", "`", "'", "´", "'", "‘", "'")

// hasApostropheMark reports whether a word may hold one of the marks
// apostrophes replaces: any of them, or a byte of a multi-byte rune.
func hasApostropheMark(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == ';' || c == '`' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// makeWord makes the word token src[s:e]; plain says that it is ASCII
// letters, digits and straight apostrophes only (false when it may not be).
func makeWord(src string, s, e int, plain bool) Token {
	text := src[s:e]
	var w *lex.Word
	var f tokenFlags
	if c := text[0]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && lex.IsUpperStart(text) { // IsUpperStart's ASCII case, without the call
		f |= capital
	}
	if plain || !hasApostropheMark(text) && strings.IndexByte(text, '.') < 0 {
		// ASCII: the lower case is made only if new, and the spelling
		// numbered from its capitals, without comparing strings.
		w, n, ok := lex.LookupForm(text)
		if w.Class&lex.StopWord != 0 {
			f |= stopWord
		}
		if !ok {
			return ownToken(src, s, e, WordToken, w, f)
		}
		if w.Cached() {
			f |= cachedWord
		}
		// spelledToken, inlined by hand: the hot path of tokenising.
		return Token{w: w, start: uint32(s), n: uint16(e - s), Kind: WordToken, flags: f | tokenFlags(n)<<formShift}
	}
	lower := lex.Lower(text)
	if hasApostropheMark(lower) {
		lower = apostrophes.Replace(lower)
	}
	if strings.Contains(lower, ".") {
		// A dotted acronym's stem drops the dots, so "U.K." meets "UK".
		w = wordOf(dottedWords, lower, lex.Dotted)
	} else {
		w = lex.Lookup(lower)
	}
	if w.Class&lex.StopWord != 0 {
		f |= stopWord
	}
	return makeToken(src, s, e, WordToken, w, f)
}

func appendNumber(dst *[]Token, src string, start, end int) int {
	end = min(end, start+MaxTokenLen)
	i := start
	for i < end {
		c := src[i]
		if '0' <= c && c <= '9' {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			// Digits of other scripts ("٣") are part of the number too.
			if r, size := utf8.DecodeRuneInString(src[i:end]); unicode.IsDigit(r) {
				i += size
				continue
			}
		}
		if (c == '.' || c == ',') && i+1 < end && '0' <= src[i+1] && src[i+1] <= '9' && i > start {
			i++
			continue
		}
		break
	}
	// Suffixes glued to digits: "1990s", "2nd", "5m", "10km".
	for i < end && isASCIILetter(src[i]) {
		i++
	}
	text := src[start:i]
	var w *lex.Word
	if lower := lex.Lower(text); lower != text {
		w = wordOf(verbatimWords, lower, lex.Verbatim)
	} else {
		w = wordOf(bareWords, text, lex.Bare)
	}
	*dst = append(*dst, makeToken(src, start, i, NumberToken, w, 0))
	return i
}
