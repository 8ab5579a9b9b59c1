package score

import (
	"cmp"
	"slices"
	"sync"
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
	values := valueCollector{keepValues: true} // its statements are parsed again when read
	negations := negationCollector{plain: map[string]struct{}{}}
	var periods uint8
	s.aligned = align.PrepareOutline(o, opts, func(i int, c *claims.Statement) {
		words.add(i, c)
		others.add(i, c)
		names.add(i, c)
		values.add(i, c)
		negations.add(i, c)
		periods |= periodsOf(c)
	})
	s.wordKeys.get(words.table)
	other.keys = others.table()
	s.others.get(func() otherKeys { return other })
	s.names.get(names.index)
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
	// their bytes, and a key found there is not listed again. (MakeSet
	// makes the rest distinct.)
	seen [1 << seenBits]struct {
		p *byte
		n int
	}
	keys []string
	list *[]string // the pool's (keyLists), which keys goes back to
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
	k.keep = keep
	k.list = keyLists.Get().(*[]string)
	if cap(*k.list) >= n {
		k.keys = (*k.list)[:0]
	} else {
		k.keys = make([]string, 0, n)
	}
}

// keyLists is the pool of the lists of keys that keyCollectors gather and
// table lets go (MakeSet keeps none of them): a batch gathers two for
// each of many small sources, a tenth of the bytes that preparing them
// allocated (issue 13). A list longer than maxPooledKeyList goes back to
// no pool, so that a long source's does not stay behind it.
var keyLists = sync.Pool{New: func() any { return new([]string) }}

const maxPooledKeyList = 1 << 15

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

// table returns the set of the keys collected.
func (k *keyCollector) table() keytable.Set {
	t := keytable.MakeSet(k.keys)
	if k.list != nil && cap(k.keys) <= maxPooledKeyList {
		clear(k.keys) // the pool holds no keys
		*k.list = k.keys[:0]
		keyLists.Put(k.list)
	}
	k.keys, k.distinct, k.list = nil, nil, nil
	return t
}

// A nameCollector gathers what the source's names tell (see nameIndex).
type nameCollector struct {
	names []string
	// initials holds the distinct initialisms of the names, in the order
	// of their first, and initialisms the same while they are collected.
	initials    []string
	initialisms map[string]struct{}
	far         farPlaces // see nameIndex.far
	// wordKey numbers the distinct keys of the names' words, in the
	// order of their first, words holds them in that order, and placed
	// the key's number and the place of every word of a name (not empty),
	// in order.
	wordKey map[string]uint32
	words   []string
	placed  []keyedEntity
	// distinct, when not nil, holds the names listed, so that names
	// holds each once (lexicon.Around reads them as a set).
	distinct map[string]struct{}
	sp       *nameSpace // the pool's, whose maps and arrays these are
}

// A nameSpace holds the maps and arrays that a nameCollector fills and
// index lets go: initialisms, initials, wordKey, words and placed (see
// nameCollector). A batch indexes the names of many small sources, and
// they were 3% of Batch/sources' bytes and 4% of its allocations (issue
// 13); they come from a pool, one collector's at a time, and go back
// empty. A space whose arrays outgrew maxPooledNames goes back to no
// pool, so that a long source's does not stay behind it.
type nameSpace struct {
	initials    []string
	initialisms map[string]struct{}
	wordKey     map[string]uint32
	words       []string
	placed      []keyedEntity
}

var nameSpaces = sync.Pool{New: func() any {
	return &nameSpace{initialisms: map[string]struct{}{}, wordKey: map[string]uint32{}}
}}

// maxPooledNames bounds the name words of a space kept in the pool: an
// article has a few hundred. At 1<<14 the space of the bench's 976 KB of
// sources joined stayed in the pool, and BenchmarkSourceHeap/indexed,
// which collects once after preparing, counted it: 5.79 -> 6.31
// heap-B/byte.
const maxPooledNames = 1 << 11

// borrow gives b the maps and arrays of a space from the pool.
func (b *nameCollector) borrow() {
	sp := nameSpaces.Get().(*nameSpace)
	b.sp = sp
	b.initials, b.initialisms, b.wordKey, b.words, b.placed = sp.initials[:0], sp.initialisms, sp.wordKey, sp.words[:0], sp.placed[:0]
}

// giveBack empties b's space, which holds no key after, and puts it back
// in the pool when its arrays are small.
func (b *nameCollector) giveBack() {
	sp := b.sp
	if sp == nil {
		return
	}
	big := len(b.wordKey) > maxPooledNames || cap(b.placed) > 4*maxPooledNames || len(b.initialisms) > maxPooledNames
	clear(b.initials)
	clear(b.words)
	clear(b.initialisms)
	clear(b.wordKey)
	sp.initials, sp.words, sp.placed = b.initials[:0], b.words[:0], b.placed[:0]
	if !big {
		nameSpaces.Put(sp)
	}
}

