// Package lexbuild turns the lexicon's text form (lexicon.txt.gz, written by
// internal/lexicon/gen.go from WordNet) into the flat binary form that
// package lexicon embeds and reads in place, with no decoding pass:
//
//	go generate ./internal/lexicon
//
// runs gen.go (with gen_sections.go), then flatten.go, which calls Parse
// and Encode. The output is a function of the text alone, so it is
// reproducible byte for byte.
//
// # The flat form
//
// All integers are little-endian uint32. The file starts with Magic, then
// the number of sections (NumSections), then for each section its offset
// and length in bytes from the start of the file; every section starts at a
// multiple of 4. There are three kinds of section:
//
//   - an array: n uint32 values;
//   - a string table: an array of n+1 offsets (Off) and a text (Text); entry
//     i is Text[Off[i]:Off[i+1]];
//   - a list table: an array of n+1 offsets (Off) and an array of ids (IDs);
//     list i is IDs[Off[i]:Off[i+1]].
//
// Stems are numbered in sorted (byte) order, 0 to n-1, and found through an
// open-addressing hash table (StemHash: a power-of-two number of slots; a
// stem's first slot is Hash(stem) & (len-1), then the next ones in turn;
// each slot holds the stem's number plus one in its low 24 bits and the top
// 8 bits of its hash in the high 8, 0 for an empty slot); place names, also
// sorted, by binary search.
package lexbuild

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Magic starts every flat lexicon file.
const Magic = "CCLEX01\n"

// Sections of the flat form, in file order.
const (
	StemOff     = iota // string table of the stems, sorted
	StemText           //
	StemHash           // array: hash slots of the stems
	GroupOff           // list table: stem -> its synonym groups
	GroupIDs           //
	MemberOff          // list table: group -> its stems, in the text's order
	MemberIDs          //
	AntOff             // list table: stem -> its antonym stems
	AntIDs             //
	SenseOff           // list table: stem -> the synsets of its first noun senses
	SenseIDs           //
	Common             // bit set over stems: bit i set when stem i is a common word
	HyperOff           // list table: synset -> its hypernyms
	HyperIDs           //
	KindOff            // string table: synset -> its name if it is a kind, else ""
	KindText           //
	PlaceOff           // string table of the place names, sorted
	PlaceText          //
	PlaceIDOff         // list table: place name -> the places it may name
	PlaceIDs           //
	PartOfOff          // list table: place -> the places it is part of
	PartOfIDs          //
	ValueOff           // string table of the pairs of values of one attribute, "a b" with a < b, sorted
	ValueText          //
	NumSections        // how many sections there are
)

// Hash is FNV-1a over the bytes of s: the hash of the stem table.
func Hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// Tables is the lexicon as the text form states it, in memory.
type Tables struct {
	Groups   map[string][]int32  // stem -> synonym groups, in the text's order
	Members  [][]string          // group -> stems, in the text's order
	Antonyms map[string][]string // stem -> antonym stems, in the text's order
	Common   map[string]bool     // stems of common words
	Senses   map[string][]int32  // stem -> synsets of its first noun senses
	Hyper    [][]int32           // synset -> its hypernyms
	Kinds    []string            // synset -> its name if it is a kind, else ""
	Places   map[string][]int32  // place name -> places
	PartOf   [][]int32           // place -> the places it is part of
	Values   []string            // pairs of values of one attribute, "a b" with a < b
}

