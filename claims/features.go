package claims

import (
	"github.com/newsdesk/claimcheck/internal/lex"
)

// extract fills the claim's numbers, dates, names and relative dates from its tokens; its
// cues are found with the tokens (see Tokenize). sc is the scratch space
// of the value readers, reused from claim to claim.
//
// The numbers, dates and entities of the document's claims share one
// array of each (see shared) rather than one each.
func (d *Document) extract(c *Statement, common *stemSet, sc *scans) {
	d.values(sc, c.Tokens)
	e := len(sc.ents.all)
	d.entities(c, common, sc)
	d.relativeDates(sc, c.Tokens, sc.ents.all[e:])
}

// valueWords are the classes of the words a number or a date may start
// with; any number token may start one too.
const valueWords = lex.CardinalWord | lex.OrdinalWord | lex.MonthName | lex.WeekdayName | lex.DatePart

// values reads the numbers and dates of a claim, left to right: at each
// token that may start one, a date first ("2019", "May 5", "early 2022"),
// then a number.
func (d *Document) values(sc *scans, toks []Token) {
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == PunctToken || t.Kind == WordToken && t.class()&valueWords == 0 {
			continue
		}
		if dt, j, ok := d.date(sc, toks, i); ok {
			sc.dates.add(dt, d.textLen()/512)
			i = j - 1
			continue
		}
		if n, j, ok := d.number(sc, toks, i); ok {
			sc.nums.add(n, d.textLen()/256)
			i = j - 1
		}
	}
}

// scans are the states of the number and date readers. The readers are
// called through the tables of recognisers, so a state on the stack would
// move to the heap at every token tried: Parse makes one and reuses it.
type scans struct {
	num  numberScan
	date dateScan
	// words holds the Words of the entities found so far, for those to
	// come to share (see nameWords).
	words []string
	// The values, entities and quotations of the claims, in arrays they
	// share.
	nums   shared[Number]
	dates  shared[Date]
	rels   shared[RelativeDate]
	ents   shared[Entity]
	quotes shared[Quote] // the parts of the text's quotations inside each claim
}

// A shared array holds the elements of the document's claims, claim
// after claim; a claim's run is where the claims before it end (see
// arrays.ends).
type shared[T any] struct {
	all []T
}

// add adds v; an array made for the first element holds size elements,
// within bounds, and grows by append after that.
func (s *shared[T]) add(v T, size int) {
	if s.all == nil {
		s.all = make([]T, 0, min(size+4, 4096))
	}
	s.all = append(s.all, v)
}

// keep returns the elements of s for a document to hold as long as it
// lives: the array itself when s is the document's own (not a scratch
// reused by the next text) and at most an eighth of it is spare, or else a
// copy of their exact size; nil when there are none.
func (s *shared[T]) keep(own bool) []T {
	if len(s.all) == 0 {
		return nil
	}
	if own && cap(s.all)-len(s.all) <= len(s.all)/8+16 {
		return s.all
	}
	return exactCopy(s.all)
}

// exactCopy returns a copy of v in an array of its exact size.
func exactCopy[T any](v []T) []T {
	c := make([]T, len(v))
	copy(c, v)
	return c
}

// nameWords makes room for up to n more name words at the end of *buf,
// in chunks that are never moved, so that the entities of a document
// share a few arrays rather than one each. News has about one name word
// in 65 bytes: a chunk holds those of textLen/64 bytes, within bounds.
func nameWords(buf *[]string, n, textLen int) {
	if cap(*buf)-len(*buf) < n {
		*buf = make([]string, 0, max(n, min(textLen/64+8, 4096)))
	}
}

// reset empties sc for reuse by another text: its arrays keep their
// room, but no value, string or token of the text before.
func (sc *scans) reset() {
	sc.num, sc.date = numberScan{}, dateScan{}
	clear(sc.words)
	sc.words = sc.words[:0]
	sc.nums.reset()
	sc.dates.reset()
	sc.rels.reset()
	sc.ents.reset()
	sc.quotes.reset()
}

// reset empties s, keeping its array's room.
func (s *shared[T]) reset() {
	clear(s.all)
	s.all = s.all[:0]
}

// exactWords moves the Words in the last chunk of sc.words to an array of
// their exact size when more than an eighth of it is spare: they are the
// Words of the last entities of ents, in order.
func exactWords(ents []Entity, sc *scans) {
	buf := sc.words
	if cap(buf)-len(buf) <= len(buf)/8+16 {
		return
	}
	buf = exactCopy(buf)
	end := len(buf)
	for k := len(ents) - 1; k >= 0 && end > 0; k-- {
		if w := ents[k].Words; len(w) > 0 {
			ents[k].Words = buf[end-len(w) : end : end]
			end -= len(w)
		}
	}
	sc.words = buf
}

// stemClass returns the classes of the token's stem (lex.StemClasses):
// its word's, unless its stem is not its word's.
func stemClass(t *Token) lex.Class {
	if t.w != nil && !t.w.IsBare() && t.flags&stemIsLower == 0 {
		return t.w.Class & lex.StemClasses
	}
	return lex.StemClass(t.Stem())
}

func adjacent(toks []Token, i, j int) bool { return toks[i].End() == toks[j].Start() }
