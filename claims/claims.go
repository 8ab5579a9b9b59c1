// Package claims turns a text into the checkable statements a consistency
// check compares: it cleans the text, splits it into sentences and reads
// each sentence's words, numbers, dates, names, quotations and cues.
//
// # The lossless contract
//
// Every result points back to exact bytes of the text given to Parse or
// Segment, src, and nothing of src is lost:
//   - every Sentence has Text == src[Start:End], with no white space at
//     either end; sentences are in order and do not overlap;
//   - every byte of src that is not white space is in one sentence or in
//     one Excluded piece that cleaning left out (with its reason), never in
//     both;
//   - invalid UTF-8 is no error: an invalid byte stays in place in the
//     sentence it occurs in; it is in no token (a word ends before it);
//   - every Token, Number, Date, RelativeDate, Entity, Quote and Cue (and a Cue's
//     Source) has Text == src[Start:End] (a Token: Text(), Start(), End()),
//     inside its sentence.
//
// # What each feature keeps
//
//   - Tokens: words, numbers and single marks, with lower case, a
//     normalised stem and word classes. They are final when made (see
//     Tokenize): a short all-capital word that is an acronym is content,
//     the words of an attribution are not.
//   - Numbers: a value in one unit (decades in years, miles in metres),
//     with ranges, ordinals and "about"; a year is a Date, not a Number,
//     and "once", "both" or "one of" are no Number.
//   - Dates: years, months, days, weekdays, ranges and decades, with
//     "early", "mid" or "late".
//   - RelativeDates: dates from the day of writing ("today", "last
//     night", "next month"), with their scale and offset.
//   - Entities: runs of capitalised words (in a text written in lower case,
//     words that are not ordinary English words); a capitalised ordinary
//     word that only opens a sentence is left out, titles stay in the text
//     and out of Words.
//   - Quotes: quotations of any depth, clipped to the sentence.
//   - Cues: negation, hedge and attribution words; an attribution names its
//     source where it can be found.
//   - Dangling: an opening personal pronoun that refers to no one named.
package claims

