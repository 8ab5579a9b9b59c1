package claims

import (
	"math/bits"
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// isLowerCase reports whether src is written (almost) all in lower case,
// as tokenised summaries often are. It is the one answer to that question:
// the segmenter asks it (a lower-case word after a full stop then starts a
// sentence) and so does Parse (names are then found by dictionary, not by
// capitals).
//
// It counts words, not letters, and only capitalised ones ("The",
// "Paris"): an acronym ("BBC", a tokeniser's "UNK") says nothing of
// whether sentences start with a capital. A text of ten lower-case words
// or more is lower case when fewer than one word in lowerCaseShare is
// capitalised. A text that capitalises the first word of its sentences and
// (almost) no other, fewer than one word in sentenceCaseShare, is lower case
// too when it writes a name in lower case: a word of it that is no ordinary
// English word ("mario draghi yelled"), or, in a text of sentenceCaseWords
// lower-case words or more, which names someone, its lack of capitals.
func isLowerCase(src string) bool {
	upper, inside, lower := 0, 0, 0
	unknown := false // a lower-case word that is no ordinary English word
	opens := true    // the next word opens a sentence
	// A word is a run of ASCII letters; it is read at its first letter,
	// and the rest of its letters count for nothing. The last byte of src
	// starts no word.
	last := len(src) - 1
	for i := 0; i < last; {
		c := src[i]
		if !isASCIILetter(c) {
			switch {
			case c == '.' || c == '!' || c == '?' || c == '\n':
				opens = true
			case '0' <= c && c <= '9':
				opens = false
			}
			i++
			continue
		}
		first := opens
		opens = false
		switch next := src[i+1]; {
		case 'A' <= c && c <= 'Z' && 'a' <= next && next <= 'z':
			upper++
			if !first {
				inside++
			}
			// The rest of src, last-i bytes, holds fewer than
			// (last-i)/2+1 more words: when the capitals counted
			// outweigh the lower-case words there can be by the end,
			// the answer is no.
			if most := lower + (last-i)/2 + 1; upper*lowerCaseShare >= most && inside*sentenceCaseShare >= most {
				return false
			}
		case 'a' <= c && c <= 'z':
			lower++
			if !unknown && inside == 0 {
				unknown = unknownWord(src[i:])
			}
		}
		// Skip the rest of the word's letters.
		j := i + 1
		for j+8 <= last {
			n := lettersOf(load8(src[j:]))
			j += n
			if n < 8 {
				break
			}
		}
		for j < last && isASCIILetter(src[j]) {
			j++
		}
		i = j
	}
	if lower < 5 {
		return false
	}
	return upper*lowerCaseShare < lower ||
		inside*sentenceCaseShare < lower && (unknown || lower >= sentenceCaseWords)
}

// letterRun8 returns how many of the first 8 bytes of s (it has 8 or
// more) are ASCII letters before one that is not (see lettersOf).
func letterRun8(s string) int { return lettersOf(load8(s)) }

// load8 returns the first 8 bytes of s (it has 8 or more) as one
// little-endian integer. load8 and the readers of its integer (lettersOf,
// alnumsOf) are small enough for the compiler to inline them into a loop,
// which letterRun8 and alnumRun8 are not.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lettersOf returns how many of the 8 bytes of k (little-endian) are
// ASCII letters before one that is not: with the 0x20 bit set and the
// high bit cleared, a byte is a letter when adding 0x80-'a' sets its high
// bit and adding 0x80-'z'-1 does not (no sum carries into the next byte),
// and it had no high bit.
func lettersOf(k uint64) int {
	const lsb = 0x0101010101010101
	const high = 0x80 * lsb
	g := (k | 0x20*lsb) &^ high
	letters := (g + lsb*(0x80-'a')) &^ (g + lsb*(0x80-'z'-1)) & high &^ k
	return bits.TrailingZeros64(^letters&high) / 8
}

// unknownWord reports whether the lower-case word that src starts with is
// three letters or more and no ordinary English word or function word,
// by the lexicon or by its form: a rare word made of ordinary ones
// ("reobtained", "groundwater", the "multi" of "multi-colored"; see
// lex.ComposedForm and lex.OrdinaryForm) says nothing of whether the
// text writes its names in lower case. On the train files such a word
// had made the claims of 43 texts (19 consistent, 24 inconsistent) that
// capitalise only their first word lower case, the word then read as a
// name the source never mentions (EN3); none was a name.
func unknownWord(src string) bool {
	n := 0
	for n < len(src) && 'a' <= src[n] && src[n] <= 'z' {
		n++
	}
	if n < 3 || n < len(src) && (isASCIILetter(src[n]) || src[n] >= 0x80) {
		return false // short, or not all ASCII lower case ("eBay", "café")
	}
	w := lex.Lookup(src[:n])
	// A month or weekday written in lower case is no name.
	if lex.IsStop(w.Lower) || w.Class&(lex.MonthName|lex.WeekdayName|lex.UnlistedFunction|lex.CommonDegreeStem) != 0 {
		return false
	}
	if n < len(src) && src[n] == '-' && lex.IsWordPrefix(w.Lower) {
		return false // "multi-colored", "pre-dating"
	}
	return !lex.OrdinaryForm(w.Lower) && !lex.ComposedForm(w.Lower)
}

// lowerCaseShare: news capitalises one word in five or six (16-23% of the
// words of the bundled articles and of the SummEdits sources: sentence
// starts and names).
const lowerCaseShare = 25

// sentenceCaseShare: a text that capitalises only the first word of its
// sentences (a lower-cased summary whose sentences a tokeniser restarted)
// capitalises no word inside them, where news capitalises a name every
// 10 to 50 words (the BUMP sources: 2% at least).
const sentenceCaseShare = 100

// sentenceCaseWords is the fewest lower-case words a text must have for its
// lack of capitals inside sentences to tell without a name written in lower
// case: a short text may just name no one ("The talks resumed in
// september, officials said.").
const sentenceCaseWords = 40

// isTitleCase reports a sentence of four or more content words, nearly all
// capitalised: a headline written in title case.
func isTitleCase(toks []Token) bool {
	if n := len(toks); n > 0 && toks[n-1].Kind == PunctToken && strings.ContainsAny(toks[n-1].Text(), ".!?”\"") {
		return false // headlines do not end with a full stop
	}
	words, caps := 0, 0
	for i := range toks {
		if toks[i].Kind == WordToken && !toks[i].Stop() {
			words++
			if toks[i].Cap() {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// isShouting reports a long all-capitals word, the tabloid emphasis of an
// ordinary word ("A LONE voice"), unlike an acronym ("UNESCO").
func isShouting(t *Token) bool {
	if t.n <= 5 { // the length of its text, which is not read
		return false
	}
	for i := 0; i < len(t.Text()); i++ {
		if 'a' <= t.Text()[i] && t.Text()[i] <= 'z' {
			return false
		}
	}
	return true
}

// markAcronyms makes short all-capital words content words in a sentence
// that also has lower-case words: "US", "WHO" and "IT" there are names, not
// the function words they spell.
func markAcronyms(toks []Token) {
	lower := false
	for i := range toks {
		if toks[i].Kind == WordToken && !toks[i].Cap() {
			lower = true
			break
		}
	}
	if !lower {
		return
	}
	// A run of capitals is shouting, not acronyms: "CLICK HERE".
	shouted := func(i int) bool {
		return i >= 0 && i < len(toks) && toks[i].Kind == WordToken && toks[i].Cap() && toks[i].n >= 2 && isUpperWord(toks[i].Text())
	}
	// A word of capitals starts with one (Cap), and its length is the
	// token's: most tokens are ruled out without reading their words.
	for i := range toks {
		t := &toks[i]
		if t.Kind == WordToken && t.Stop() && t.Cap() && t.n >= 2 && t.n <= 5 && isUpperWord(t.Text()) &&
			!shouted(i-1) && !shouted(i+1) {
			t.flags = t.flags&^stopWord | stemIsLower
		}
	}
}

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
