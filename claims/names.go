package claims

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// An Entity is a name: a run of capitalised words that is not just a
// capitalised first word of a sentence.
//
// Its text and offsets are methods, as a Token's are: it keeps a pointer
// to the bytes of the document's text (as a Cue does) and its offsets in
// 32 bits each (48 bytes, not 64).
type Entity struct {
	// Words are the name keys (see NameKey) of its words, titles such as
	// "President" or "Mr." left out, in order. The last is the surname for
	// a person.
	Words []string
	// ordinary has bit k set when Words[k] is also an ordinary English word
	// ("Media", "United", "Times"); words past the 64th count as names.
	ordinary uint64
	text     *byte  // the first byte of the document's text (see Cue.text); nil for the zero Entity
	start, n uint32 // where the name lies in the text
}

// Text returns the name as the text writes it.
func (e *Entity) Text() string { return textAt(e.text, e.start, e.n) }

// Start returns the byte offset of the name in the original text.
func (e *Entity) Start() int { return int(e.start) }

// End returns the byte offset of the end of the name.
func (e *Entity) End() int { return int(e.start + e.n) }

// entityOf returns the entity of the bytes start to end of the text whose
// first byte is at text, its Words not yet read.
func entityOf(text *byte, start, end int) Entity {
	return Entity{text: text, start: uint32(start), n: uint32(end - start)}
}

// Head returns the key of the entity's last word that is not an ordinary
// English word: the surname of a person, the distinctive part of most
// other names ("ozy" in "Ozy Media"), or the name itself when it is one
// word. It is "" when every word of a longer name is ordinary ("White
// House"): such a name is only ever met whole.
func (e *Entity) Head() string {
	for k := len(e.Words) - 1; k >= 0; k-- {
		if !e.Ordinary(k) {
			return e.Words[k]
		}
	}
	if len(e.Words) == 1 {
		return e.Words[0]
	}
	return ""
}

// Ordinary reports whether Words[k] is also an ordinary English word
// ("Media" in "Ozy Media").
func (e *Entity) Ordinary(k int) bool { return k < 64 && e.ordinary&(1<<k) != 0 }

// allOrdinary reports whether every word of the name is an ordinary
// English word ("United", "The Times").
func (e *Entity) allOrdinary() bool {
	n := min(len(e.Words), 64)
	return e.ordinary == (1<<n)-1
}

// Matches reports whether two entities can name the same thing: every word
// of the shorter name is a variant of a word of the longer one, and the
// shorter holds the longer's head (see Head) unless it is all ordinary
// words, so "Orlov" and "Andrei N. Orlov" match, "United" and "Manchester
// United" too, while "Acme Media" and "Apex Media" do not, nor "London" and
// "London Mexican".
// A single letter matches a word with that initial ("J. Smith", "John
// Smith"), a short form a word it begins ("Rob Smith", "Robert Smith"),
// and an initialism the name it abbreviates ("NHS", "National Health
// Service").
func (e *Entity) Matches(o *Entity) bool {
	if len(e.Words) == 0 || len(o.Words) == 0 {
		return false
	}
	short, long := e, o
	if len(short.Words) > len(long.Words) {
		short, long = long, short
	}
	if len(short.Words) == 1 && initialism(short.Text(), long.Text()) {
		return true
	}
	if (len(e.Words) != len(o.Words) || strings.IndexByte(e.Text(), '.') >= 0 || strings.IndexByte(o.Text(), '.') >= 0) &&
		spelledOut(e.Text(), o.Text()) {
		return true
	}
	for _, w := range short.Words {
		if !slices.ContainsFunc(long.Words, func(v string) bool { return sameNameWord(w, v) || shortForm(w, v) }) {
			return false
		}
	}
	// The shorter name must hold the longer one's distinctive word:
	// "Orlov" is "Andrei Orlov", but "London" is not "London Mexican".
	// A short form made of ordinary words ("United" for "Manchester United")
	// is let be.
	if h := long.Head(); h != "" && len(short.Words) < len(long.Words) && !short.allOrdinary() {
		return slices.ContainsFunc(short.Words, func(w string) bool { return sameNameWord(w, h) })
	}
	return true
}

