package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// Glued runs. A news page pasted as one line glues each photo's caption to
// the next and to the body with a space and no full stop:
//
//	…the mayor cut the ribbon at the opening After the speech the band played Opened: A new bridge…
//	└─ caption ─────────────────────────────┘└─ caption ─────────────────────┘└─ caption
//
// A run read as one sentence lets a claim take its subject from one caption
// and its predicate from another, so each caption is cut out as a sentence
// of its own where a word that can only open a sentence follows a word that
// can end one. The cues, each measured on the development benchmarks and
// summaries.train (the commits that brought them give the figures):
//
//	GR2 a caption label, a capitalised ordinary word and a colon, then a
//	    capital: "…as the band played Opened: A new bridge…"
//	GR3 a capitalised preposition or conjunction that opens a clause ("In",
//	    "After", "With"), after a lower-case word: "…at the opening After
//	    the speech…"
//	GR4 a capitalised name and a finite verb after a year or a weekday:
//	    "…opened in 2004 Smith was mayor…"
//
// GR1, a capitalised determiner or pronoun before a lower-case word ("…at
// the opening The crowd cheered…"), cuts such runs as often and as rightly,
// but lowered the balanced accuracy on the benchmarks' news and on
// claims-val, so it is not used (its figures are in the commit that left
// it out).
//
// The word before must end a phrase: no punctuation but a closing bracket
// or quotation mark, and not a function word, a verb of saying or a word
// that a title or a name follows ("wrote for The Daily", "called The Bridge",
// "in The Valley": see lex.IsTitleTaker). A capitalised word before may be
// part of a title ("Return Of The Hero", "Born In Spring"): none cuts after
// one. A link prompt that opens a piece (see lex.LinkPrompt) is excluded
// as navigation.

// emitRun appends the sentence src[start:end] (trimmed, not empty) cut at
// the openings of the glued sentences it holds, excluding a link prompt
// that opens a piece. It looks only at the capitalised words that follow a
// space (a line break before one is the business of the line reader, see
// hardBreak), with the two words before each, so that it reads each byte
// a bounded number of times.
func (sg *segmenter) emitRun(start, end int) {
	src := sg.src
	from := start
	for i := start + 1; i < end; i++ {
		// The next capital after a space: src[ws].
		if c := src[i]; c < 'A' || c > 'Z' || src[i-1] != ' ' {
			continue
		}
		ws := i
		we := ws
		for we < end && !isSpaceByte(src[we]) {
			we++
		}
		i = we - 1
		// A cue is a label, an opener, or (GR4) a word after a year or
		// a weekday's name: the byte before the space tells the last.
		if c := src[ws-2]; src[we-1] != ':' && lex.GluedOpener(src[ws:we]) == lex.OpensNot &&
			!('0' <= c && c <= '9' || c == 'y') {
			continue
		}
		ps, pe := wordBefore2(src, from, ws)
		if ps < 0 {
			continue
		}
		p2s, p2e := wordBefore2(src, from, ps)
		if opensGluedSentence(src, p2s, p2e, ps, pe, ws, we, end) {
			sg.emitPiece(from, pe)
			from = ws
		}
	}
	sg.emitPiece(from, end)
}

// wordBefore2 returns the span of the word that ends before the white space
// before src[p:], no earlier than from, or -1, -1 when there is none or it
// is longer than 64 bytes (then it is no word that ends a phrase).
func wordBefore2(src string, from, p int) (int, int) {
	e := p
	for e > from && isSpaceByte(src[e-1]) {
		e--
	}
	s := e
	for s > from && !isSpaceByte(src[s-1]) {
		if e-s >= 64 {
			return -1, -1
		}
		s--
	}
	if s == e {
		return -1, -1
	}
	return s, e
}

