package lex

import (
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// NameKey returns a key for one word of a name under which spelling variants
// of transliterated names meet: lower case, diacritics folded, and the common
// alternations of romanisation ("Andrei"/"Andrey", "Yuri"/"Yury",
// "Tchaikovsky"/"Tchaikovski", "Mikhail"/"Mihail") reduced to one form.
func NameKey(word string) string {
	w := foldDiacritics(Lower(word))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if len(w) < 4 {
		return w
	}
	// The key is made in a buffer on the stack, and made a string only
	// when it is not w: most words are their own key.
	var buf [64]byte
	b := buf[:0]
	if len(w) > len(buf) {
		b = make([]byte, 0, len(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'k' && i+1 < len(w) && w[i+1] == 'h':
			b = append(b, 'h')
			i++
		case c == 'c' && i+1 < len(w) && w[i+1] == 'k':
			b = append(b, 'k')
			i++
		case c == 'p' && i+1 < len(w) && w[i+1] == 'h':
			b = append(b, 'f')
			i++
		case c == 'w':
			b = append(b, 'v')
		case c == 'y' || c == 'j' && i > 0:
			b = append(b, 'i')
		case i > 0 && c == w[i-1]:
			// Doubled letters are dropped: "Rossini"/"Rosini".
		default:
			b = append(b, c)
		}
	}
	k := w
	if string(b) != w {
		k = string(b)
	}
	// Final -ei/-ii/-iy/-ij all come to -i.
	for _, suf := range []string{"ei", "ii"} {
		if strings.HasSuffix(k, suf) {
			k = k[:len(k)-len(suf)] + "i"
		}
	}
	return k
}

// SameNameKey reports whether two name keys (made by NameKey) are variants
// of one name: equal, or within a small edit distance for longer keys.
// Two keys that differ in their first byte, or in length by more than
// two, never match: KeyIndex relies on it.
func SameNameKey(ka, kb string) bool {
	if ka == kb {
		return true
	}
	n := min(len(ka), len(kb))
	if n < 5 || ka[0] != kb[0] {
		return false
	}
	d := len(ka) - len(kb)
	if d < -2 || d > 2 {
		return false
	}
	limit := 1
	if n >= 9 {
		limit = 2
	}
	if isASCII(ka) && isASCII(kb) {
		return withinEdits(ka, kb, limit)
	}
	return levenshtein.ComputeDistance(ka, kb) <= limit
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// withinEdits reports whether the Levenshtein distance between a and b is
// at most k, for a small k, without allocating: a common prefix or suffix
// costs nothing, and past it the first bytes differ, so one of the three
// edits there is needed. It is levenshtein.ComputeDistance(a, b) <= k for
// bytes (on ASCII, bytes are runes), in O(3^k n) instead of O(n^2).
func withinEdits(a, b string, k int) bool {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	switch {
	case len(a) == 0:
		return len(b) <= k
	case len(b) == 0:
		return len(a) <= k
	case k == 0 || len(a)-len(b) > k || len(b)-len(a) > k:
		return false
	}
	return withinEdits(a[1:], b[1:], k-1) || withinEdits(a[1:], b, k-1) || withinEdits(a, b[1:], k-1)
}

// foldDiacritics maps Latin letters with diacritics to their base letter
// ("Türkiye" -> "turkiye"); other text is returned unchanged.
func foldDiacritics(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := diacritics[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var diacritics = func() map[rune]string {
	m := map[rune]string{}
	for base, variants := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęě", "g": "ĝğġģ",
		"h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ", "l": "ĺļľŀł", "n": "ñńņňŉ",
		"o": "òóôõöøōŏő", "r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų",
		"w": "ŵ", "y": "ýÿŷ", "z": "źżž", "ss": "ß", "ae": "æ", "oe": "œ",
	} {
		for _, r := range variants {
			m[r] = base
		}
	}
	return m
}()

// titles are titles and offices that precede a name ("President", "Mr.")
// and are not part of it.
var titles = setOf(
	"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "gen", "general", "sen", "senator",
	"rep", "representative", "gov", "governor", "president", "vice", "prime", "minister",
	"chancellor", "king", "queen", "prince", "princess", "pope", "sir", "lord", "lady", "dame",
	"judge", "justice", "chief", "deputy", "director", "chairman", "chairwoman", "secretary",
	"mayor", "colonel", "col", "captain", "capt", "lt", "lieutenant", "sgt", "sergeant",
	"commander", "admiral", "adm", "major", "maj", "rev", "reverend", "father", "sister",
	"brother", "ambassador", "commissioner", "inspector", "detective", "officer", "coach",
	"manager", "ceo", "chair", "speaker", "premier", "emperor", "sheikh", "ayatollah", "mme",
	"former", "late", "acting", "foreign", "defence", "defense", "finance", "interior",
	"health", "state", "first", "lady", "adviser", "advisor", "aide", "spokesman",
	"spokeswoman", "spokesperson", "head", "leader", "senior", "top",
)

// Initials returns the initials of the capitalised words of a name, the
// initialism that abbreviates it ("National Health Service": "NHS"; "the
// United Nations": "UN"), or "" when the name has fewer than two such words
// or more than six. Lower-case words ("of", "the") give no letter.
func Initials(name string) string {
	var b [6]byte
	n := 0
	// FieldsSeq, not Fields: the words are read once, and a slice of
	// them was 4.9% of the batch's allocations (issue 13).
	for w := range strings.FieldsSeq(name) {
		if w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		if n == len(b) {
			return ""
		}
		b[n] = w[0]
		n++
	}
	if n < 2 {
		return ""
	}
	return string(b[:n])
}

// IsInitialism reports whether w is a word of two to six capital letters,
// the shape of an initialism ("NHS", "UN").
func IsInitialism(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