// A keyedEntity is the number of the key of a word of a name and where
// the name is (see nameCollector.placed).
type keyedEntity struct {
	key uint32
	at  placeAt
}

// add collects the names of statement i, c.
func (b *nameCollector) add(i int, c *claims.Statement) {
	if b.sp == nil && len(c.Entities()) > 0 {
		b.borrow()
	}
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
		at := b.far.placeAt(i, k)
		for _, w := range e.Words {
			if w == "" {
				continue // a table holds no empty key
			}
			key, ok := b.wordKey[w]
			if !ok {
				if b.wordKey == nil {
					b.wordKey = map[string]uint32{}
				}
				key = uint32(len(b.words))
				b.wordKey[w] = key
				b.words = append(b.words, w)
			}
			b.placed = append(b.placed, keyedEntity{key, at})
		}
	}
}

// index returns the index of the names collected.
func (b *nameCollector) index() nameIndex {
	x := nameIndex{places: lexicon.Around(b.names), initialisms: keytable.MakeSet(b.initials), far: slices.Clip(b.far)}
	// The places of each key's words, one key's after another, by a
	// counting sort of placed on the key, the last of each key's marked.
	ends := make([]uint32, len(b.words)+1)
	for _, p := range b.placed {
		ends[p.key+1]++
	}
	for k := range b.words {
		ends[k+1] += ends[k]
	}
	fill := slices.Clone(ends[:len(b.words)])
	x.wordAt = make([]placeAt, len(b.placed))
	for _, p := range b.placed {
		x.wordAt[fill[p.key]] = p.at
		fill[p.key]++
	}
	for k := range b.words {
		x.wordAt[ends[k+1]-1] |= lastOfKey // every key has a place
	}
	x.entityWords = keytable.Of(func(add func(string, uint32)) {
		for k, w := range b.words {
			add(w, ends[k])
		}
	})
	b.giveBack()
	*b = nameCollector{}
	return x
}

// A valueCollector gathers the source's numbers by value, its distinct
// dates and its only age (see valueIndex).
type valueCollector struct {
	x valueIndex
	// points and ranges hold the numbers and their values while they are
	// collected; keepValues says that the index keeps the values (see
	// valueIndex.pointValues).
	points, ranges []numberAt
	keepValues     bool
	ages           int             // distinct age values seen, up to 2
	runs           map[dateKey]int // a distinct date -> its run in byRun
	// byRun holds where each distinct date is, in order.
	byRun [][]placeAt
}

// A numberAt is a number of the source while the index is made: its value
// (the low end of a range) and where it is.
type numberAt struct {
	value float64
	at    placeAt
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
	b.points, b.ranges = make([]numberAt, 0, points), make([]numberAt, 0, ranges)
}

// add collects the numbers and dates of statement i, c.
func (b *valueCollector) add(i int, c *claims.Statement) {
	s := &b.x
	for k := range c.Numbers() {
		n := &c.Numbers()[k]
		at := numberAt{n.Value, s.far.placeAt(i, k)}
		if n.Max == n.Value {
			b.points = append(b.points, at)
		} else {
			b.ranges = append(b.ranges, at)
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
		b.byRun[r] = append(b.byRun[r], s.far.placeAt(i, k))
	}
}

// index returns the index of the values collected.
func (b *valueCollector) index() valueIndex {
	s := b.x
	if len(b.byRun) > 0 {
		n := 0
		for _, run := range b.byRun {
			n += len(run)
		}
		s.dates, s.dateRuns = make([]placeAt, 0, n), make([]int32, 0, len(b.byRun)+1)
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
		as, ak := s.far.place(a.at)
		bs, bk := s.far.place(b.at)
		return cmp.Or(cmp.Compare(a.value, b.value), cmp.Compare(as, bs), cmp.Compare(ak, bk))
	}
	split := func(ns []numberAt) (ats []placeAt, values []float64) {
		slices.SortFunc(ns, byValue)
		if len(ns) == 0 {
			return nil, nil
		}
		ats = make([]placeAt, len(ns))
		for i, n := range ns {
			ats[i] = n.at
		}
		if b.keepValues {
			values = make([]float64, len(ns))
			for i, n := range ns {
				values[i] = n.value
			}
		}
		return ats, values
	}
	s.points, s.pointValues = split(b.points)
	s.ranges, s.rangeValues = split(b.ranges)
	s.far = slices.Clip(s.far)
	*b = valueCollector{}
	return s
}