// emitPiece appends src[start:end] as a sentence, trimmed, unless it is a
// link prompt; one that opens the piece (see lex.LinkPrompt) is excluded
// alone. A piece longer than maxSentenceBytes is cut short (see
// cutPoint) into several.
func (sg *segmenter) emitPiece(start, end int) {
	start, end = trimSpace(sg.src, start, end)
	if start >= end {
		return
	}
	if n := lex.LinkPrompt(sg.src[start:end]); n > 0 {
		// The prompt alone, or with punctuation after it, goes whole.
		rest, _ := trimSpace(sg.src, start+n, end)
		if !hasWordChar(sg.src, rest, end) {
			n, rest = end-start, end
		}
		sg.excluded = append(sg.excluded, Excluded{Text: sg.src[start : start+n], Start: start, End: start + n, Reason: "navigation"})
		if start = rest; start >= end {
			return
		}
	}
	for end-start > maxSentenceBytes {
		cut := cutPoint(sg.src, start, start+maxSentenceBytes)
		s, e := trimSpace(sg.src, start, cut)
		sg.sentences = append(sg.sentences, Sentence{Text: sg.src[s:e], Start: s, End: e})
		start, _ = trimSpace(sg.src, cut, end)
	}
	if isNavigationSentence(sg.src[start:end]) {
		sg.excluded = append(sg.excluded, Excluded{Text: sg.src[start:end], Start: start, End: end, Reason: "navigation"})
		return
	}
	sg.sentences = append(sg.sentences, Sentence{Text: sg.src[start:end], Start: start, End: end})
}

// Kinds of the word before a cue, as prevKind tells them.
const (
	prevNone   = iota // it cannot end a phrase: punctuation, a function word
	prevLower         // a lower-case word
	prevCloser        // a word closed by a bracket or a quotation mark
	prevNumber        // a number; a year is also prevYear
	prevYear          // a year, 1900-2099
	prevDay           // a weekday's name, not in a name ("the Sunday Courier")
	prevUpper         // another capitalised word
)

// prevKind classifies the word src[ps:pe] before a possible cue; p2 is the
// word before it, for "the Sunday Courier".
func prevKind(src string, p2s, p2e, ps, pe int) int {
	w := src[ps:pe]
	if b := strings.TrimRight(w, ")'\"’”"); len(b) < len(w) && (b == "" || !isASCIIAlnum(b[len(b)-1]) && b[len(b)-1] < utf8.RuneSelf) {
		return prevNone // "said:'", "(", a quotation mark alone
	}
	switch c := w[len(w)-1]; {
	case c == ')':
		if isEnumerator(w) {
			return prevNone // "i) The first clause"
		}
		return prevCloser
	case c == '\'' || c == '"':
		return prevCloser
	case c >= utf8.RuneSelf:
		if r, _ := utf8.DecodeLastRuneInString(w); r == '’' || r == '”' {
			return prevCloser
		}
		return prevNone
	case !isASCIIAlnum(c):
		return prevNone
	}
	switch c := w[0]; {
	case '0' <= c && c <= '9':
		if !isDigits(w) {
			return prevNone
		}
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && p2s >= 0 && datesYear(src[p2s:p2e]) {
			return prevYear
		}
		return prevNumber
	case 'a' <= c && c <= 'z':
		if len(w) > 24 {
			return prevNone
		}
		if lex.IsStop(w) || lex.IsReportingVerb(w) || lex.IsStanceVerb(w) || lex.IsTitleTaker(w) {
			return prevNone
		}
		return prevLower
	case 'A' <= c && c <= 'Z':
		if lex.IsWeekdayName(w) {
			if p2s >= 0 && (src[p2s:p2e] == "the" || src[p2s:p2e] == "a" || 'A' <= src[p2s] && src[p2s] <= 'Z') {
				return prevUpper // "the Sunday Courier", "Good Friday"
			}
			return prevDay
		}
		if lex.IsCapitalisedStop(w) {
			return prevNone // "Out Of Here", "Return Of The Hero": a title
		}
		return prevUpper
	}
	return prevNone
}