// sameNameWord reports whether two name keys are variants of one word, or
// one is the initial of the other ("J." and "John").
func sameNameWord(w, v string) bool {
	return lex.SameNameKey(w, v) || len(w) == 1 && strings.HasPrefix(v, w) || len(v) == 1 && strings.HasPrefix(w, v)
}

// shortForm reports whether one name key is a short form of the other:
// three letters or more that begin it ("rob", "robert"; "alex",
// "alexander").
func shortForm(w, v string) bool {
	if len(w) > len(v) {
		w, v = v, w
	}
	return len(w) >= 3 && len(w) < len(v) && strings.HasPrefix(v, w)
}

// spelledOut reports whether two names, as words, are one name written
// once with an initialism and once with the words it stands for, dots and
// case aside: "U.S. Constitution" and "United States Constitution", "U.S"
// and "U.S.", "qpr" and "Queens Park Rangers" in a lower-case text. Only
// consecutive capitalised words spell an initialism out, so "NHL" is not
// "National Health Service". It allocates nothing: Matches is hot.
func spelledOut(a, b string) bool {
	x, ra := field(a)
	y, rb := field(b)
	if x == "" || y == "" {
		return x == y
	}
	if sameBarDots(x, y) {
		return spelledOut(ra, rb)
	}
	return expands(x, ra, b) || expands(y, rb, a)
}

// expands reports whether the word w, an initialism once its dots are
// dropped, stands for the first words of b, and what follows w (rest) is
// the same name as what follows them.
func expands(w, rest, b string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			continue
		}
		c := w[i] &^ 0x20 // upper case, for ASCII letters
		if c < 'A' || c > 'Z' || n == 6 {
			return false
		}
		var word string
		word, b = field(b)
		if word == "" || word[0] != c {
			return false
		}
		n++
	}
	return n >= 2 && spelledOut(rest, b)
}

// field returns the first word of s, between white space, and what follows it.
func field(s string) (word, rest string) {
	s = strings.TrimLeft(s, " \t\n\r")
	if k := strings.IndexAny(s, " \t\n\r"); k >= 0 {
		return s[:k], s[k:]
	}
	return s, ""
}

// sameBarDots reports whether two words are the same once their dots are
// dropped, ASCII case aside, and hold something else than dots.
func sameBarDots(x, y string) bool {
	i, j, letters := 0, 0, 0
	for {
		for i < len(x) && x[i] == '.' {
			i++
		}
		for j < len(y) && y[j] == '.' {
			j++
		}
		if i == len(x) || j == len(y) {
			return i == len(x) && j == len(y) && letters > 0
		}
		p, q := x[i], y[j]
		if 'a' <= p && p <= 'z' {
			p -= 0x20
		}
		if 'a' <= q && q <= 'z' {
			q -= 0x20
		}
		if p != q {
			return false
		}
		i, j, letters = i+1, j+1, letters+1
	}
}

// initialism reports whether abbr is the initialism of name ("NHS":
// National Health Service).
func initialism(abbr, name string) bool { return lex.IsInitialism(abbr) && lex.Initials(name) == abbr }

// NameKey returns the key under which spelling variants of one name word
// meet ("Andrei" and "Andrey", "Yuri" and "Yury").
func NameKey(word string) string { return lex.NameKey(word) }

// entities finds runs of capitalised words. A capitalised first word of a
// sentence counts only when the document never uses it in lower case.
// The entities' Words lie in *buf (see nameWords).
func (d *Document) entities(c *Statement, common *stemSet, sc *scans) {
	if d.lowerCased {
		d.lowerCaseEntities(c, sc)
		return
	}
	f := nameFinder{d: d, text: unsafe.StringData(d.Text), toks: c.Tokens, common: common, first: firstWord(c.Tokens), titleCase: isTitleCase(c.Tokens), buf: &sc.words}
	for i := 0; i < len(f.toks); i++ {
		if !f.isName(&f.toks[i]) {
			continue
		}
		j := f.runEnd(i)
		if s, e := f.trim(i, j); s < e {
			if ent := f.entity(s, e); len(ent.Words) > 0 {
				sc.ents.add(ent, d.textLen()/128)
			}
		}
		i = j - 1
	}
}

