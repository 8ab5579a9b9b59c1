// The spellings of a word other than its lower case: numbered when first
// written (FormOf), told from the capitals of a token's text without
// reading the spellings' strings (OtherFormOf, caseMaskOf).

package lex

import (
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// MaxForms is the most spellings other than its lower case that FormOf
// numbers for one word.
const MaxForms = 7

// formsMu serialises the additions to the words' forms.
var formsMu sync.Mutex

// FormOf returns the number of the spelling text of w: 0 when text is
// w.Lower, 1 to MaxForms for another, numbered when first asked (a copy
// of text is kept, so that a shared word never pins a large source text
// in memory). ok is false when w has MaxForms others already. FormOf is
// safe for concurrent use.
func (w *Word) FormOf(text string) (n int, ok bool) {
	if text == w.Lower {
		return 0, true
	}
	return w.OtherFormOf(text)
}

// OtherFormOf is FormOf for a text known not to be w.Lower: it compares
// text with the other forms only.
func (w *Word) OtherFormOf(text string) (n int, ok bool) {
	for i, f := range w.formList() {
		if f == text {
			return i + 1, true
		}
	}
	formsMu.Lock()
	defer formsMu.Unlock()
	forms := w.formList() // another goroutine may have added it
	for i, f := range forms {
		if f == text {
			return i + 1, true
		}
	}
	if len(forms) >= MaxForms {
		return 0, false
	}
	more := append(forms[:len(forms):len(forms)], strings.Clone(text))
	atomic.StorePointer(&w.forms, unsafe.Pointer(&more))
	if n := len(more); n <= maxCaseForms {
		if m, ok := caseMaskOf(w.Lower, text); ok {
			atomic.StoreUint32(&w.meta, atomic.LoadUint32(&w.meta)|uint32(m)<<(maskBits*(n-1)))
		}
	}
	return len(more), true
}

// caseFormOf returns the number of the form of w whose case mask is m (not
// 0), or 0 when meta holds none.
func (w *Word) caseFormOf(m uint16) int {
	meta := atomic.LoadUint32(&w.meta)
	switch uint32(m) {
	case meta & maskOf1:
		return 1
	case meta >> maskBits & maskOf1:
		return 2
	}
	return 0
}

// caseMask returns the case mask of a packed word k0, k1 whose fold (see
// foldASCII) is f0, f1: bit i set when byte i is a capital.
func caseMask(k0, k1, f0, f1 uint64) uint16 {
	return gatherBits((k0^f0)>>5) | gatherBits((k1^f1)>>5)<<8
}

// gatherBits returns the low bit of each byte of x, byte i in bit i. The
// multiplication moves bit 8i of x to bit 56+i, and no sum of its other
// terms reaches bit 56 or carries.
func gatherBits(x uint64) uint16 {
	return uint16((x & lsb) * 0x0102040810204080 >> 56)
}

// caseMaskOf returns the case mask of text as a spelling of lower, and
// whether it has one: text of at most maxInline ASCII bytes, in lower
// case lower, and not lower.
func caseMaskOf(lower, text string) (uint16, bool) {
	if len(text) > maxInline || len(text) != len(lower) {
		return 0, false
	}
	k0, k1 := packWord(text)
	if (k0|k1)&highBits != 0 {
		return 0, false
	}
	f0, f1 := foldASCII(k0), foldASCII(k1)
	if l0, l1 := packWord(lower); l0 != f0 || l1 != f1 {
		return 0, false
	}
	m := caseMask(k0, k1, f0, f1)
	return m, m != 0
}

// Form returns spelling n of w (see FormOf): w.Lower for 0.
func (w *Word) Form(n int) string {
	if n == 0 {
		return w.Lower
	}
	return w.formList()[n-1]
}

// Own returns a copy of w, not cached, whose only form other than its
// lower case is text, numbered 1: the word of a token whose spelling w
// has no room for.
func (w *Word) Own(text string) *Word {
	c := &Word{Lower: w.Lower, Stem: w.Stem, Key: w.Key, Class: w.Class, meta: atomic.LoadUint32(&w.meta) & bareBit}
	c.forms = unsafe.Pointer(&[]string{text})
	return c
}