// Parse reads the text form (uncompressed). Its sections are described in
// gen.go; a line it does not know is skipped, as the reader always did.
func Parse(text string) (*Tables, error) {
	t := &Tables{Groups: map[string][]int32{}, Antonyms: map[string][]string{}, Common: map[string]bool{},
		Senses: map[string][]int32{}, Places: map[string][]int32{}}
	var next int32 // the number a "+" in an O line stands for
	for n := 1; len(text) > 0; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		bad := func(what string) error { return fmt.Errorf("lexbuild: line %d: %s: %q", n, what, line) }
		switch f[0] {
		case "S":
			for _, g := range f[2:] {
				id, err := strconv.Atoi(g)
				if err != nil || id < 0 || id > 1<<24 {
					return nil, bad("bad group")
				}
				for len(t.Members) <= id {
					t.Members = append(t.Members, nil)
				}
				t.Members[id] = append(t.Members[id], f[1])
				t.Groups[f[1]] = append(t.Groups[f[1]], int32(id))
			}
		case "A":
			if len(f) != 3 {
				return nil, bad("an antonym line names two stems")
			}
			t.Antonyms[f[1]] = append(t.Antonyms[f[1]], f[2])
			t.Antonyms[f[2]] = append(t.Antonyms[f[2]], f[1])
		case "V":
			if len(f) != 3 {
				return nil, bad("a value line names two stems")
			}
			a, b := min(f[1], f[2]), max(f[1], f[2])
			t.Values = append(t.Values, a+" "+b)
		case "C":
			for _, c := range f[1:] {
				t.Common[c] = true
			}
		case "O":
			var ids []int32
			for _, x := range f[2:] {
				if x == "+" {
					ids = append(ids, next)
					next++
					continue
				}
				id, err := strconv.ParseInt(x, 36, 32)
				if err != nil || id < 0 {
					return nil, bad("bad synset")
				}
				ids = append(ids, int32(id))
			}
			t.Senses[f[1]] = ids
		case "E":
			name := ""
			if f[1] != "-" {
				name = strings.ReplaceAll(f[1], "-", " ")
			}
			ids, err := synsetIDs(f[2:])
			if err != nil {
				return nil, bad(err.Error())
			}
			t.Kinds = append(t.Kinds, name)
			t.Hyper = append(t.Hyper, ids)
		case "L":
			id := int32(len(t.PartOf))
			for _, name := range strings.Split(f[1], ",") {
				name = strings.ReplaceAll(name, "_", " ")
				t.Places[name] = append(t.Places[name], id)
			}
			ids, err := synsetIDs(f[2:])
			if err != nil {
				return nil, bad(err.Error())
			}
			t.PartOf = append(t.PartOf, ids)
		}
	}
	return t, nil
}

func synsetIDs(fs []string) ([]int32, error) {
	out := make([]int32, len(fs))
	for i, f := range fs {
		n, err := strconv.ParseInt(f, 36, 32)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("bad id %q", f)
		}
		out[i] = int32(n)
	}
	return out, nil
}