// A nameFinder finds the names of one sentence of a text that is not
// written in lower case.
type nameFinder struct {
	d         *Document
	text      *byte // the first byte of the text, which the entities point to
	toks      []Token
	common    *stemSet  // stems the document writes in lower case (true) or not
	first     int       // index of the sentence's first word
	titleCase bool      // the sentence is a headline in title case
	buf       *[]string // where the entities' Words go (nameWords)
}

// isName reports whether a token may be a word of a name: capitalised, and
// in a title-case headline, where every word is, one the document never
// writes in lower case and capitalises elsewhere.
func (f *nameFinder) isName(t *Token) bool {
	if !f.titleCase {
		return isNameWord(t)
	}
	if f.d.midCaps.len() == 0 {
		return isNameWord(t) && !f.common.get(t.Stem()) // nothing else to go by
	}
	return isNameWord(t) && f.d.midCaps.has(t.Stem()) && !f.common.get(t.Stem())
}

// runEnd returns the end of the run of name words that starts at token i.
func (f *nameFinder) runEnd(i int) int {
	toks := f.toks
	j := i + 1
	for j < len(toks) {
		t := &toks[j]
		switch {
		case f.isName(t) && !isShouting(t):
			j++
		case t.Text() == "." && len(toks[j-1].Text()) <= 3 && toks[j-1].Cap() && adjacent(toks, j-1, j) &&
			j+1 < len(toks) && isNameWord(&toks[j+1]):
			j++ // an initial or abbreviation: "Andrei N. Orlov", "St. Louis"
		case (t.Text() == "-" || t.Text() == "'") && adjacent(toks, j-1, j) && j+1 < len(toks) &&
			adjacent(toks, j, j+1) && toks[j+1].Cap():
			j += 2 // "Al-Assad", "O'Brien"
		case t.class()&lex.NameConnector != 0 && t.Lower() != "and" && j+1 < len(toks) && isNameWord(&toks[j+1]) && !toks[j+1].Stop():
			j += 2 // "Bank of England"
		default:
			return j
		}
	}
	return j
}

// trim narrows the run toks[s:e] to the name: without a capitalised
// ordinary word that opens the sentence ("The", "However", "Give"),
// function words, shouting and dates at its start, and marks, connectors
// and dates at its end ("the Ford Explorer Friday").
func (f *nameFinder) trim(s, e int) (int, int) {
	toks := f.toks
	if f.initial(s) && f.ordinaryOpener(&toks[s]) {
		s++
	}
	for s < e && (toks[s].Stop() || toks[s].Kind != WordToken || isShouting(&toks[s]) || isDateWord(&toks[s]) || shortMonthAt(toks, s) || degreeScale(toks, s) ||
		lex.IsPronounContraction(toks[s].Lower())) {
		s++
	}
	for e > s && (toks[e-1].Kind != WordToken || toks[e-1].class()&lex.NameConnector != 0 || isDateWord(&toks[e-1]) || shortMonthAt(toks, e-1) || degreeScale(toks, e-1)) {
		e--
	}
	return s, e
}

// initial reports whether token s opens the sentence or a quotation in it.
func (f *nameFinder) initial(s int) bool {
	return s == f.first || s > 0 && f.toks[s-1].Kind == PunctToken && opensQuote(f.toks[s-1].Text())
}

