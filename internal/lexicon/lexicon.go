// Package lexicon is a compact English lexicon derived from WordNet 3.0:
// synonyms, antonyms, different values of one attribute (colours), and which
// words are common English words. Every key is
// a normalised stem as internal/lex.Stem makes it, so inflected forms meet.
//
// The data is embedded in a flat form (lexicon.bin, described in package
// lexbuild) and read in place: nothing is decoded at start, and the first
// look-up costs no more than the next. lexicon.bin is regenerated with go
// generate, from Debian's wordnet-base files through lexicon.txt.gz, the
// text form that can be read and diffed. All functions are safe for
// concurrent use.
package lexicon

//go:generate go run gen.go gen_sections.go -wordnet /usr/share/wordnet -o lexicon.txt.gz
//go:generate go run flatten.go -i lexicon.txt.gz -o lexicon.bin

import (
	_ "embed"
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/newsdesk/claimcheck/internal/lexicon/lexbuild"
)

//go:embed lexicon.bin
var data string

// maxRelated bounds how many synonyms Related returns, so that a very
// polysemous word does not pull in half the vocabulary.
const maxRelated = 24

// u32s is a run of little-endian uint32 values, read in place.
type u32s string

func (a u32s) n() int { return len(a) / 4 }

func (a u32s) at(i int) uint32 {
	j := 4 * i
	_ = a[j+3]
	return uint32(a[j]) | uint32(a[j+1])<<8 | uint32(a[j+2])<<16 | uint32(a[j+3])<<24
}

func (a u32s) contains(x uint32) bool {
	for i := range a.n() {
		if a.at(i) == x {
			return true
		}
	}
	return false
}

// overlap reports whether two lists share an element.
func overlap(a, b u32s) bool {
	for i := range a.n() {
		if b.contains(a.at(i)) {
			return true
		}
	}
	return false
}

// A strtab is a table of strings: entry i is text[off[i]:off[i+1]].
type strtab struct {
	off  u32s
	text string
}

func (t strtab) n() int { return max(t.off.n()-1, 0) }

func (t strtab) at(i int) string { return t.text[t.off.at(i):t.off.at(i+1)] }

// findKey returns the entry equal to key by binary search over a sorted
// table, or -1. The key is held in bytes, which the comparisons read
// without a copy: a key built on the stack is looked up without an
// allocation.
func (t strtab) findKey(key []byte) int {
	lo, hi := 0, t.n()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.at(m) < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < t.n() && t.at(lo) == string(key) {
		return lo
	}
	return -1
}

// A listtab is a table of integer lists: list i is ids[off[i]:off[i+1]].
type listtab struct {
	off, ids u32s
}

// at returns list i; nothing for an i out of range.
func (t listtab) at(i int) u32s {
	if i < 0 || i+1 >= t.off.n() {
		return ""
	}
	return t.ids[4*t.off.at(i) : 4*t.off.at(i+1)]
}

// flat is the lexicon: pieces of data, nothing copied.
type flat struct {
	stems    strtab
	hash     u32s // stem hash slots: a stem number plus one, and 8 bits of its hash
	groups   listtab
	members  listtab
	ants     listtab
	senses   listtab
	common   string // bit set over stems
	hyper    listtab
	kinds    strtab
	places   strtab
	placeIDs listtab
	partOf   listtab
	values   strtab // pairs "a b", a < b, sorted
}

// lexicon finds the sections of the embedded data once: a few dozen
// operations, no allocation but the struct itself.
var lexicon = sync.OnceValue(func() *flat {
	f, err := open(data)
	if err != nil {
		panic("lexicon: embedded data is corrupt: " + err.Error()) // tested by TestFlatFile
	}
	return f
})

// corrupt is the error of a flat lexicon whose sections do not parse.
type corrupt string

// Error returns the message.
func (c corrupt) Error() string { return string(c) }