import (
	"sync"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// A Statement is one checkable statement of a text: a sentence, with its words
// and the features that a consistency check compares.
//
// Its sentence and features are read through methods: they lie in
// arrays that the statements of its document share (the text itself, one
// array of each kind of feature, and where each statement's runs of
// features end), and a statement keeps where its own are: 48 bytes with
// its Tokens, where a statement of a Sentence and seven slices was 208,
// and a long-lived source holds a statement in about 145 bytes of its
// text. Each method that returns a slice returns nil when the statement
// has none, and a slice capped to its run, so that an append copies it;
// its elements must not be changed. The zero Statement is an empty
// statement at offset 0.
type Statement struct {
	// Tokens are the statement's words, numbers and marks, in order: a
	// field, not a method, as the rules of a check read them in their
	// innermost loops. They lie in an array the document's statements
	// share, and must not be changed.
	Tokens     []Token
	a          *arrays // its document's; nil for the zero Statement
	start, end uint32  // byte offsets of its sentence in the text
	// i is its place among its document's statements: its features are
	// those from a.ends[i] to a.ends[i+1].
	i        uint32
	caption  bool // see Sentence.Caption
	dangling bool // a.dangling holds its dangling pronouns
}

// arrays are the text and features of a document's statements, each kind
// of feature in one array, statement after statement in order (the
// statements point into their array of tokens).
type arrays struct {
	text string
	// ends[i] is where the features of statements 0 to i-1 end in each
	// array (ends[0] is all 0): len(ends) is one more than the
	// statements, or 0 when they have no features read (the statements
	// MakeOutline reads for its decisions).
	ends     []featureEnds
	numbers  []Number
	dates    []Date
	rels     []RelativeDate
	entities []Entity
	quotes   []Quote
	cues     []Cue
	dangling []int
}

// featureEnds are where the features of the statements before one end in
// each of their document's arrays.
type featureEnds struct{ nums, dates, rels, ents, quotes, cues uint32 }

// ends returns st's document's arrays (empty ones for the zero
// Statement) and the ends of the features of the statements before st and
// of st's own.
func (st *Statement) ends() (a *arrays, before, own featureEnds) {
	if st.a == nil || len(st.a.ends) == 0 {
		return &noArrays, featureEnds{}, featureEnds{}
	}
	e := st.a.ends[st.i : st.i+2 : st.i+2]
	return st.a, e[0], e[1]
}

// noArrays stands for the arrays of the zero Statement, which has none.
var noArrays arrays

// run returns the features of a statement from where its runs begin and
// end in the document's array of them: nil for none, and a slice of
// capacity its length, so that an append cannot reach another's.
func run[T any](all []T, begin, end uint32) []T {
	if begin == end {
		return nil
	}
	return all[begin:end:end]
}

// Text returns the text of the statement's sentence: the document's
// text from Start to End.
func (st *Statement) Text() string {
	if st.a == nil {
		return ""
	}
	return st.a.text[st.start:st.end]
}

// Start returns the byte offset of the statement's sentence in the text.
func (st *Statement) Start() int { return int(st.start) }

// End returns the byte offset of the end of the statement's sentence.
func (st *Statement) End() int { return int(st.end) }

// Caption reports whether the statement is a photo's caption (see
// Sentence.Caption).
func (st *Statement) Caption() bool { return st.caption }

// Sentence returns the statement's sentence.
func (st *Statement) Sentence() Sentence {
	return Sentence{Text: st.Text(), Start: st.Start(), End: st.End(), Caption: st.caption}
}

// Numbers returns the numbers the statement states, in order.
func (st *Statement) Numbers() []Number {
	a, b, e := st.ends()
	return run(a.numbers, b.nums, e.nums)
}

// Dates returns the dates the statement states, in order.
func (st *Statement) Dates() []Date {
	a, b, e := st.ends()
	return run(a.dates, b.dates, e.dates)
}

// RelativeDates returns the dates the statement gives from the day it was
// written ("today", "last year"), in order.
func (st *Statement) RelativeDates() []RelativeDate {
	a, b, e := st.ends()
	return run(a.rels, b.rels, e.rels)
}

// Entities returns the names the statement writes, in order.
func (st *Statement) Entities() []Entity {
	a, b, e := st.ends()
	return run(a.entities, b.ents, e.ents)
}

// Quotes returns the quotations inside the statement, clipped to it, in
// order.
func (st *Statement) Quotes() []Quote {
	a, b, e := st.ends()
	return run(a.quotes, b.quotes, e.quotes)
}

// Cues returns the statement's negation, hedge and attribution cues, in
// order.
func (st *Statement) Cues() []Cue {
	a, b, e := st.ends()
	return run(a.cues, b.cues, e.cues)
}

// Dangling returns the indices in Tokens of personal pronouns that refer
// to no one the text names before them: a text of several sentences that
// opens with "He says" never says who. (A single sentence is often an
// excerpt, whose pronouns refer to what came before it.)
func (st *Statement) Dangling() []int {
	if !st.dangling {
		return nil
	}
	return st.a.dangling
}

// A Document is a text cleaned, segmented and broken into claims.
// A Document is immutable once Parse returns it and may be shared between
// goroutines.
type Document struct {
	Text       string      // the original text, unchanged
	Statements []Statement // one per kept sentence, in order
	Excluded   []Excluded  // what cleaning left out, in order
	Quotes     []Quote     // every quotation in the text

	midCaps    *stemSet        // stems written capitalised inside a sentence that is not in title case; only while Parse runs
	lowerCased bool            // the text has (almost) no capitals: names are found by dictionary
	marked     map[string]bool // ordinary words a lower-case text marks as names (nameEvidence); only while Parse runs
	// spanned is how many bytes of Text the statements span, when they
	// are a window of it (Outline.Statements); 0 means all of Text.
	spanned int
}

// textLen is how many bytes of text the document's statements span: the
// feature arrays shared by its statements are sized by it, so that a
// window of a long text does not get arrays sized for the whole text.
func (d *Document) textLen() int {
	if d.spanned > 0 {
		return d.spanned
	}
	return len(d.Text)
}

// Parse cleans and segments src and extracts each sentence's claim features.
// It never fails: empty input gives a Document with no claims, and invalid
// UTF-8 bytes are kept in place inside the words or sentences around them
// (use utf8.ValidString first to reject such input). A text longer than
// MaxText, beyond what a Token's offsets hold, gives no claims: it is one
// Excluded piece whose reason is "too long".
func Parse(src string) *Document {
	d := &Document{Text: src}
	// The sentences of a short text are read into a reused array: the
	// statements keep copies.
	var buf *[]Sentence
	var sentences []Sentence
	if len(src) <= maxScratchText {
		buf = sentenceScratches.Get().(*[]Sentence)
		sentences = *buf
	}
	sentences, excluded, lowerCased, ok := segmentWhole(src, sentences)
	d.Excluded = excluded
	if !ok {
		return d
	}
	d.Statements = tokenized(src, sentences)
	if buf != nil {
		clear(sentences) // no string of the text stays
		*buf = sentences[:0]
		sentenceScratches.Put(buf)
	}
	d.lowerCased = lowerCased
	// The stem sets of a short text are reused from text to text.
	pooled := len(src) <= maxScratchText
	newSet := func() *stemSet {
		if pooled {
			return stemSets.Get().(*stemSet)
		}
		return new(stemSet)
	}
	cs, ms := newSet(), newSet()
	var common *stemSet // the names of a text in lower case are found without it
	if d.lowerCased {
		d.midCaps = midCaps(d.Statements, ms)
		d.marked = textMarks(d.Statements)
	} else {
		common, d.midCaps = capWords(d.Statements, cs, ms)
	}
	d.Quotes = Quotes(src)
	d.features(common, d.Quotes)
	if len(d.Statements) > 1 {
		setDangling(&d.Statements[0])
	}
	d.midCaps, d.marked = nil, nil // the names are found: a long-lived document need not hold them
	if pooled {
		cs.reset()
		ms.reset()
		stemSets.Put(cs)
		stemSets.Put(ms)
	}
	return d
}

// tokenized returns the statements of the sentences of src, with their
// tokens and cues: the part of Parse that reads each sentence alone.
func tokenized(src string, sentences []Sentence) []Statement {
	sts := make([]Statement, len(sentences))
	rest := 0
	for _, s := range sentences {
		rest += s.End - s.Start
	}
	a := &arrays{text: src, ends: make([]featureEnds, len(sentences)+1)}
	if rest <= maxScratchText {
		return tokenizedScratch(sts, a, sentences)
	}
	// One array for all tokens, sized by a guess: news has about one
	// token in 5.1 bytes of its sentences. And one for all cues: news has
	// about one in 135 bytes. They grow by append past the guess.
	toks := make([]Token, 0, rest/5+8)
	cues := make([]Cue, 0, rest/128+4)
	ends := make([]uint32, len(sentences)) // where each statement's tokens end
	for i, s := range sentences {
		toks, cues = sentenceTokens(toks, cues, src, s.Start, s.End)
		sts[i] = statement(a, i, s)
		ends[i] = uint32(len(toks))
		a.ends[i+1].cues = uint32(len(cues))
	}
	// A document holds its tokens as long as it lives: when the guess
	// left more than an eighth unused, or they grew past it, they move to
	// an array of their exact size (less is not worth the copy, nor a
	// short text's few spare tokens). So do the cues.
	if spare := cap(toks) - len(toks); spare > 64 && spare > len(toks)/8 {
		toks = exactCopy(toks)
	}
	setTokens(sts, toks, ends)
	if len(cues) > 0 {
		if cap(cues)-len(cues) > len(cues)/16+64 {
			cues = exactCopy(cues)
		}
		a.cues = cues
	}
	return sts
}

// statement returns statement i of a, of sentence s, its Tokens not yet
// set (see setTokens).
func statement(a *arrays, i int, s Sentence) Statement {
	return Statement{a: a, start: uint32(s.Start), end: uint32(s.End), i: uint32(i), caption: s.Caption}
}

// setTokens sets the Tokens of the statements once their array is final:
// they lie one statement after another in toks, ends[i] the end of
// statement i's.
func setTokens(sts []Statement, toks []Token, ends []uint32) {
	from := uint32(0)
	for i := range sts {
		to := ends[i]
		sts[i].Tokens = toks[from:to:to]
		from = to
	}
}

// maxScratchText is the most bytes of sentences whose tokens and cues
// tokenized reads into reused scratch arrays: most texts, whose arrays
// are then made at their exact size, with no guess. Longer texts, whose
// scratch would be large to keep, have their arrays sized by a guess.
const maxScratchText = 64 << 10

// A tokenScratch holds the tokens and cues of a text while tokenized
// reads it, for reuse by the next text.
type tokenScratch struct {
	toks []Token
	cues []Cue
	ends []uint32 // where each statement's tokens end
}

var tokenScratches = sync.Pool{New: func() any { return new(tokenScratch) }}

// tokenizedScratch is tokenized for a text of at most maxScratchText
// bytes of sentences: it reads the tokens and cues into a scratch and
// moves them to one array of each of their exact size, those of a.
func tokenizedScratch(sts []Statement, a *arrays, sentences []Sentence) []Statement {
	sc := tokenScratches.Get().(*tokenScratch)
	toks, cues, ends := sc.toks[:0], sc.cues[:0], sc.ends[:0]
	for i, s := range sentences {
		toks, cues = sentenceTokens(toks, cues, a.text, s.Start, s.End)
		sts[i] = statement(a, i, s)
		ends = append(ends, uint32(len(toks)))
		a.ends[i+1].cues = uint32(len(cues))
	}
	setTokens(sts, exactCopy(toks), ends)
	if len(cues) > 0 {
		a.cues = exactCopy(cues)
	}
	// The scratch keeps no word, and no string of the text.
	clear(toks)
	clear(cues)
	sc.toks, sc.cues, sc.ends = toks[:0], cues[:0], ends[:0]
	tokenScratches.Put(sc)
	return sts
}

// features reads the numbers, dates, names and quotations of d's
// statements, the part of Parse that also reads what the whole text
// decided: d.lowerCased, d.midCaps, common (commonWords) and quotes, the
// text's quotations in order (Quotes), of which each statement keeps the
// parts inside it.
func (d *Document) features(common *stemSet, quotes []Quote) {
	src := d.Text
	q := 0
	// A text of at most maxScratchText bytes reads its features into a
	// reused scratch and moves them to arrays of their exact size, as
	// tokenizedScratch does its tokens.
	pooled := d.textLen() <= maxScratchText
	var sc *scans
	if pooled {
		sc = featureScratches.Get().(*scans)
	} else {
		sc = new(scans)
	}
	if len(d.Statements) == 0 {
		return
	}
	a := d.Statements[0].a
	for i := range d.Statements {
		c := &d.Statements[i]
		d.extract(c, common, sc)
		for q < len(quotes) && quotes[q].End() <= c.Start() {
			q++
		}
		for k := q; k < len(quotes) && quotes[k].Start() < c.End(); k++ {
			qt := quotes[k]
			s, e := max(qt.Start(), c.Start()), min(qt.End(), c.End())
			if s < e && utf8.ValidString(src[s:e]) {
				sc.quotes.add(Quote{Text: src[s:e], start: uint32(s), depth: qt.depth}, len(quotes)-k)
			}
		}
		end := &a.ends[i+1]
		end.nums, end.dates = uint32(len(sc.nums.all)), uint32(len(sc.dates.all))
		end.rels = uint32(len(sc.rels.all))
		end.ents, end.quotes = uint32(len(sc.ents.all)), uint32(len(sc.quotes.all))
	}
	a.numbers = sc.nums.keep(!pooled)
	a.dates = sc.dates.keep(!pooled)
	a.rels = sc.rels.keep(!pooled)
	a.entities = sc.ents.keep(!pooled)
	a.quotes = sc.quotes.keep(!pooled)
	if pooled {
		exactAllWords(a.entities)
	} else {
		exactWords(a.entities, sc)
	}
	if pooled {
		sc.reset()
		featureScratches.Put(sc)
	}
}

// sentenceScratches are the arrays of sentences that Parse reuses from
// text to text.
var sentenceScratches = sync.Pool{New: func() any { return new([]Sentence) }}

// featureScratches are the scans that features reuses from text to text.
var featureScratches = sync.Pool{New: func() any { return new(scans) }}

// exactAllWords moves the Words of the entities, wherever they are, to
// one array of their exact number.
func exactAllWords(ents []Entity) {
	n := 0
	for _, e := range ents {
		n += len(e.Words)
	}
	if n == 0 {
		return
	}
	all := make([]string, 0, n)
	for k := range ents {
		if w := ents[k].Words; len(w) > 0 {
			from := len(all)
			all = append(all, w...)
			ents[k].Words = all[from:len(all):len(all)]
		}
	}
}

// total returns the number of tokens of the statements.
func total(sts []Statement) int {
	n := 0
	for i := range sts {
		n += len(sts[i].Tokens)
	}
	return n
}

// exactly moves the n elements that the statements' slices (field) hold
// to one array of n, in order.
func exactly[T any](sts []Statement, n int, field func(*Statement) *[]T) {
	all := make([]T, 0, n)
	for i := range sts {
		p := field(&sts[i])
		if len(*p) == 0 {
			continue
		}
		k := len(all)
		all = append(all, *p...)
		*p = all[k:len(all):len(all)]
	}
}

// setDangling sets the dangling pronoun of the claim, the first of its
// text: its first word when it is a personal pronoun
// (lex.IsPersonalPronoun).
func setDangling(c *Statement) {
	toks := c.Tokens
	for i := range toks {
		t := &toks[i]
		if t.Kind != WordToken {
			continue // an opening quotation mark
		}
		if lex.IsPersonalPronoun(t.Lower()) {
			c.a.dangling = []int{i}
			c.dangling = true
		}
		return
	}
}

// segmentWhole makes the decisions of Parse and MakeOutline that come
// before the tokens: the sentences and excluded pieces of src, and whether
// it is read as lower case (the segmenter may have asked already, and then
// says so). ok is false for a text longer than MaxText, which is one
// excluded piece, "too long", and no sentence.
func segmentWhole(src string, buf []Sentence) (sentences []Sentence, excluded []Excluded, lowerCased, ok bool) {
	if len(src) > MaxText {
		return nil, []Excluded{{Text: src, Start: 0, End: len(src), Reason: "too long"}}, false, false
	}
	sentences, excluded, lower := segment(src, buf)
	return sentences, excluded, lower > 0 || lower == 0 && isLowerCase(src), true
}
