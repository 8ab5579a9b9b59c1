package score

import (
	"slices"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/keytable"
)

// A negationIndex holds the source's negations.
type negationIndex struct {
	// stems holds the stems of the content words that the source's
	// negations govern, each with whether the source also states it
	// plainly (a content word of the stem that no negation governs) and
	// where those negations are: its denials, each the placeAt of its cue
	// (its sentence and its index among the sentence's cues; far holds
	// those that do not fit), in order, the stems' in the order of the
	// stems. A table rather than an array of string headers, which the
	// bench's sources held 2.3k of (32 bytes each, 14 in the table); the
	// empty stem, which a table leaves out, is in empty when hasEmpty.
	stems    keytable.Table[negatedStem]
	empty    negatedStem
	hasEmpty bool
	denials  []placeAt
	far      farPlaces
}

// A negatedStem is a stem that a negation of the source governs: whether
// the source states it plainly too, and where its denials lie in
// negationIndex.denials.
type negatedStem struct {
	off uint32
	n   uint32 // how many, and plainStem when the source states it plainly
}

// plainStem is the bit of negatedStem.n that says the source states the
// stem plainly too.
const plainStem = 1 << 31

// plain reports whether the source states the stem plainly too.
func (e negatedStem) plain() bool { return e.n&plainStem != 0 }

// count returns how many denials of the stem there are.
func (e negatedStem) count() uint32 { return e.n &^ plainStem }

// find returns the entry of a stem, and whether there is one.
func (x *negationIndex) find(stem string) (negatedStem, bool) {
	if stem == "" {
		return x.empty, x.hasEmpty
	}
	return x.stems.Lookup(stem)
}

// negationIdx returns the index of the source's negations, building it the
// first time.
func (s *Source) negationIdx() *negationIndex {
	return s.negations.get(func() negationIndex {
		var b negationCollector
		s.each(b.add)
		if b.negated != nil {
			s.each(b.markPlain)
		}
		return b.index()
	})
}

// A negationCollector gathers the source's negations by the stems of the
// words they govern (see governed), and for each such stem whether the
// source states it plainly too: in a second reading of the statements
// (markPlain) when plain is nil, or, when it is not, in the same reading,
// noting in plain the stem of every content word no negation governs.
type negationCollector struct {
	// The maps while the source is read, then flat arrays.
	negated map[string]bool
	denials map[string][]placeAt
	far     farPlaces
	plain   map[string]struct{}
	// filter has the bits (stemBit) of the stems in negated: the second
	// reading looks up in negated only the stems whose bit is set, the
	// few that a negation governs rather than every content word.
	filter [stemBits / 64]uint64
}

// stemBits is the size of negationCollector.filter.
const stemBits = 1024

// stemBit returns the bit of negationCollector.filter of a stem, from its
// first and last bytes and its length, which are cheaper to read than a
// hash of the whole stem; ok is false for an empty stem, which has none.
func stemBit(stem string) (bit uint, ok bool) {
	if stem == "" {
		return 0, false
	}
	return (uint(stem[0])*31 + uint(stem[len(stem)-1])*7 + uint(len(stem))) % stemBits, true
}

// mayBeNegated reports whether stem may be one of the stems in negated:
// false only when it is not.
func (b *negationCollector) mayBeNegated(stem string) bool {
	bit, ok := stemBit(stem)
	return !ok || b.filter[bit/64]&(1<<(bit%64)) != 0
}

// add collects the negations of statement i, c.
func (b *negationCollector) add(i int, c *claims.Statement) {
	for ci, cue := range c.Cues() {
		if cue.Kind != claims.Negation || isNotOnly(c, cue.Token()) {
			continue
		}
		if b.negated == nil {
			b.negated, b.denials = map[string]bool{}, map[string][]placeAt{}
		}
		at := b.far.placeAt(i, ci)
		var room [negationScope + 1]int
		for _, k := range governed(&room, c, cue.Token()) {
			stem := c.Tokens[k].Stem()
			b.negated[stem] = false
			if bit, ok := stemBit(stem); ok {
				b.filter[bit/64] |= 1 << (bit % 64)
			}
			if d := b.denials[stem]; len(d) == 0 || d[len(d)-1] != at {
				b.denials[stem] = append(d, at)
			}
		}
	}
	if b.plain != nil {
		for k := range c.Tokens {
			if t := &c.Tokens[k]; t.Content() && !negatedAt(c, k, false) {
				b.plain[t.Stem()] = struct{}{}
			}
		}
	}
}

// markPlain notes the negated stems that a content word of c no negation
// governs has: the second reading.
func (b *negationCollector) markPlain(_ int, c *claims.Statement) {
	for k := range c.Tokens {
		t := &c.Tokens[k]
		if !t.Content() || !b.mayBeNegated(t.Stem()) {
			continue
		}
		if plain, ok := b.negated[t.Stem()]; ok && !plain && !negatedAt(c, k, false) {
			b.negated[t.Stem()] = true
		}
	}
}

// index returns the index of the negations collected.
func (b *negationCollector) index() negationIndex {
	if b.negated == nil {
		return negationIndex{}
	}
	if b.plain != nil {
		for stem := range b.negated {
			_, b.negated[stem] = b.plain[stem]
		}
	}
	stems := make([]keytable.Entry[negatedStem], 0, len(b.negated))
	n := 0
	for stem, plain := range b.negated {
		var e negatedStem
		if plain {
			e.n = plainStem
		}
		stems = append(stems, keytable.Entry[negatedStem]{Key: stem, Value: e})
		n += len(b.denials[stem])
	}
	slices.SortFunc(stems, func(a, b keytable.Entry[negatedStem]) int { return strings.Compare(a.Key, b.Key) })
	x := negationIndex{far: slices.Clip(b.far)}
	x.denials = make([]placeAt, 0, n)
	for i := range stems {
		e := &stems[i]
		e.Value.off = uint32(len(x.denials))
		x.denials = append(x.denials, b.denials[e.Key]...)
		e.Value.n |= uint32(len(x.denials)) - e.Value.off
		if e.Key == "" {
			x.empty, x.hasEmpty = e.Value, true
		}
	}
	x.stems = keytable.Make(stems)
	*b = negationCollector{}
	return x
}

// statesPlainly reports, for a stem that a negation of the source governs,
// whether the source also has a content word of the stem that no negation
// governs; known is false for any other stem.
func (s *Source) statesPlainly(stem string) (plain, known bool) {
	if e, ok := s.negationIdx().find(stem); ok {
		return e.plain(), true
	}
	return false, false
}

// denialsOf calls f with the sentence and cue of each negation of the
// source that governs a word of the stem, in order, until f returns true,
// and reports whether it did.
func (s *Source) denialsOf(stem string, f func(c *claims.Statement, cue claims.Cue) bool) bool {
	x := s.negationIdx()
	e, ok := x.find(stem)
	if !ok {
		return false
	}
	for _, at := range x.denials[e.off : e.off+e.count()] {
		si, k := x.far.place(at)
		c := s.aligned.Statement(si)
		if f(c, c.Cues()[k]) {
			return true
		}
	}
	return false
}