// open finds the sections of a flat lexicon.
func open(d string) (*flat, error) {
	if !strings.HasPrefix(d, lexbuild.Magic) {
		return nil, corrupt("no magic")
	}
	head := u32s(d[len(lexbuild.Magic):])
	if head.n() < 1 || head.at(0) != lexbuild.NumSections || head.n() < 1+2*lexbuild.NumSections {
		return nil, corrupt("wrong section count")
	}
	sec := make([]string, lexbuild.NumSections)
	for i := range sec {
		at, n := int(head.at(1+2*i)), int(head.at(2+2*i))
		if at%4 != 0 || at > len(d) || n > len(d)-at {
			return nil, corrupt("section out of range")
		}
		sec[i] = d[at : at+n]
	}
	str := func(off, text int) strtab { return strtab{u32s(sec[off]), sec[text]} }
	list := func(off, ids int) listtab { return listtab{u32s(sec[off]), u32s(sec[ids])} }
	f := &flat{
		stems:    str(lexbuild.StemOff, lexbuild.StemText),
		hash:     u32s(sec[lexbuild.StemHash]),
		groups:   list(lexbuild.GroupOff, lexbuild.GroupIDs),
		members:  list(lexbuild.MemberOff, lexbuild.MemberIDs),
		ants:     list(lexbuild.AntOff, lexbuild.AntIDs),
		senses:   list(lexbuild.SenseOff, lexbuild.SenseIDs),
		common:   sec[lexbuild.Common],
		hyper:    list(lexbuild.HyperOff, lexbuild.HyperIDs),
		kinds:    str(lexbuild.KindOff, lexbuild.KindText),
		places:   str(lexbuild.PlaceOff, lexbuild.PlaceText),
		placeIDs: list(lexbuild.PlaceIDOff, lexbuild.PlaceIDs),
		partOf:   list(lexbuild.PartOfOff, lexbuild.PartOfIDs),
		values:   str(lexbuild.ValueOff, lexbuild.ValueText),
	}
	if n := f.hash.n(); n == 0 || n&(n-1) != 0 {
		return nil, corrupt("hash table size is not a power of two")
	}
	return f, nil
}

// stem returns the number of a stem, or -1 if the lexicon does not know it.
func (f *flat) stem(s string) int { return f.stemParts(s, "") }

// stemParts returns the number of the stem a+b, or -1, without making a+b.
func (f *flat) stemParts(a, b string) int {
	mask := uint32(f.hash.n() - 1)
	h := fnv(fnv(fnvBasis, a), b)
	for j := h & mask; ; j = (j + 1) & mask {
		v := f.hash.at(int(j))
		if v == 0 {
			return -1
		}
		if v>>24 == h>>24 {
			if i := int(v&0xffffff) - 1; isConcat(f.stems.at(i), a, b) {
				return i
			}
		}
	}
}

