package claims

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// Excluded is a piece of the text that cleaning left out of the claims: a
// boilerplate line, a photo credit or alt text, a copyright line or a label
// such as "Source:" whose following text is kept. (A photo's caption is
// kept: it is a Sentence with Caption set.)
type Excluded struct {
	Text       string // src[Start:End]
	Start, End int    // byte offsets into the original text
	// Reason is "advertising", "navigation" (a link prompt, a menu, a
	// glued run of links), "credit" (a photo credit), "alt text" (a
	// photo's description glued to its caption), "copyright", "embed",
	// "label", or "too long" (a whole text longer than MaxText).
	Reason string
}

// lineBoilerplate classifies one trimmed line. It returns the reason the line
// is excluded and, for a label line ("Source: ..."), the length of the label
// to exclude; labelLen is 0 when the whole line goes.
func lineBoilerplate(line string) (reason string, labelLen int) {
	if line == "" {
		return "", 0
	}
	if n := labelPrefix(line); n > 0 {
		return "label", n
	}
	if n := leadingBoilerplate(line); n > 0 {
		for n < len(line) && (line[n] == ' ' || line[n] == '\t') {
			n++
		}
		if n < len(line) {
			return "navigation", n
		}
	}
	if len(line) <= 100 {
		var buf [100]byte
		norm := foldLine(&buf, line)
		if r, ok := lex.BoilerplateLine(norm); ok {
			return r, 0
		}
		if r := lex.BoilerplatePrefix(norm); r != "" {
			return r, 0
		}
		if isCopyright(line, norm) {
			return "copyright", 0
		}
	}
	if strings.Contains(line, "pic.twitter.com/") {
		return "embed", 0
	}
	return "", 0
}

// foldLine lower-cases an ASCII line, folds runs of spaces and strips
// trailing punctuation, for comparison with the boilerplate tables.
// It writes into b and returns the part of it used: no allocation.
func foldLine(b *[100]byte, line string) []byte {
	n := 0
	space := false
	for i := 0; i < len(line) && n < len(b); i++ {
		c := line[i]
		if c == ' ' || c == '\t' {
			space = true
			continue
		}
		if space && n > 0 {
			b[n] = ' '
			n++
			if n == len(b) {
				break
			}
		}
		space = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[n] = c
		n++
	}
	// Rune-aware: "»" and "–" are several bytes each.
	return bytes.TrimRight(b[:n], ".:!>»|-–")
}

// isNavigationSentence recognises a short sentence that is a link prompt.
func isNavigationSentence(s string) bool {
	if len(s) > 200 || len(s) == 0 {
		return false
	}
	switch s[0] | 0x20 { // the first letters of lex.NavigationOpener's phrases, either case
	case 'c', 'r', 's':
	default:
		return false
	}
	return lex.NavigationOpener(s) > 0
}

// isCopyright recognises lines such as "c.2024 The Daily Example Company".
func isCopyright(line string, norm []byte) bool {
	if bytes.Contains(norm, []byte("all rights reserved")) {
		return true
	}
	// "c.2025" or "c 2025" opening a short line.
	if len(norm) >= 6 && norm[0] == 'c' && (norm[1] == '.' || norm[1] == ' ') &&
		isDigits(string(norm[2:6])) {
		return true
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isCaption recognises photo-caption runs (see clean_caption.go): lines
// carrying a credit mark, one ending in an agency's credit, or several
// words glued to the next capitalised word ("OrtizMayor of Springfield").
//
// Only short lines qualify: an article pasted on one line also has glued
// words and no final punctuation, and must not be taken apart.
func isCaption(line string) bool {
	// A run ends with its last credit or caption, not with a full stop,
	// unless it is one credit ("Photograph by Jane Roe/Getty Images.").
	if len(line) >= 1500 || endsSentence(line) && !startsWithCreditMark(line) {
		return false
	}
	switch marks := countCreditMarks(line); {
	case marks >= 2, marks == 1 && len(line) < 300:
		return true
	case len(line) >= 300:
		return false
	}
	return len(line) < 200 && trailingAgency(line) >= 0 || !endsSentence(line) && gluedWords(line) >= 2
}

// leadingBoilerplate returns the length of a boilerplate phrase that opens
// a line and is glued to the text after it ("Media playback is not
// supported on this deviceThe hosts won..."), or 0.
func leadingBoilerplate(line string) int {
	return lex.GluedBoilerplate(line)
}

// gluedWords counts places where a lower-case word of three or more letters
// runs straight into a capitalised word, the mark of captions pasted together
// without spaces.
func gluedWords(line string) int {
	n, lowerRun := 0, 0
	for i := 0; i+1 < len(line); i++ {
		c := line[i]
		switch {
		case 'a' <= c && c <= 'z':
			lowerRun++
		case 'A' <= c && c <= 'Z':
			if lowerRun >= 3 && i+1 < len(line) && 'a' <= line[i+1] && line[i+1] <= 'z' {
				n++
			}
			lowerRun = 0
		default:
			lowerRun = 0
		}
	}
	return n
}

// labelPrefix returns the length of a leading "Source:"-style label,
// including the spaces after it, or 0.
func labelPrefix(line string) int {
	i := strings.IndexByte(line, ':')
	if i <= 0 || i > 16 {
		return 0
	}
	// Lower-case ASCII in place: the labels are ASCII but for "’".
	var b [16]byte
	for k := 0; k < i; k++ {
		c := line[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	if !lex.IsLabel(string(b[:i])) {
		return 0
	}
	j := i + 1
	for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
		j++
	}
	if j == len(line) {
		return 0 // a label alone on its line is not followed by kept text
	}
	return j
}

// endsSentence reports whether a trimmed line ends with terminal punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(line string) bool {
	for len(line) > 0 {
		r, size := utf8.DecodeLastRuneInString(line)
		switch {
		case isCloser(r):
			line = line[:len(line)-size]
			continue
		case r == '.' || r == '!' || r == '?' || r == '…' || r == ':' || r == ';':
			return true
		}
		return false
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '}', '›':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '{', '‹', '„':
		return true
	}
	return false
}
