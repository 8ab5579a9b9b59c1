package claims

import "sort"

// An Outline is what Parse decides about a whole text before it reads the
// features of any one sentence: the sentences and the excluded pieces (the
// segmenter reads the whole text: its wrap width, whether it is written in
// lower case), the stems that a capitalised opener may be and the text
// writes in lower case (names are not found in them), the stems it
// capitalises inside sentences, and its quotations. With these decided,
// Statements parses any run of the text's statements exactly as Parse
// parses them, so that a long text can be read a window at a time: what an
// Outline holds that grows with the text is its sentences (40 bytes each),
// its quotations and two sets of stems, not the tokens and features of its
// statements (about 11 bytes a byte of text).
//
// An Outline is immutable once MakeOutline returns it and may be shared
// between goroutines.
type Outline struct {
	text       string
	sentences  []Sentence
	excluded   []Excluded
	quotes     []Quote // every quotation of the text, as Document.Quotes
	reach      []int   // reach[k]: the furthest End of quotes[:k+1]
	common     *stemSet
	midCaps    *stemSet
	lowerCased bool
	marked     map[string]bool // Document.marked
}

// outlineChunk is how many sentences MakeOutline tokenises at a time.
const outlineChunk = 4096

// MakeOutline reads src whole as Parse does, for the decisions that need
// the whole text, and keeps only those (see Outline). Its cost is that of
// segmenting and tokenising src: Statements tokenises each window again.
// Like Parse it never fails; a text longer than MaxText has no statements
// and one Excluded piece, "too long".
func MakeOutline(src string) *Outline {
	o := &Outline{text: src}
	sentences, excluded, lowerCased, ok := segmentWhole(src, nil)
	o.excluded = excluded
	if !ok {
		return o
	}
	o.sentences, o.lowerCased = sentences, lowerCased
	// commonWords and midCaps of the whole text, a chunk of statements at
	// a time: midCaps is a union over the statements, and so are the
	// stems commonWords asks about; whether one of those is written in
	// lower case anywhere is read from the set of every stem the text
	// writes in lower case (commonWords' test of a token).
	var asked map[string]bool
	var chunkSet stemSet // a chunk's commonWords and midCaps
	var lowers map[string]struct{}
	var ev nameEvidence // of a text in lower case
	if !o.lowerCased {
		lowers = make(map[string]struct{})
	}
	// One chunk's statements, tokens and cues at a time, in arrays reused
	// from chunk to chunk: a first pass that left every chunk's arrays to
	// the collector made about 8 bytes of garbage a byte of text, and the
	// collector let the heap grow by as much before it ran.
	var sts []Statement
	var toks []Token
	var cues []Cue
	var ends []uint32 // where each statement's tokens end
	for lo := 0; lo < len(sentences); lo += outlineChunk {
		sts, toks, cues, ends = sts[:0], toks[:0], cues[:0], ends[:0]
		a := &arrays{text: src} // no features: commonWords and midCaps read the tokens
		for i, s := range sentences[lo:min(len(sentences), lo+outlineChunk)] {
			toks, cues = sentenceTokens(toks, cues, src, s.Start, s.End)
			sts = append(sts, statement(a, i, s))
			ends = append(ends, uint32(len(toks)))
		}
		setTokens(sts, toks, ends)
		if !o.lowerCased {
			if m := commonWords(sts, &chunkSet); m != nil {
				for _, stem := range m.stems {
					if asked == nil {
						asked = make(map[string]bool)
					}
					asked[stem] = false
				}
			}
			chunkSet.reset()
			for i := range sts {
				for k := range sts[i].Tokens {
					if t := &sts[i].Tokens[k]; t.Kind == WordToken && !t.Cap() && !t.Stop() {
						lowers[t.Stem()] = struct{}{}
					}
				}
			}
		}
		if o.lowerCased {
			ev.followers(sts)
			ev.evidence(sts, nil)
		}
		if m := midCaps(sts, &chunkSet); m != nil {
			for _, stem := range m.stems {
				if o.midCaps == nil {
					o.midCaps = new(stemSet)
				}
				o.midCaps.set(stem, true)
			}
		}
		chunkSet.reset()
	}
	if len(asked) > 0 {
		o.common = new(stemSet)
		for stem := range asked {
			_, lower := lowers[stem]
			o.common.set(stem, lower)
		}
	}
	o.marked = ev.marks()
	o.quotes = Quotes(src)
	o.reach = make([]int, len(o.quotes))
	far := 0
	for k, q := range o.quotes {
		far = max(far, q.End())
		o.reach[k] = far
	}
	return o
}

// Len returns the number of statements of the text: Parse's
// len(Document.Statements).
func (o *Outline) Len() int { return len(o.sentences) }

// Sentence returns sentence i of the text (0 <= i < Len()): that of
// Parse's Document.Statements[i].
func (o *Outline) Sentence(i int) Sentence { return o.sentences[i] }

// Excluded returns what cleaning left out of the text, in order: Parse's
// Document.Excluded. The slice is the Outline's: do not change it.
func (o *Outline) Excluded() []Excluded { return o.excluded }

// Text returns the text the Outline is of.
func (o *Outline) Text() string { return o.text }

// Statements parses the statements lo to hi-1 of the text (0 <= lo <= hi
// <= Len()): they equal Parse's Document.Statements[lo:hi], their offsets
// byte offsets into the whole text. Each call parses them anew, into
// arrays of their own.
func (o *Outline) Statements(lo, hi int) []Statement {
	if lo < 0 || hi > len(o.sentences) || lo > hi {
		panic("claims: Outline.Statements out of range")
	}
	d := &Document{Text: o.text, midCaps: o.midCaps, lowerCased: o.lowerCased, marked: o.marked}
	d.Statements = tokenized(o.text, o.sentences[lo:hi])
	quotes := o.quotes
	if lo < hi {
		d.spanned = max(1, o.sentences[hi-1].End-o.sentences[lo].Start)
		// The quotations before the first that reaches past the window's
		// start end before every statement of it.
		from := o.sentences[lo].Start
		quotes = quotes[sort.Search(len(o.reach), func(k int) bool { return o.reach[k] > from }):]
	}
	d.features(o.common, quotes)
	if lo == 0 && hi > 0 && len(o.sentences) > 1 {
		setDangling(&d.Statements[0])
	}
	return d.Statements
}
