package claims

import (
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// Caption runs. News pages pasted as text glue each photo's alt text, its
// caption and its credit together, and the photos one after another:
//
//	President and aideAide stood up to the presidentCredit: Agency Aide at homeAide spoke…
//	└─ alt text ──┘└─ caption ──────────────────┘└─ credit ───┘└ alt ──┘└ caption
//
// A caption is a published claim and is checked; the alt text and the
// credit are not. A run is cut at its credits ("Credit:", "Photo:",
// "(Image: …)", "Photo by …", "… Getty Images", a "Credit" glued to a
// name), and each piece between two credits at its first glue point, where
// a lower-case word runs into a capitalised one with no space: before it
// the alt text, after it the caption. A piece without a glue point is a
// caption when it reads as one (captionLike), else alt text.

// A captionPart is one piece of a caption run: src[start:end] and what it is.
type captionPart struct {
	start, end int
	kind       byte // 'c' caption, 'a' alt text, 'r' credit
}

// credit marks, each a label that a credit follows.
var creditLabels = []string{"Credit", "Photo", "Photograph", "Picture", "Pictures", "Image", "Images"}

// creditMark reports whether a credit mark starts at line[i] and returns
// its end and whether its credit runs to the next glue point (a mark glued
// to the credit, as in "CreditJane Roe for The Daily", or "Photo by"),
// rather than one name long ("Credit: Agency", with a space, then the alt
// text of the next photo).
func creditMark(line string, i int) (end int, toGlue, ok bool) {
	if line[i] == '(' {
		return bracketedCredit(line, i)
	}
	if !mayStartLabel(line, i) {
		return 0, false, false
	}
	for _, l := range creditLabels {
		if strings.HasPrefix(line[i:], l) {
			if end, toGlue, ok := afterLabel(line, i+len(l), l); ok {
				return end, toGlue, true
			}
		}
	}
	return 0, false, false
}

// bracketedCredit reads a credit in brackets at line[i], "(Photo: Jane
// Roe, Getty Images)", which runs to its closing bracket or the line's
// end.
func bracketedCredit(line string, i int) (end int, toGlue, ok bool) {
	for _, l := range creditLabels {
		if strings.HasPrefix(line[i+1:], l) {
			if j := strings.IndexByte(line[i:], ')'); j > 0 {
				return i + j + 1, false, true
			}
			return len(line), false, true
		}
	}
	return 0, false, false
}

// mayStartLabel reports whether a credit label can start at line[i]: its
// first two letters are a label's ("Cr", "Ph", "Pi", "Im"), and it starts
// a word or is glued to the end of one ("UkraineCredit:").
func mayStartLabel(line string, i int) bool {
	if i+1 >= len(line) {
		return false
	}
	switch line[i : i+2] {
	case "Cr", "Ph", "Pi", "Im":
	default:
		return false
	}
	return i == 0 || !isASCIIAlnum(line[i-1]) || 'a' <= line[i-1] && line[i-1] <= 'z' || '0' <= line[i-1] && line[i-1] <= '9'
}

// afterLabel reads what follows the credit label l ending at line[j]: a
// colon ("Credit:", "Photos:"), a second label ("Image Credit:",
// "ImageCredit…"), "by" ("Photo by Jane Roe") or a name glued to "Credit"
// ("CreditAssociated Press"). It returns creditMark's results; not ok when
// none follows, so that a longer label may be tried.
func afterLabel(line string, j int, l string) (end int, toGlue, ok bool) {
	switch {
	case strings.HasPrefix(line[j:], ":"), strings.HasPrefix(line[j:], "s:"):
		if line[j] == 's' {
			j++
		}
		return j + 1, false, true
	case l != "Credit" && strings.HasPrefix(line[j:], " Credit:"):
		return j + len(" Credit:"), false, true // "Image Credit:", "Photo Credit:"
	case l != "Credit" && strings.HasPrefix(line[j:], "Credit"):
		return creditMark(line, j) // "ImageCreditCredit…"
	case strings.HasPrefix(line[j:], " by ") && l != "Credit" && l != "Images" && l != "Pictures":
		return j + len(" by "), true, true // "Photo by Jane Roe"
	case l == "Credit" && j < len(line) && 'A' <= line[j] && line[j] <= 'Z':
		for strings.HasPrefix(line[j:], "Credit") && j+6 < len(line) && 'A' <= line[j+6] && line[j+6] <= 'Z' {
			j += 6 // "CreditCreditAssociated Press"
		}
		return j, true, true
	}
	return 0, false, false
}

// gluePoint returns the first place in line[s:e] where a lower-case word of
// three letters or more runs into a capitalised word ("OrlovMayor"), or -1.
func gluePoint(line string, s, e int) int {
	lowerRun := 0
	for i := s; i+1 < e; i++ {
		c := line[i]
		switch {
		case 'a' <= c && c <= 'z':
			lowerRun++
		case 'A' <= c && c <= 'Z':
			if lowerRun >= 3 && 'a' <= line[i+1] && line[i+1] <= 'z' {
				return i
			}
			lowerRun = 0
		default:
			lowerRun = 0
		}
	}
	return -1
}

// creditWords returns the end of a credit that follows a spaced label at
// line[s:e]: its first word, and the words joined to it by a slash or a
// linking word ("Jane Roe/Getty Images", "Agency via Pool") or that name an
// agency's kind ("Example Agency", "Rex Features").
func creditWords(line string, s, e int) int {
	p := s
	for p < e && line[p] == ' ' {
		p++
	}
	end := p
	first := true
	for p < e {
		q := p
		for q < e && line[q] != ' ' {
			q++
		}
		w := line[p:q]
		prev := line[s:end]
		switch {
		case first, strings.HasSuffix(prev, "/"), strings.HasPrefix(w, "/"), strings.Contains(w, "/"),
			lex.IsCreditLink(w), lex.IsCreditNoun(w), lex.IsCreditLink(lastWord(prev)):
			end, first = q, false
		default:
			return end
		}
		for p = q; p < e && line[p] == ' '; p++ {
		}
	}
	return end
}

func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// trailingAgency returns where a credit that ends the line with an agency's
// name begins ("Jane Roe/Getty Images", "AFP / Getty Images"), or -1: the
// capitalised words and separators before the name, or the capital of the
// first of them when it is glued to the caption ("…the summitJane Roe/…").
func trailingAgency(line string) int {
	const agency = "Getty Images"
	n := len(line)
	for n > 0 && (line[n-1] == ' ' || line[n-1] == '.' || line[n-1] == ')') {
		n--
	}
	t := line[:n]
	if !strings.HasSuffix(t, agency) {
		return -1
	}
	s := len(t) - len(agency)
	for {
		q := s
		for q > 0 && line[q-1] == ' ' {
			q--
		}
		p := q
		for p > 0 && line[p-1] != ' ' {
			p--
		}
		if p == q {
			return s
		}
		if g := gluePoint(line, p, q); g >= 0 {
			return g
		}
		w := line[p:q]
		if !(lex.IsUpperStart(w) || lex.IsCreditLink(w) || w == "/" || w == "-" || w == "—") || endsSentence(w) {
			return s
		}
		s = p
	}
}

func startsWithCreditMark(line string) bool {
	_, _, ok := creditMark(line, 0)
	return ok
}

// countCreditMarks counts the credit marks of line, up to two.
func countCreditMarks(line string) int {
	// Every mark holds one of these; most lines hold none.
	if !strings.Contains(line, "Credit") && !strings.Contains(line, "Photo") &&
		!strings.Contains(line, "Picture") && !strings.Contains(line, "Image") {
		return 0
	}
	n := 0
	for i := 0; i < len(line) && n < 2; i++ {
		switch line[i] {
		case 'C', 'P', 'I', '(':
			if end, _, ok := creditMark(line, i); ok {
				n++
				i = end - 1
			}
		}
	}
	return n
}

// A captionSplitter cuts one caption run into parts.
type captionSplitter struct {
	line       string
	parts      []captionPart
	toGlue     bool // the last credit mark runs to the next glue point
	afterLabel bool // a credit label opens the next piece
}

// piece adds the parts of line[s:e], the text between two credit marks.
func (c *captionSplitter) piece(s, e int) {
	line := c.line
	s, e = trimSpace(line, s, e)
	if s >= e {
		return
	}
	if c.afterLabel {
		// The credit's own words come first: "Credit: Agency Alt textCaption".
		ce := e
		g := gluePoint(line, s, e)
		switch {
		case c.toGlue && g >= 0:
			ce = g
		case c.toGlue:
		case g < 0 && e == len(line):
			// the last credit takes the rest of the line
		case g < 0:
			ce = creditWords(line, s, e)
		default:
			ce = min(creditWords(line, s, g), g)
		}
		c.parts = append(c.parts, captionPart{s, ce, 'r'})
		s, _ = trimSpace(line, ce, e)
		if s >= e {
			return
		}
	}
	if g := gluePoint(line, s, e); g > s {
		c.parts = append(c.parts, captionPart{s, g, 'a'})
		s = g
	}
	// The caption itself: a brand glued in it ("MailOnline") stays.
	kind := byte('c')
	if !captionLike(line[s:e]) {
		kind = 'a'
	}
	c.parts = append(c.parts, captionPart{s, e, kind})
}

// splitCaptionRun cuts a caption run into its parts, in order, covering
// line with no gaps but spaces, appended to parts. It returns parts
// unchanged when the line has no credit to cut at: then it cannot tell
// its parts apart.
func splitCaptionRun(line string, parts []captionPart) []captionPart {
	c := captionSplitter{line: line, parts: parts}
	from, marks := 0, 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case 'C', 'P', 'I', '(':
		default:
			continue
		}
		end, glue, ok := creditMark(line, i)
		if !ok {
			continue
		}
		c.piece(from, i)
		marks++
		c.parts = append(c.parts, captionPart{i, end, 'r'})
		// "(Photo: …)" holds its whole credit; a label is followed by it.
		from, c.toGlue, c.afterLabel = end, glue, line[i] != '('
		i = end - 1
	}
	if a := trailingAgency(line[from:]); a >= 0 && !c.afterLabel {
		c.piece(from, from+a)
		c.parts = append(c.parts, captionPart{from + a, len(line), 'r'})
		marks++
	} else {
		c.piece(from, len(line))
	}
	if marks == 0 {
		return parts
	}
	// Merge neighbouring credit parts: "Credit:" and the name after it.
	out := c.parts[:len(parts)]
	for _, p := range c.parts[len(parts):] {
		if n := len(out); n > len(parts) && p.kind == 'r' && out[n-1].kind == 'r' {
			out[n-1].end = p.end
			continue
		}
		out = append(out, p)
	}
	return out
}