// fnv continues lexbuild.Hash over more bytes: fnv(fnv(fnvBasis, a), b) is
// lexbuild.Hash(a + b).
func fnv(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

const fnvBasis = 2166136261

func isConcat(s, a, b string) bool {
	return len(s) == len(a)+len(b) && s[:len(a)] == a && s[len(a):] == b
}

// senseList returns the synsets of a stem's first noun senses.
func (f *flat) senseList(stem string) u32s { return f.senses.at(f.stem(stem)) }

// up returns a synset's hypernyms.
func (f *flat) up(s uint32) u32s { return f.hyper.at(int(s)) }

// hypernyms returns the synsets one (depth 1) or up to two (depth 2) steps
// above a stem's senses.
func (f *flat) hypernyms(stem string, depth int) u32s {
	var out []byte
	level := f.senseList(stem)
	for d := 0; d < depth; d++ {
		var next []byte
		for i := range level.n() {
			next = append(next, f.up(level.at(i))...)
		}
		out = append(out, next...)
		level = u32s(next)
	}
	return u32s(out)
}

// broader reports whether a sense of the stem general is a kind that one of
// specific's senses belongs to, one or two steps up ("vehicl" for "truck").
func (f *flat) broader(general, specific string) bool {
	return overlap(f.senseList(general), f.hypernyms(specific, 2))
}

// Kin reports whether two stems name different things of the same kind,
// and the name of that kind: the one their most frequent senses share
// ("beach" and "cliff" are both a kind of "geological formation").
// Synonyms, and words one of which is a kind of the other, are not kin.
func Kin(a, b string) (string, bool) {
	f := lexicon()
	if a == b {
		return "", false
	}
	found, kind, rank := false, uint32(0), 0
	sa, sb := f.senseList(a), f.senseList(b)
	for i := range sa.n() {
		ua := f.up(sa.at(i))
		for j := range sb.n() {
			ub := f.up(sb.at(j))
			for k := range ua.n() {
				h := ua.at(k)
				if ub.contains(h) && (!found || i+j < rank || i+j == rank && h < kind) {
					found, kind, rank = true, h, i+j
				}
			}
		}
	}
	if !found || int(kind) >= f.kinds.n() {
		return "", false
	}
	if overlap(sa, sb) || f.broader(a, b) || f.broader(b, a) {
		return "", false
	}
	return f.kinds.at(int(kind)), true
}

// Related returns the stems that are synonyms of a stem and not also its
// antonyms, in a fixed order, at most maxRelated of them. The slice is
// shared: callers must not modify it.
func Related(stem string) []string { return relatedOf(stem).stems }

// RelatedHashes is Related, with Hash of each stem: hashes[i] is
// Hash(related[i]). Both slices are shared. A caller that asks whether a
// set holds any of the stems can test a filter of the set's hashes with
// them first, without reading the stems' bytes, which lie apart in the
// lexicon's data and are seldom in the processor's caches.
func RelatedHashes(stem string) (related []string, hashes []uint64) {
	l := relatedOf(stem)
	return l.stems, l.hashes
}

// Hash returns a hash of a stem, the same for equal strings within a
// process (not across processes: its seed is the process's). It is what
// RelatedHashes gives for each stem.
func Hash(s string) uint64 { return maphash.String(hashSeed, s) }

var hashSeed = maphash.MakeSeed()

// A relatedList is Related's answer for a stem and the Hash of each.
type relatedList struct {
	stems  []string
	hashes []uint64
}

// noRelated is the answer for a stem without synonyms.
var noRelated = &relatedList{}

// relatedOf returns Related's answer with its hashes.
func relatedOf(stem string) *relatedList {
	// The stems asked are a token's, which shares its word's string: the
	// same stem comes back at the same address.
	p := unsafe.StringData(stem)
	slot := &relatedMemo[uint64(uintptr(unsafe.Pointer(p)))*0x9E3779B97F4A7C15>>(64-relatedMemoBits)]
	if e := slot.Load(); e != nil && e.p == p && e.n == len(stem) {
		return e.related
	}
	r := related(stem)
	slot.Store(&relatedEntry{p: p, n: len(stem), related: r})
	return r
}

// relatedMemo remembers Related's latest answers by the address and length
// of the stem's bytes, so that a stem asked again is found without hashing
// or comparing them. An entry holds its stem's bytes alive, so no other
// string can take its address while it is there.
var relatedMemo [1 << relatedMemoBits]atomic.Pointer[relatedEntry]

const relatedMemoBits = 14

type relatedEntry struct {
	p       *byte
	n       int
	related *relatedList
}

// related is Related without the memo.
func related(stem string) *relatedList {
	f := lexicon()
	id := f.stem(stem)
	groups := f.groups.at(id)
	if groups.n() == 0 {
		return noRelated
	}
	cached := &relatedCache()[id]
	if r := cached.Load(); r != nil {
		return r
	}
	var out []string
	for i := range groups.n() {
		ms := f.members.at(int(groups.at(i)))
		for j := range ms.n() {
			m := f.stems.at(int(ms.at(j)))
			// "father" and "mother" share a verb sense (beget); opposites
			// are never synonyms.
			if m != stem && !contains(out, m) && len(out) < maxRelated && !Antonyms(stem, m) {
				out = append(out, m)
			}
		}
	}
	l := &relatedList{stems: out}
	if len(out) > 0 {
		l.hashes = make([]uint64, len(out))
		for i, m := range out {
			l.hashes[i] = Hash(m)
		}
	}
	cached.Store(l)
	return l
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// relatedCache caches Related's answers by stem number: alignment asks
// for the same stems over and over, and a stem's number, which Related
// looks up anyway, finds its answer without hashing it again. It holds one
// pointer per stem of the lexicon, made on the first call.
var relatedCache = sync.OnceValue(func() []atomic.Pointer[relatedList] {
	return make([]atomic.Pointer[relatedList], lexicon().stems.n())
})

// antonyms reports whether the lexicon lists two stems as antonyms.
func (f *flat) antonyms(a, b form) bool {
	ia := f.stemParts(a.a, a.b)
	if ia < 0 {
		return false
	}
	ants := f.ants.at(ia)
	if ants.n() == 0 {
		return false // most stems have no antonym: b need not be looked up
	}
	ib := f.stemParts(b.a, b.b)
	return ib >= 0 && ants.contains(uint32(ib))
}

// Antonyms reports whether two stems are opposites ("increas", "decreas"),
// also in the comparative or superlative ("highest", "lowest").
func Antonyms(a, b string) bool {
	f := lexicon()
	if f.antonyms(form{a, ""}, form{b, ""}) {
		return true
	}
	if !strings.HasSuffix(a, "er") && !strings.HasSuffix(a, "est") && !strings.HasSuffix(b, "er") && !strings.HasSuffix(b, "est") {
		return false
	}
	var fa, fb [7]form
	for _, x := range degreeBases(fa[:0], a) {
		for _, y := range degreeBases(fb[:0], b) {
			if f.antonyms(x, y) {
				return true
			}
		}
	}
	return false
}

// A form is a stem in two parts, a+b, so that "late" can be looked up as
// "lat"+"e" without being made.
type form struct{ a, b string }

// degreeBases appends to out the stem and, for a comparative or
// superlative, the stems its base may have: the stemmer leaves "highest"
// and "bigger" whole, while "high" and "big" are what the lexicon knows.
// At most 7.
func degreeBases(out []form, stem string) []form {
	out = append(out, form{stem, ""})
	for _, suffix := range []string{"est", "er"} {
		base, ok := strings.CutSuffix(stem, suffix)
		if !ok || len(base) < 2 {
			continue
		}
		out = append(out, form{base, ""}, form{base, "e"}) // "later" -> "late"
		if n := len(base); base[n-1] == base[n-2] {
			out = append(out, form{base[:n-1], ""}) // "biggest" -> "big"
		}
	}
	return out
}

// OtherValue reports whether two stems name different values of one
// attribute that are not opposites: two colours ("green", "yellow"; "gold",
// "silver"), "liquid" and "solid". Synonyms ("gray", "grey"), a value and a
// kind of it ("red", "crimson"), two words of one degree ("big", "huge")
// and antonyms ("hot", "cold", which Antonyms answers) are not. See the V
// section of gen.go for how WordNet says it.
func OtherValue(a, b string) bool {
	if a == b {
		return false
	}
	if a > b {
		a, b = b, a
	}
	var buf [64]byte
	key := append(append(append(buf[:0], a...), ' '), b...)
	return lexicon().values.findKey(key) >= 0
}

// Common reports whether a stem is that of a word WordNet writes in lower
// case: an ordinary English word rather than a name.
func Common(stem string) bool {
	f := lexicon()
	i := f.stem(stem)
	return i >= 0 && f.common[i/8]&(1<<(i%8)) != 0
}

// CommonDegree is Common, or for a comparative or superlative that the
// stemmer leaves whole, Common of its base: "cheaper" is an ordinary
// word because "cheap" is.
func CommonDegree(stem string) bool {
	f := lexicon()
	var fs [7]form
	for _, x := range degreeBases(fs[:0], stem) {
		if i := f.stemParts(x.a, x.b); i >= 0 && f.common[i/8]&(1<<(i%8)) != 0 {
			return true
		}
	}
	return false
}
