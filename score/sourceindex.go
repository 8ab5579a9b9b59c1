package score

import (
	"cmp"
	"slices"
	"unsafe"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/keytable"
	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// The indexes of a Source are built from its statements given one at a
// time, in order, by a collector each: a source prepared from a Document
// builds each on first use, reading the statements again; one prepared
// from an Outline builds them all in its one reading (PrepareOutline).

// PrepareOutline prepares an outlined source for judging as
// Prepare(align.Prepare(doc, opts)) prepares the Document that
// claims.Parse makes of the same text, with the same verdicts, but holds
// no Document (see align.PrepareOutline): every index is built now, in the
// one reading of the statements that align.PrepareOutline makes, and only
// the windows of statements that claims ask for are parsed again.
func PrepareOutline(o *claims.Outline, opts align.Options) *Source {
	// A long text has a great many words and names but few distinct
	// ones: the collectors keep each once, as they come, rather than
	// gather every one first (two arrays of keys of 1.6 bytes a byte of
	// text, and a name a 60).
	var s Source
	var other otherKeys
	words, others := newKeyCollector(isWordKey, 1024), newKeyCollector(other.keep, 1024)
	words.distinct, others.distinct = map[string]struct{}{}, map[string]struct{}{}
	names := nameCollector{distinct: map[string]struct{}{}}
	var values valueCollector
	negations := negationCollector{plain: map[string]struct{}{}}
	var periods uint8
	// The reading happens inside keytable.Of, which gathers the words of
	// names as they come rather than from an array of them all.
	entityWords := keytable.Of(func(add func(string, entityAt)) {
		names.put = add
		s.aligned = align.PrepareOutline(o, opts, func(i int, c *claims.Statement) {
			words.add(i, c)
			others.add(i, c)
			names.add(i, c)
			values.add(i, c)
			negations.add(i, c)
			periods |= periodsOf(c)
		})
	})
	s.wordKeys.get(words.table)
	other.keys = others.table()
	s.others.get(func() otherKeys { return other })
	s.names.get(func() nameIndex { return names.index(entityWords) })
	s.values.get(values.index)
	s.negations.get(negations.index)
	s.periods.get(func() uint8 { return periods })
	return &s
}

// isWordKey reports whether a word's key goes in Source.wordKeys: not a
// function word, three letters or more, and not a capitalised content
// word (not in an attribution), whose key the aligned source's index of
// names holds (align.Source.HasNameWord).
func isWordKey(t *claims.Token) bool {
	return !t.Stop() && len(t.Lower()) >= 3 && !(t.Cap() && !t.Attribution())
}

// keep reports whether a word's key goes in the other keys: a function
// word, or under three letters. It notes a word with an empty key.
func (o *otherKeys) keep(t *claims.Token) bool {
	if t.NameKey() == "" {
		o.emptyKey = true
	}
	return t.Stop() || len(t.Lower()) < 3
}

// A keyCollector gathers the distinct name keys of the words that keep
// accepts, in the order of their first word.
type keyCollector struct {
	keep func(t *claims.Token) bool
	// A word's key is most often the key of a word before it, the same
	// string: seen remembers the latest keys by the address and length of
	// their bytes, and a key found there is not listed again. (Distinct
	// makes the rest distinct; it keeps each key's first place, which a
	// key seen before already has.)
	seen [1 << seenBits]struct {
		p *byte
		n int
	}
	keys []string
	// distinct, when not nil, holds the keys listed, so that keys holds
	// each once (see PrepareOutline).
	distinct map[string]struct{}
}

// seenBits sizes keyCollector's memory of the latest keys: 512 slots,
// more than the distinct words of most articles.
const seenBits = 9

// newKeyCollector returns a collector of the keys keep accepts, with room
// for about n.
func newKeyCollector(keep func(t *claims.Token) bool, n int) *keyCollector {
	k := &keyCollector{}
	k.init(keep, n)
	return k
}

// init sets k to collect the keys keep accepts, with room for about n.
func (k *keyCollector) init(keep func(t *claims.Token) bool, n int) {
	k.keep, k.keys = keep, make([]string, 0, n)
}

// add collects the keys of a statement's words.
func (k *keyCollector) add(_ int, c *claims.Statement) {
	for j := range c.Tokens {
		t := &c.Tokens[j]
		if t.Kind != claims.WordToken || !k.keep(t) {
			continue
		}
		key := t.NameKey()
		if key == "" {
			continue
		}
		p := unsafe.StringData(key)
		slot := &k.seen[uint64(uintptr(unsafe.Pointer(p)))*0x9E3779B97F4A7C15>>(64-seenBits)]
		if slot.p == p && slot.n == len(key) {
			continue
		}
		slot.p, slot.n = p, len(key)
		if k.distinct != nil {
			if _, ok := k.distinct[key]; ok {
				continue
			}
			k.distinct[key] = struct{}{}
		}
		k.keys = append(k.keys, key)
	}
}

// table returns the table of the keys collected.
func (k *keyCollector) table() keytable.Table[struct{}] {
	t := keytable.Distinct(k.keys)
	k.keys, k.distinct = nil, nil
	return t
}

// A nameCollector gathers what the source's names tell (see nameIndex).
type nameCollector struct {
	names []string
	// initials holds the distinct initialisms of the names, in the order
	// of their first, and initialisms the same while they are collected.
	initials    []string
	initialisms map[string]struct{}
	far         []entityPlace // see nameIndex.far
	// put takes where each word of a name is, by its key: to the
	// keytable.Of that makes the index while the statements are read.
	put func(key string, at entityAt)
	// distinct, when not nil, holds the names listed, so that names
	// holds each once (lexicon.Around reads them as a set).
	distinct map[string]struct{}
}

// add collects the names of statement i, c.
func (b *nameCollector) add(i int, c *claims.Statement) {
	for k := range c.Entities() {
		e := &c.Entities()[k]
		if _, ok := b.distinct[e.Text()]; !ok {
			b.names = append(b.names, e.Text())
			if b.distinct != nil {
				b.distinct[e.Text()] = struct{}{}
			}
		}
		if in := lex.Initials(e.Text()); in != "" {
			if b.initialisms == nil {
				b.initialisms = map[string]struct{}{}
			}
			if _, ok := b.initialisms[in]; !ok {
				b.initialisms[in] = struct{}{}
				b.initials = append(b.initials, in)
			}
		}
		at := b.entityAt(i, k)
		for _, w := range e.Words {
			b.put(w, at)
		}
	}
}

// entityAt returns the entityAt of name k of sentence i, noting its
// place in far when the 32 bits cannot hold it.
func (b *nameCollector) entityAt(i, k int) entityAt {
	if i < 1<<23 && k <= 0xff {
		return entityAt(i<<8 | k)
	}
	b.far = append(b.far, entityPlace{int32(i), int32(k)})
	return entityAt(farEntity | (len(b.far) - 1))
}

// index returns the index of the names collected, the table of their
// words made by the keytable.Of that put fed.
func (b *nameCollector) index(entityWords keytable.Table[entityAt]) nameIndex {
	x := nameIndex{entityWords: entityWords, places: lexicon.Around(b.names), initialisms: keytable.Distinct(b.initials), far: slices.Clip(b.far)}
	*b = nameCollector{}
	return x
}

// A valueCollector gathers the source's numbers by value, its distinct
// dates and its only age (see valueIndex).
type valueCollector struct {
	x    valueIndex
	ages int             // distinct age values seen, up to 2
	runs map[dateKey]int // a distinct date -> its run in byRun
	// byRun holds where each distinct date is, in order.
	byRun [][]valueAt
}

// A dateKey is what tells dates apart in the value index: those of one
// key agree (datesAgree) with the same dates.
type dateKey struct {
	year, month, day, weekday, endYear int
	decade                             bool
	endMonth                           uint8
}

// reserve makes room for the numbers of the statements that f gives, read
// first, so that the arrays of numbers are made at their size.
func (b *valueCollector) reserve(each func(f func(i int, c *claims.Statement))) {
	points, ranges := 0, 0
	each(func(_ int, c *claims.Statement) {
		for _, n := range c.Numbers() {
			if n.Max == n.Value {
				points++
			} else {
				ranges++
			}
		}
	})
	b.x.points, b.x.ranges = make([]numberAt, 0, points), make([]numberAt, 0, ranges)
}

// add collects the numbers and dates of statement i, c.
func (b *valueCollector) add(i int, c *claims.Statement) {
	s := &b.x
	for k := range c.Numbers() {
		n := &c.Numbers()[k]
		at := numberAt{n.Value, valueAt{int32(i), int32(k)}}
		if n.Max == n.Value {
			s.points = append(s.points, at)
		} else {
			s.ranges = append(s.ranges, at)
		}
		if n.Unit == "age" {
			switch {
			case b.ages == 0:
				// A copy: the index must not hold the statement's
				// arrays, which a source prepared from an Outline
				// lets go.
				age := *n
				s.age, b.ages = &age, 1
			case b.ages == 1 && n.Value != s.age.Value:
				b.ages = 2
			}
		}
	}
	for k := range c.Dates() {
		d := &c.Dates()[k]
		key := dateKey{d.Year, d.Month, d.Day, d.Weekday, d.EndYear, d.Decade, d.EndMonth}
		if b.runs == nil {
			b.runs = map[dateKey]int{}
		}
		r, ok := b.runs[key]
		if !ok {
			r = len(b.byRun)
			b.runs[key] = r
			b.byRun = append(b.byRun, nil)
		}
		b.byRun[r] = append(b.byRun[r], valueAt{int32(i), int32(k)})
	}
}

// index returns the index of the values collected.
func (b *valueCollector) index() valueIndex {
	s := b.x
	if cap(s.points) > len(s.points) || cap(s.ranges) > len(s.ranges) { // not reserved: at their size, since they are kept
		s.points, s.ranges = slices.Clone(s.points), slices.Clone(s.ranges)
	}
	if len(b.byRun) > 0 {
		n := 0
		for _, run := range b.byRun {
			n += len(run)
		}
		s.dates, s.dateRuns = make([]valueAt, 0, n), make([]int32, 0, len(b.byRun)+1)
		for _, run := range b.byRun {
			s.dateRuns = append(s.dateRuns, int32(len(s.dates)))
			s.dates = append(s.dates, run...)
		}
		s.dateRuns = append(s.dateRuns, int32(n))
	}
	if b.ages != 1 {
		s.age = nil
	}
	byValue := func(a, b numberAt) int {
		return cmp.Or(cmp.Compare(a.value, b.value), cmp.Compare(a.at.sentence, b.at.sentence), cmp.Compare(a.at.position, b.at.position))
	}
	slices.SortFunc(s.points, byValue)
	slices.SortFunc(s.ranges, byValue)
	*b = valueCollector{}
	return s
}