// captionLike reports whether a piece of a caption run reads as a caption,
// a statement, rather than alt text or a label: four words or more, two of
// them lower-case ("Aide delivered a speech in 2022", not "Slide 1 of 14").
func captionLike(s string) bool {
	words, lower := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || i > 0 && s[i-1] != ' ' {
			continue
		}
		words++ // a word starts at s[i]
		if 'a' <= s[i] && s[i] <= 'z' && i+1 < len(s) && s[i+1] != ' ' {
			lower++
		}
	}
	return words >= 4 && lower >= 2
}

// captionRun splits the caption run src[ts:te] into caption sentences and
// excluded alt text and credits. A run with no credit to cut at is excluded
// whole: it is most often a menu of links glued together.
func (sg *segmenter) captionRun(ts, te int) {
	sg.parts = splitCaptionRun(sg.src[ts:te], sg.parts[:0])
	if len(sg.parts) == 0 {
		sg.excluded = append(sg.excluded, Excluded{Text: sg.src[ts:te], Start: ts, End: te, Reason: "navigation"})
		return
	}
	for _, p := range sg.parts {
		s, e := ts+p.start, ts+p.end
		switch p.kind {
		case 'c':
			n := len(sg.sentences)
			sg.splitBlock(s, e)
			for i := n; i < len(sg.sentences); i++ {
				sg.sentences[i].Caption = true
			}
		case 'a':
			sg.excluded = append(sg.excluded, Excluded{Text: sg.src[s:e], Start: s, End: e, Reason: "alt text"})
		default:
			sg.excluded = append(sg.excluded, Excluded{Text: sg.src[s:e], Start: s, End: e, Reason: "credit"})
		}
	}
}