// opensGluedSentence reports whether the capitalised word src[ws:we] opens
// a sentence glued to the one before it, whose last word is src[ps:pe]
// and the word before that src[p2s:p2e] (see the cues above). The words
// after it are read up to end, at most three of them.
func opensGluedSentence(src string, p2s, p2e, ps, pe, ws, we, end int) bool {
	w := src[ws:we]
	if len(w) > 24 {
		return false
	}
	label := w[len(w)-1] == ':'
	op := lex.GluedOpener(w)
	if !label && op == lex.OpensNot {
		// Only GR4 is left, after a year or a weekday: most capitalised
		// words are ruled out by the word before without a look-up.
		switch c := src[ps]; {
		case '0' <= c && c <= '9':
			if pe-ps != 4 {
				return false
			}
		case 'A' <= c && c <= 'Z':
			if !strings.HasSuffix(src[ps:pe], "day") {
				return false
			}
		default:
			return false
		}
		if !isASCIILetters(w) {
			return false
		}
	}
	kind := prevKind(src, p2s, p2e, ps, pe)
	if kind == prevNone {
		return false
	}
	ns, ne := nextWord(src, we, end)
	next := src[ns:ne]
	switch {
	case label: // GR2
		// A caption's label is an ordinary word ("Opened:", "Scene:"); a
		// name is a speaker's in a dialogue ("Anna: I will…"), whose turn
		// ends in a full stop as often as not.
		return kind != prevUpper && len(w) >= 4 && isASCIILetters(w[:len(w)-1]) &&
			next != "" && 'A' <= next[0] && next[0] <= 'Z' &&
			lex.StemClass(lex.LookupFolded(w[:len(w)-1]).Stem)&lex.CommonStem != 0
	case op == lex.OpensClause: // GR3
		return kind == prevLower
	}
	// GR4: a name and a finite verb after a year or a weekday.
	if kind != prevYear && kind != prevDay || lex.IsCapitalisedStop(w) {
		return false
	}
	if next != "" && 'A' <= next[0] && next[0] <= 'Z' && isASCIILetters(next) {
		ns, ne = nextWord(src, ne, end) // a name of two words
		next = src[ns:ne]
	}
	if lex.IsPreVerb(next) && !lex.IsFiniteVerb(next) {
		ns, ne = nextWord(src, ne, end) // an adverb before the verb
		next = src[ns:ne]
	}
	return lex.IsFiniteVerb(next)
}

// nextWord returns the span of the word that follows src[p:] after white
// space, up to end.
func nextWord(src string, p, end int) (int, int) {
	for p < end && isSpaceByte(src[p]) {
		p++
	}
	q := p
	for q < end && !isSpaceByte(src[q]) && q-p < 64 {
		q++
	}
	return p, q
}

// isASCIILetters reports whether w is ASCII letters, apostrophes and
// hyphens inside ("O'Neill", "Close-up"), and not empty.
func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if !('a' <= c && c <= 'z') && !(i > 0 && i < len(w)-1 && (w[i] == '\'' || w[i] == '-')) {
			return false
		}
	}
	return w != ""
}

// isEnumerator reports whether a word that ends in a bracket is a list
// enumerator ("2)", "b)", "iv)") rather than a word in brackets
// ("(left)").
func isEnumerator(w string) bool {
	w = strings.TrimLeft(strings.TrimRight(w, ")"), "(")
	if len(w) < 3 || isDigits(w) {
		return true
	}
	return strings.Trim(strings.ToLower(w), "ivxlcdm") == ""
}

// datesYear reports whether a word before a year makes it a date of the
// sentence ("in 1999", "November 2008") rather than a name's ("the 1980
// team", "as 2015 hosts").
func datesYear(w string) bool {
	switch w {
	case "in", "since", "from", "until", "during", "of":
		return true
	}
	return lex.IsMonthName(w)
}