// ordinaryOpener reports whether a capitalised word that opens a sentence
// is an ordinary word rather than a name: a function word, a word the
// document writes in lower case, a sentence starter, a pronoun or
// interjection or chat abbreviation WordNet does not list ("Everyone",
// "Oh", "BTW"), a word stretched for emphasis ("Duuude": see
// lex.Stretched), or an ordinary English word, or one by its form
// ("Unsurprisingly", "Gases": see lex.OrdinaryForm), that the text does
// not capitalise elsewhere ("Give me arguments").
func (f *nameFinder) ordinaryOpener(t *Token) bool {
	return t.Stop() || f.common.get(t.Stem()) || t.class()&(lex.Starter|lex.UnlistedFunction) != 0 || lex.Stretched(t.Text()) ||
		(stemClass(t)&lex.CommonStem != 0 || lex.OrdinaryForm(t.Lower())) && !f.d.midCaps.has(t.Stem())
}

// entity makes the entity of tokens [s, e): its words are the capitalised
// ones that are not titles.
func (f *nameFinder) entity(s, e int) Entity {
	toks := f.toks
	ent := entityOf(f.text, toks[s].Start(), toks[e-1].End())
	nameWords(f.buf, e-s, f.d.textLen())
	from := len(*f.buf)
	for k := s; k < e; k++ {
		if toks[k].Kind == WordToken && toks[k].Cap() && toks[k].class()&lex.TitleWord == 0 {
			if n := len(*f.buf) - from; n < 64 && stemClass(&toks[k])&lex.CommonStem != 0 {
				ent.ordinary |= 1 << n
			}
			*f.buf = append(*f.buf, toks[k].NameKey())
		}
	}
	if len(*f.buf) > from {
		ent.Words = (*f.buf)[from:len(*f.buf):len(*f.buf)]
	}
	return ent
}

// lowerCaseEntities finds names in a text written all in lower case, as
// some summarisers and tokenisers leave it: a run of words that are neither
// function words nor ordinary English words is taken for a name.
func (d *Document) lowerCaseEntities(c *Statement, sc *scans) {
	buf := &sc.words
	toks := c.Tokens
	first := firstWord(toks)
	for i := 0; i < len(toks); i++ {
		if !d.lowerCaseName(&toks[i], i == first) && !d.markedName(toks, i) {
			continue
		}
		j := i + 1
		for j < len(toks) {
			if d.lowerCaseName(&toks[j], false) && (toks[j].Cap() == toks[i].Cap() || i == first && toks[i].Cap()) { // "stan UNK" is two; "Mario draghi" one
				j++
			} else if !toks[j].Cap() && d.marked[toks[j].Lower()] && markable(&toks[j]) {
				j++ // "raheem sterling", where the text marks "sterling" as a name
			} else if toks[j].Text() == "-" && adjacent(toks, j-1, j) && j+1 < len(toks) && adjacent(toks, j, j+1) &&
				toks[j+1].Kind == WordToken && !toks[j+1].Stop() {
				j += 2 // "louis-dreyfus", "al-assad"
			} else {
				break
			}
		}
		e := entityOf(unsafe.StringData(d.Text), toks[i].Start(), toks[j-1].End())
		nameWords(buf, j-i, d.textLen())
		from := len(*buf)
		for k := i; k < j; k++ {
			if toks[k].Kind == WordToken {
				if n := len(*buf) - from; n < 64 && d.marked[toks[k].Lower()] && markable(&toks[k]) {
					e.ordinary |= 1 << n // a word the text marks as a name: "sterling" of "raheem sterling"
				}
				*buf = append(*buf, toks[k].NameKey())
			}
		}
		if len(*buf) > from {
			e.Words = (*buf)[from:len(*buf):len(*buf)]
		}
		sc.ents.add(e, d.textLen()/128)
		i = j - 1
	}
}