// Stems returns every stem the tables name, sorted: the stem table of the
// flat form, in order.
func (t *Tables) Stems() []string {
	set := map[string]bool{}
	for s, ants := range t.Antonyms {
		set[s] = true
		for _, a := range ants {
			set[a] = true
		}
	}
	for _, m := range t.Members {
		for _, s := range m {
			set[s] = true
		}
	}
	for _, m := range []map[string][]int32{t.Groups, t.Senses} {
		for s := range m {
			set[s] = true
		}
	}
	for s := range t.Common {
		set[s] = true
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

// sortedKeys returns a map's keys in byte order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Encode writes the tables in the flat form.
func Encode(t *Tables) []byte {
	stems := t.Stems()
	if len(stems) >= 1<<24-1 {
		panic("lexbuild: too many stems for the hash table") // 50k in WordNet 3.0
	}
	num := make(map[string]uint32, len(stems))
	for i, s := range stems {
		num[s] = uint32(i)
	}
	sec := make([][]byte, NumSections)
	sec[StemOff], sec[StemText] = stringTable(stems)
	slots := 1
	for slots < 2*len(stems) {
		slots <<= 1
	}
	hash := make([]uint32, slots)
	for i, s := range stems {
		j := Hash(s) & uint32(slots-1)
		for hash[j] != 0 {
			j = (j + 1) & uint32(slots-1)
		}
		hash[j] = uint32(i) + 1 | Hash(s)&0xff000000
	}
	sec[StemHash] = u32s(hash)
	perStem := func(f func(s string) []uint32) [][]uint32 {
		out := make([][]uint32, len(stems))
		for i, s := range stems {
			out[i] = f(s)
		}
		return out
	}
	ids := func(xs []int32) []uint32 {
		out := make([]uint32, len(xs))
		for i, x := range xs {
			out[i] = uint32(x)
		}
		return out
	}
	stemNums := func(ss []string) []uint32 {
		out := make([]uint32, len(ss))
		for i, s := range ss {
			out[i] = num[s]
		}
		return out
	}
	sec[GroupOff], sec[GroupIDs] = listTable(perStem(func(s string) []uint32 { return ids(t.Groups[s]) }))
	members := make([][]uint32, len(t.Members))
	for g, m := range t.Members {
		members[g] = stemNums(m)
	}
	sec[MemberOff], sec[MemberIDs] = listTable(members)
	sec[AntOff], sec[AntIDs] = listTable(perStem(func(s string) []uint32 { return stemNums(t.Antonyms[s]) }))
	sec[SenseOff], sec[SenseIDs] = listTable(perStem(func(s string) []uint32 { return ids(t.Senses[s]) }))
	bits := make([]byte, (len(stems)+7)/8)
	for i, s := range stems {
		if t.Common[s] {
			bits[i/8] |= 1 << (i % 8)
		}
	}
	sec[Common] = bits
	hyper := make([][]uint32, len(t.Hyper))
	for i, h := range t.Hyper {
		hyper[i] = ids(h)
	}
	sec[HyperOff], sec[HyperIDs] = listTable(hyper)
	sec[KindOff], sec[KindText] = stringTable(t.Kinds)
	places := sortedKeys(t.Places)
	sec[PlaceOff], sec[PlaceText] = stringTable(places)
	placeIDs := make([][]uint32, len(places))
	for i, p := range places {
		placeIDs[i] = ids(t.Places[p])
	}
	sec[PlaceIDOff], sec[PlaceIDs] = listTable(placeIDs)
	partOf := make([][]uint32, len(t.PartOf))
	for i, p := range t.PartOf {
		partOf[i] = ids(p)
	}
	sec[PartOfOff], sec[PartOfIDs] = listTable(partOf)
	// A few hundred pairs: a sorted table of them is a few kilobytes,
	// where a list per stem would take four bytes for every stem.
	values := slices.Clone(t.Values)
	slices.Sort(values)
	values = slices.Compact(values)
	sec[ValueOff], sec[ValueText] = stringTable(values)

	out := []byte(Magic)
	out = binary.LittleEndian.AppendUint32(out, NumSections)
	at := len(out) + 8*NumSections
	for _, s := range sec {
		at = (at + 3) &^ 3
		out = binary.LittleEndian.AppendUint32(out, uint32(at))
		out = binary.LittleEndian.AppendUint32(out, uint32(len(s)))
		at += len(s)
	}
	for _, s := range sec {
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		out = append(out, s...)
	}
	return out
}

func u32s(xs []uint32) []byte {
	out := make([]byte, 0, 4*len(xs))
	for _, x := range xs {
		out = binary.LittleEndian.AppendUint32(out, x)
	}
	return out
}

func stringTable(ss []string) (off, text []byte) {
	o := make([]uint32, 0, len(ss)+1)
	o = append(o, 0)
	for _, s := range ss {
		text = append(text, s...)
		o = append(o, uint32(len(text)))
	}
	return u32s(o), text
}

func listTable(ls [][]uint32) (off, ids []byte) {
	o := make([]uint32, 0, len(ls)+1)
	o = append(o, 0)
	var all []uint32
	for _, l := range ls {
		all = append(all, l...)
		o = append(o, uint32(len(all)))
	}
	return u32s(o), u32s(all)
}
