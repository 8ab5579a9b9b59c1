package score

import (
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/keytable"
	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// A Source is a source text prepared for judging: prepared for alignment,
// with what the rules ask of the whole source indexed, so that judging a
// claim does not read the source through: the name keys of its words, the
// words of its names, the places that the places it names lie in, its
// numbers, dates, negations and the quarters it spells out. Each index is
// built the first time a claim asks it (many claims ask none of them) and
// kept. A Source is immutable once prepared, apart from that, and safe for
// concurrent use by many goroutines.
type Source struct {
	aligned *align.Source
	// wordKeys holds the name keys of the source's words (not function
	// words, three letters or more) that the aligned source's index of
	// names does not hold (align.Source.HasNameWord: the capitalised
	// content words): the exact key (Has) answers most questions without
	// comparing spellings.
	wordKeys lazy[keytable.Set]
	// others holds the name keys of the source's other words: with
	// wordKeys and the index of names they answer mentionsAnyWord for
	// every word of the source.
	others lazy[otherKeys]
	// names holds what the source's names tell: where they are by the keys
	// of their words, the places they lie in and their initialisms.
	names lazy[nameIndex]
	// values holds the source's numbers, dates and only age.
	values lazy[valueIndex]
	// negations holds the source's negations by the stems they govern.
	negations lazy[negationIndex]
	// periods holds the quarters and halves of a year that the source
	// spells out ("the third quarter", "first-half"): bit 2*o+h for
	// ordinal o (0 for "first") and h 1 for a half.
	periods lazy[uint8]
}

// A lazy is a value built on first use, once, however many goroutines ask.
type lazy[T any] struct {
	once sync.Once
	v    T
}

// get returns the value, building it with build the first time.
func (l *lazy[T]) get(build func() T) *T {
	l.once.Do(func() { l.v = build() })
	return &l.v
}

// otherKeys holds the name keys of the source's function words and words
// under three letters, and whether a word has an empty key.
type otherKeys struct {
	keys     keytable.Set
	emptyKey bool
}

// A nameIndex holds what the source's names tell.
type nameIndex struct {
	// entityWords holds where the source's names are, by the keys of their
	// words: the distinct keys, each with where the places of the names
	// that have a word of the key lie in wordAt, in order, from there on
	// until one marked lastOfKey. (A table of a key and a place for every
	// word, 12 bytes each with the table's numbers of their keys and
	// chains of repeated keys, held twice as much: 213 KB on the bench's
	// sources, now 107.)
	entityWords keytable.Table[uint32]
	wordAt      []placeAt
	// places holds the places that the places the source names lie in.
	places lexicon.Places
	// initialisms holds the initialisms of the source's names of several
	// capitalised words ("NHS" for "National Health Service").
	initialisms keytable.Set
	// far holds the places of names that a placeAt cannot hold.
	far farPlaces
}

// A valueIndex holds the source's numbers and dates by value.
type valueIndex struct {
	// points holds where the source's numbers that are not ranges are, by
	// value, and ranges where those that are, by their low end:
	// statesNumber reads the few near a value. pointValues and rangeValues
	// hold their values (the low ends), in the same order, for a source
	// prepared from an Outline, whose numbers are read by parsing a window
	// of statements; nil for a source that holds its statements, whose
	// numbers tell them (the values took 8 bytes of the 16 of each
	// number's entry).
	points, ranges           []placeAt
	pointValues, rangeValues []float64
	// dates holds where the source's dates are, those of one distinct
	// date (as datesAgree reads it) together: the dates of run r are
	// dates[dateRuns[r]:dateRuns[r+1]], in sentence order.
	dates    []placeAt
	dateRuns []int32
	// far holds the places of numbers and dates that a placeAt cannot
	// hold.
	far farPlaces
	// age is the only age the source gives, or nil when it gives none or
	// several.
	age *claims.Number
}

// number returns the source number at a.
func (s *Source) number(x *valueIndex, a placeAt) *claims.Number {
	si, k := x.far.place(a)
	return &s.aligned.Statement(si).Numbers()[k]
}

// date returns the source date at a.
func (s *Source) date(x *valueIndex, a placeAt) *claims.Date {
	si, k := x.far.place(a)
	return &s.aligned.Statement(si).Dates()[k]
}

// value returns the value of number i of ats, points or ranges, whose
// values values holds, or its number when nil.
func (s *Source) value(x *valueIndex, ats []placeAt, values []float64, i int) float64 {
	if values != nil {
		return values[i]
	}
	return s.number(x, ats[i]).Value
}

// A placeAt is where a feature of the source is (a name, a number, a
// date or a negation's cue), in 32 bits (the source keeps one for every
// word of its names, and for each of its numbers, dates and negations):
// its sentence over its index among the sentence's features of its kind
// in the low 8 bits, below bit 30 (which the index of names uses, see
// lastOfKey); or, with the top bit set, the number of its place in its
// index's farPlaces, for a sentence past 1<<22 or an index past 255.
type placeAt uint32

// A featurePlace is where a feature of the source is: its sentence and
// its index among the sentence's features of its kind.
type featurePlace struct{ sentence, index int32 }

// farPlaces holds the places that an index's placeAt cannot hold in its
// 32 bits (none in any text of news).
type farPlaces []featurePlace

// farPlace is the bit of a placeAt that sends to farPlaces, and
// lastOfKey the bit that marks the last place of a key's in
// nameIndex.wordAt.
const (
	farPlace  = 1 << 31
	lastOfKey = 1 << 30
)

// placeAt returns the placeAt of feature k of sentence i, noting its place
// in f when the 32 bits cannot hold it.
func (f *farPlaces) placeAt(i, k int) placeAt {
	if i < 1<<22 && k <= 0xff {
		return placeAt(i<<8 | k)
	}
	*f = append(*f, featurePlace{int32(i), int32(k)})
	return placeAt(farPlace | (len(*f) - 1))
}

// place returns where the feature at a is.
func (f farPlaces) place(a placeAt) (sentence, index int) {
	if a&farPlace != 0 {
		p := f[a&^farPlace]
		return int(p.sentence), int(p.index)
	}
	return int(a >> 8), int(a & 0xff)
}

// Prepare prepares a source for judging from the source prepared for
// alignment. The indexes of the whole source are built on first use.
func Prepare(src *align.Source) *Source {
	return &Source{aligned: src}
}

// Build builds every index of the source now rather than on first use,
// for a source kept to answer many claims whose first ones must not wait
// for them (an archive's articles). It is safe to call more than once and
// concurrently with judging.
func (s *Source) Build() {
	s.aligned.Build()
	s.wordKeyTable()
	s.otherKeyTable()
	s.nameIdx()
	s.valueIdx()
	s.negationIdx()
	s.periodSet()
}

// wordKeyTable returns the name keys of the source's words (not function
// words, three letters or more) that are not capitalised content words
// (see Source.wordKeys), building the table the first time.
func (s *Source) wordKeyTable() *keytable.Set {
	return s.wordKeys.get(func() keytable.Set {
		var k keyCollector // on the stack: its memory of keys is 8 KB
		k.init(isWordKey, s.tokens()/2)
		s.each(func(i int, c *claims.Statement) { k.add(i, c) })
		return k.table()
	})
}

// otherKeyTable returns the name keys of the source's other words, building
// the table the first time.
func (s *Source) otherKeyTable() *otherKeys {
	return s.others.get(func() otherKeys {
		var o otherKeys
		var k keyCollector
		k.init(o.keep, s.tokens()/2)
		s.each(func(i int, c *claims.Statement) { k.add(i, c) })
		o.keys = k.table()
		return o
	})
}

// tokens returns how many tokens the source's statements have.
func (s *Source) tokens() int {
	n := 0
	s.each(func(_ int, c *claims.Statement) { n += len(c.Tokens) })
	return n
}

// each calls f with every statement of the source, in order.
func (s *Source) each(f func(i int, c *claims.Statement)) {
	for i := range s.aligned.Len() {
		f(i, s.aligned.Statement(i))
	}
}

// nameIdx returns the index of the source's names, building it the first
// time.
func (s *Source) nameIdx() *nameIndex {
	return s.names.get(func() nameIndex {
		var b nameCollector
		s.each(b.add)
		return b.index()
	})
}

// valueIdx returns the index of the source's numbers and dates, building
// it the first time.
func (s *Source) valueIdx() *valueIndex {
	return s.values.get(func() valueIndex {
		// A source prepared from an Outline parses its statements again
		// to read them: its index keeps the numbers' values.
		b := valueCollector{keepValues: s.aligned.Doc() == nil}
		b.reserve(s.each)
		s.each(b.add)
		return b.index()
	})
}

// periodOrdinals are the ordinals that name a quarter or half of a year.
var periodOrdinals = [...]string{"first", "second", "third", "fourth"}

// periodsOf returns the quarters and halves of a year a statement spells
// out (see Source.periods): an ordinal, then "quarter" or "half", with or
// without a hyphen.
func periodsOf(c *claims.Statement) (periods uint8) {
	toks := c.Tokens
	for k := 0; k+1 < len(toks); k++ {
		o := slices.Index(periodOrdinals[:], toks[k].Lower())
		if o < 0 {
			continue
		}
		next := k + 1
		if toks[next].Text() == "-" && next+1 < len(toks) {
			next++
		}
		switch toks[next].Lower() {
		case "quarter":
			periods |= 1 << (2 * o)
		case "half":
			periods |= 1 << (2*o + 1)
		}
	}
	return periods
}

// spellsOut reports whether the source spells out the quarter (half false)
// or half of a year of the given ordinal ("third" for 3).
func (s *Source) spellsOut(ordinal int, half bool) bool {
	bit := 2 * (ordinal - 1)
	if half {
		bit++
	}
	if ordinal < 1 || ordinal > 4 {
		return false
	}
	return *s.periodSet()&(1<<bit) != 0
}

// onlyAge returns the age the source gives, when it gives exactly one
// (possibly several times): a claim's different age is then a contradiction
// even when the aligned sentences do not state it.
func (s *Source) onlyAge() *claims.Number { return s.valueIdx().age }

// statesNumber reports whether a number of the source agrees with n
// (numbersAgree) in a sentence that ok accepts (any, when ok is nil): what
// reading every number of the source would tell, asked only of the numbers
// whose value could agree.
func (s *Source) statesNumber(n *claims.Number, ok func(si int) bool) bool {
	lo, hi := agreeBounds(n)
	return s.numbersWithin(lo, hi, func(si int, m *claims.Number) bool {
		return numbersAgree(n, m) && (ok == nil || ok(si))
	})
}

// numbersWithin calls f on the source numbers whose values may meet [lo,
// hi] (a single value within it, a range whose ends do not both fall
// outside on one side), with the sentence of each, until f returns true,
// and reports whether it did. It reads the value index, not every number.
func (s *Source) numbersWithin(lo, hi float64, f func(si int, m *claims.Number) bool) bool {
	x := s.valueIdx()
	try := func(at placeAt) bool {
		si, _ := x.far.place(at)
		return f(si, s.number(x, at))
	}
	i := sort.Search(len(x.points), func(i int) bool { return s.value(x, x.points, x.pointValues, i) >= lo })
	for ; i < len(x.points) && s.value(x, x.points, x.pointValues, i) <= hi; i++ {
		if try(x.points[i]) {
			return true
		}
	}
	for r, at := range x.ranges {
		if s.value(x, x.ranges, x.rangeValues, r) > hi {
			break
		}
		if s.number(x, at).Max >= lo && try(at) {
			return true
		}
	}
	return false
}

// agreeBounds returns bounds that every number agreeing with n (see
// numbersAgree) lies within: its low end at most hi, its high end at least
// lo. They allow a little more than the widest tolerance, so that rounding
// cannot leave out a number that agrees; numbersAgree decides.
func agreeBounds(n *claims.Number) (lo, hi float64) {
	low := n.Value - 1e-9
	lo = math.Min(low/1.16, low*1.01) - 1e-9
	hi = math.Max(n.Max*1.16, n.Max*0.99) + 2e-9
	return lo, hi
}

// statesDate reports whether a date of the source agrees with d
// (datesAgree) in a sentence that ok accepts (any, when ok is nil): what
// reading every date of the source would tell, asked of each distinct
// date once, and then of the sentences of those that agree.
func (s *Source) statesDate(d *claims.Date, ok func(si int) bool) bool {
	x := s.valueIdx()
	for r := 0; r+1 < len(x.dateRuns); r++ {
		run := x.dates[x.dateRuns[r]:x.dateRuns[r+1]]
		if !datesAgree(d, s.date(x, run[0])) {
			continue
		}
		if ok == nil {
			return true
		}
		for _, at := range run {
			if si, _ := x.far.place(at); ok(si) {
				return true
			}
		}
	}
	return false
}

// abbreviates reports whether name is the initialism of a name of the
// source ("NHS" when the source names the National Health Service).
func (s *Source) abbreviates(name string) bool {
	return lex.IsInitialism(name) && s.nameIdx().initialisms.Has(name)
}

// Doc returns the source document; nil for a source prepared from an
// Outline (PrepareOutline), which holds none.
func (s *Source) Doc() *claims.Document { return s.aligned.Doc() }

// mentionsWord reports whether a word of the source (not a function word,
// three letters or more) has a name key that lex.SameNameKey matches with
// key.
//
// The source's capitalised content words of three letters or more, whose
// keys the aligned source's index of names holds (align.Source.HasNameWord),
// are asked first, and the table of the other words (Source.wordKeys) is
// built only when they do not answer.
func (s *Source) mentionsWord(key string) bool {
	return s.aligned.HasNameWord(key) || hasSimilar(s.wordKeyTable(), key)
}

// hasSimilar reports whether the index holds key, or a key that
// lex.SameNameKey matches with it.
func hasSimilar(idx *keytable.Set, key string) bool {
	if idx.Has(key) {
		return true
	}
	found := false
	idx.Similar(key, func(string) bool {
		found = true
		return false
	})
	return found
}

// mentionsAnyWord reports whether any word of the source, function words
// and short words included, has a name key that lex.SameNameKey matches
// with key: what reading every word of the source would tell, answered by
// the index.
func (s *Source) mentionsAnyWord(key string) bool {
	if key == "" {
		return s.otherKeyTable().emptyKey
	}
	return s.aligned.HasNameWord(key) || hasSimilar(s.wordKeyTable(), key) || hasSimilar(&s.otherKeyTable().keys, key)
}

// writesKey reports whether a word of the source, function words and
// short words included, has the name key key itself: mentionsAnyWord
// without the variants, the test to make before reading the source for a
// word written just so.
func (s *Source) writesKey(key string) bool {
	if key == "" {
		return s.otherKeyTable().emptyKey
	}
	return s.aligned.HasNameKey(key) || s.wordKeyTable().Has(key) || s.otherKeyTable().keys.Has(key)
}

// namesWithWord calls f with the sentence and entity index of each source
// name that has a word whose key lex.SameNameKey matches with key, until f
// returns false: the names of each matching key in the order of the
// source, the keys by length, then in the order of their first word. A
// name may come more than once.
func (s *Source) namesWithWord(key string, f func(sentence, entity int) bool) {
	x := s.nameIdx()
	x.entityWords.Similar(key, func(_ string, from uint32) bool {
		for _, at := range x.wordAt[from:] {
			if !f(x.far.place(at &^ lastOfKey)) {
				return false
			}
			if at&lastOfKey != 0 {
				break
			}
		}
		return true
	})
}

// namesPlaceInside reports whether the source names a place that lies in
// the place named outer ("Lyon" for "France").
func (s *Source) namesPlaceInside(outer string) bool { return s.nameIdx().places.Has(outer) }

// periodSet returns the quarters and halves the source spells out (see
// Source.periods), noting them the first time.
func (s *Source) periodSet() *uint8 {
	return s.periods.get(func() uint8 {
		var p uint8
		s.each(func(_ int, c *claims.Statement) { p |= periodsOf(c) })
		return p
	})
}