// lowerCaseName reports whether a word of a lower-case text may be a word
// of a name: three letters or more, no function word, title, date or
// ordinary English word, and not capitalised elsewhere in the text; or a
// word the text capitalises against its own habit ("BBC", a tokeniser's
// "UNK") past the first word of its sentence (first), which is a name as
// in any other text.
func (d *Document) lowerCaseName(t *Token, first bool) bool {
	if t.Kind != WordToken || t.Stop() || t.class()&lex.TitleWord != 0 || isDateWord(t) {
		return false
	}
	if t.Cap() && !first {
		return len(t.Lower()) >= 2
	}
	return len(t.Lower()) >= 3 && stemClass(t)&lex.CommonDegreeStem == 0 && !d.midCaps.has(t.Stem()) && isAlpha(t.Lower()) &&
		t.class()&lex.UnlistedFunction == 0
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// opensQuote reports a mark after which a capitalised word may just open a
// quoted sentence.
func opensQuote(mark string) bool {
	switch mark {
	case "“", "\"", "‘", "'", "«", "„", ":", "(", "[":
		return true
	}
	return false
}

func isNameWord(t *Token) bool {
	return t.Kind == WordToken && t.Cap()
}

func firstWord(toks []Token) int {
	for i := range toks {
		if toks[i].Kind != PunctToken {
			return i
		}
	}
	return -1
}

// commonWords returns, of the stems that entities may ask about, those
// the document writes in lower case somewhere: a capitalised first word of
// a sentence that is among them is an ordinary word, not a name. Entities
// asks only of capitalised words that open a sentence or a quotation, or
// stand in a headline in title case (see nameFinder.isName and
// ordinaryOpener); the set holds those stems, true for the ones written in
// lower case, so that it stays small and the document's other words are
// looked up in it, not added to it.
//
// It fills m, which is empty, and returns it, or nil when no stem is asked
// about.
func commonWords(cs []Statement, m *stemSet) *stemSet {
	m, _ = capWords(cs, m, nil)
	return m
}

// capWords fills common, when not nil, as commonWords does, and mid, when
// not nil, as midCaps does, in one pass over the capitalised words: those
// that commonWords asks about (in a headline in title case, or opening a
// sentence or a quotation) are those that midCaps passes over. Each set
// is empty before, and returned, or nil when it holds nothing.
func capWords(cs []Statement, common, mid *stemSet) (*stemSet, *stemSet) {
	// asked[b] has bit len%64 set for each stem asked about of first byte
	// b: most words are looked up in neither it nor common.
	var asked [256]uint64
	for i := range cs {
		toks := cs[i].Tokens
		title := isTitleCase(toks)
		if title && common == nil {
			continue
		}
		first := firstWord(toks)
		for j := range toks {
			t := &toks[j]
			if t.Kind != WordToken || !t.Cap() {
				continue
			}
			// A quotation opens with a capital too: "wrote: 'Sorry for".
			initial := j == first || j > 0 && toks[j-1].Kind == PunctToken && opensQuote(toks[j-1].Text())
			switch {
			case title || initial:
				if common != nil {
					common.set(t.Stem(), false)
					b, bit := stemFilter(t.Stem())
					asked[b] |= bit
				}
			case mid != nil:
				mid.set(t.Stem(), true)
			}
		}
	}
	if mid.len() == 0 {
		mid = nil
	}
	if common.len() == 0 {
		return nil, mid
	}
	for i := range cs {
		for j := range cs[i].Tokens {
			t := &cs[i].Tokens[j]
			if t.Kind != WordToken || t.Cap() || t.Stop() {
				continue
			}
			if b, bit := stemFilter(t.Stem()); asked[b]&bit == 0 {
				continue
			}
			common.mark(t.Stem())
		}
	}
	return common, mid
}

// stemFilter returns where commonWords files a stem in its filter: its
// first byte, and a bit for its length.
func stemFilter(stem string) (byte, uint64) {
	if stem == "" {
		return 0, 1
	}
	return stem[0], 1 << (len(stem) % 64)
}

// midCaps returns the stems of words written capitalised past the first word
// of a sentence that is not in title case: words the text treats as names.
// It fills m, which is empty, and returns it, or nil when there are none.
func midCaps(cs []Statement, m *stemSet) *stemSet {
	_, m = capWords(cs, nil, m)
	return m
}
