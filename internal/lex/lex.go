// Package lex holds the word-level machinery shared by claimcheck's packages:
// normalisation of spelling variants and irregular verbs, a concurrency-safe
// stem cache, stop words, cue words and name keys for matching variants of
// one name across texts.
package lex

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// maxCached bounds the word cache so that a stream of unique junk words
// (binary data, hashes) cannot grow memory without limit.
const maxCached = 1 << 18

// words is the word cache: lower-cased word -> *Word.
var words = Cache[Word]{Max: maxCached}

// markCached marks a word the cache is about to hold.
func markCached(w *Word) { w.meta |= cachedBit }

// cachedWord returns the cached word, if any.
func cachedWord(lower string) (*Word, bool) {
	w := words.Get(lower)
	return w, w != nil
}

// cacheWord caches w, unless the cache is full or holds the word already:
// it returns the cached word, or w when the cache is full.
func cacheWord(w *Word) *Word {
	c, _ := words.Add(w.Lower, w, markCached)
	return c
}

// Class is a set of word classes, as bits.
type Class uint32

// Word classes.
const (
	StopWord         Class = 1 << iota
	Starter                // opens sentences: "The", "However"
	TitleWord              // "President", "Mr"
	Negator                // "not", "never", "n't"
	NegativeVerb           // "refused", "denied"
	HedgeWord              // "may", "unlikely"
	Reporting              // "said", "according", "citing"
	CardinalWord           // "three", "dozen"
	OrdinalWord            // "second"
	MonthName              // "September", "Sept"
	WeekdayName            // "Tuesday"
	DatePart               // "early", "mid", "late"
	Approximator           // "about", "nearly"
	NameConnector          // "of", "de", "van": joins the words of a name
	PersonalPronoun        // "he", "their": one of openingPronouns
	ClauseOpener           // "but", "while"
	BeForm                 // "is", "was"
	UnlistedFunction       // "everyone", "oh": a function word WordNet does not list
	DateIntroducer         // "in", "since": the month may follow
	NotCount               // "once", "both": a number word that states no quantity

	// The classes of a word's stem (StemClass), which a token whose stem
	// is not its word's asks of its own.
	CommonStem       // the stem is an ordinary English word (lexicon.Common)
	CommonDegreeStem // lexicon.CommonDegree of the stem ("cheaper")
	PhrasalHead      // the stem opens a negative phrasal verb ("turn" of "turn down")
)

// StemClasses are the classes that depend on the stem alone.
const StemClasses = CommonStem | CommonDegreeStem | PhrasalHead

// StemClass returns the classes of a stem (see StemClasses).
func StemClass(stem string) Class {
	var c Class
	// CommonDegree is Common first: a common stem needs no second look-up.
	if lexicon.Common(stem) {
		c |= CommonStem | CommonDegreeStem
	} else if lexicon.CommonDegree(stem) {
		c |= CommonDegreeStem
	}
	if _, ok := negativePhrasalVerbs[stem]; ok {
		c |= PhrasalHead
	}
	return c
}

// Word is what the lexicon knows of one lower-cased word, found with one
// look-up: its stem, name key, the word lists it is in and what the
// lexicon knows of its stem (its Class), and the spellings tokens have
// written it in (FormOf). The Words that Lookup returns are shared: they
// must not be changed, but for the spellings FormOf adds.
type Word struct {
	Lower string // the lower-cased word
	Stem  string
	Key   string // NameKey of the word
	Class Class
	// meta holds the case masks (caseMask) of forms 1 and 2 when they are
	// Lower in other capitals, 15 bits each (form n in bits 15(n-1) to
	// 15n-1, 0 for none), so that a token's spelling is found among them
	// with one load from the word, without reading the forms' strings
	// (see LookupForm); and two marks: cachedBit, the word the cache
	// holds for Lower, the only one, so that two cached words have the
	// same Lower exactly when they are one; bareBit, the word of a mark
	// or a number written without capitals (Bare): its lower case, stem
	// and key are its text, and it is in no word list. Read and written
	// atomically once the word is shared (the masks under formsMu, after
	// forms). A Word is 64 bytes, one cache line.
	meta uint32
	// forms holds the spellings of the word other than Lower that tokens
	// have written, in the order first written (see FormOf): a token
	// keeps its word and the number of its form, not its text.
	// (A *[]string, read and written atomically.)
	forms unsafe.Pointer
}

const (
	cachedBit = 1 << 30
	bareBit   = 1 << 31
	maskBits  = 15
	maskOf1   = 1<<maskBits - 1
)

// maxCaseForms is the number of forms whose case masks meta holds.
const maxCaseForms = 2

// formList returns the forms of w, nil for none.
func (w *Word) formList() []string {
	if p := (*[]string)(atomic.LoadPointer(&w.forms)); p != nil {
		return *p
	}
	return nil
}

// Cached reports whether w is the word the cache holds for its lower
// case, the only cached Word of that lower case: two cached words have
// the same Lower exactly when they are the same pointer, so comparing
// them needs no string comparison. A word made by Dotted, Verbatim or
// WithStem, or looked up while the cache was full, is not cached.
func (w *Word) Cached() bool { return atomic.LoadUint32(&w.meta)&cachedBit != 0 }

// WithStem returns a copy of w with another stem, and the classes of that
// stem.
// Its forms are w's so far (the forms of the tokens that had w).
func (w *Word) WithStem(stem string) *Word {
	// meta first: forms is stored before it, so the list loaded after
	// holds every form it names. Another stem: not the cache's word.
	c := &Word{Lower: w.Lower, Stem: stem, Key: w.Key, Class: w.Class&^StemClasses | StemClass(stem),
		meta: atomic.LoadUint32(&w.meta) &^ cachedBit}
	c.forms = atomic.LoadPointer(&w.forms)
	return c
}

// Bare returns the word of a mark or of a number written without
// capitals, text: its lower case, stem and key are text, its classes
// none. It is not cached.
func Bare(text string) *Word { return &Word{Lower: text, Stem: text, Key: text, meta: bareBit} }

// IsBare reports whether w is a word made by Bare.
func (w *Word) IsBare() bool { return atomic.LoadUint32(&w.meta)&bareBit != 0 }

// Dotted returns the word of a lower-cased dotted acronym ("u.s.",
// "a.m."): its stem drops the dots, so that "U.K." meets "UK", its key is
// NameKey's, and it is in no word list. It is not cached.
func Dotted(lower string) *Word {
	stem := strings.ReplaceAll(lower, ".", "")
	return &Word{Lower: lower, Stem: stem, Key: NameKey(lower), Class: StemClass(stem)}
}

// Verbatim returns the word of a lower-cased token that is not stemmed (a
// number with a suffix: "5m", "1990s"): its stem and key are lower, and it
// is in no word list. It is not cached.
func Verbatim(lower string) *Word {
	return &Word{Lower: lower, Stem: lower, Key: lower, Class: StemClass(lower)}
}

// Lookup returns what the lexicon knows of a lower-cased word, its
// normalised stem, name key and classes, with one cache lookup (a plain
// map read without a lock, for a word cached a while); it is the hot path
// of tokenisation. The Word is shared by every caller that looks
// the same word up (while the cache has room), so a token may keep it
// rather than copies of its strings. Lookup is safe for concurrent use.
func Lookup(lower string) *Word {
	if w, ok := cachedWord(lower); ok {
		return w
	}
	// newWord copies lower, so a cached entry never pins a large source
	// text in memory.
	return cacheWord(newWord(lower))
}

// LookupFolded is Lookup(Lower(word)) for a word of ASCII letters,
// digits and apostrophes, without making its lower case when the cache
// holds it: the word is packed and lower-cased in two integers, and looked
// up in the table with them.
func LookupFolded(word string) *Word {
	w, _ := LookupFoldedLower(word)
	return w
}

// LookupFoldedLower is LookupFolded, and also reports whether word is
// written in lower case (word == w.Lower), which it learns from folding
// the packed word without comparing strings: a token in lower case, most
// of them, then needs no look at its word's spellings.
func LookupFoldedLower(word string) (w *Word, lower bool) {
	if len(word) > maxInline {
		l := Lower(word)
		return Lookup(l), l == word
	}
	k0, k1 := packWord(word)
	if (k0|k1)&highBits != 0 {
		l := Lower(word) // not ASCII after all
		return Lookup(l), l == word
	}
	f0, f1 := foldASCII(k0), foldASCII(k1)
	return lookupPacked(word, f0, f1), f0 == k0 && f1 == k1
}

// LookupForm is LookupFolded, and also numbers word as a spelling of its
// word, as w.FormOf(word) does (form 0 for its lower case; ok false when
// w has no room for another): for a word of at most 15 ASCII bytes, the
// spelling is told from the packed word's capitals, compared with those
// of the word's first spellings in one integer, without comparing or
// reading any string.
func LookupForm(word string) (w *Word, form int, ok bool) {
	if len(word) <= maxInline {
		k0, k1 := packWord(word)
		if (k0|k1)&highBits == 0 {
			f0, f1 := foldASCII(k0), foldASCII(k1)
			w = lookupPacked(word, f0, f1)
			if f0 == k0 && f1 == k1 {
				return w, 0, true
			}
			if n := w.caseFormOf(caseMask(k0, k1, f0, f1)); n != 0 {
				return w, n, true
			}
			form, ok = w.OtherFormOf(word)
			return w, form, ok
		}
	}
	l := Lower(word)
	w = Lookup(l)
	if l == word {
		return w, 0, true
	}
	form, ok = w.OtherFormOf(word)
	return w, form, ok
}

// lookupPacked returns the word of word, at most maxInline ASCII bytes,
// whose lower case is packed as f0, f1.
func lookupPacked(word string, f0, f1 uint64) *Word {
	if t := words.read.Load(); t != nil {
		// t.find(f0, f1), by hand: too costly for the inliner, and the
		// hot path of tokenising.
		mask := uint64(len(t.slots) - 1)
		for i := hashWord(f0, f1) & mask; ; i = (i + 1) & mask {
			s := &t.slots[i]
			w := (*Word)(atomic.LoadPointer(&s.v))
			if w == nil {
				break
			}
			if s.k0 == f0 && s.k1 == f1 {
				return w
			}
		}
	}
	var buf [maxInline]byte
	b := buf[:len(word)]
	for i := range b {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	// A word the table lacks is new (the cache adds a short key to the
	// table at once), unless another goroutine is adding it: cacheWord
	// then gives the word it added.
	return cacheWord(newWord(string(b)))
}

// newWord returns what the lexicon knows of a lower-cased word, uncached.
// Its strings are copies (so that no cached word pins a large source text
// in memory), side by side in memory, from wordBytes while the cache has
// room.
func newWord(lower string) *Word {
	stem, key := stemUncached(lower), NameKey(lower)
	// The bytes to copy: lower's, and the stem's and the key's unless
	// they are lower or begin it (most stems and keys).
	need := len(lower)
	stemShared := strings.HasPrefix(lower, stem)
	if !stemShared {
		need += len(stem)
	}
	keyShared := strings.HasPrefix(lower, key)
	keyIsStem := !keyShared && key == stem
	if !keyShared && !keyIsStem {
		need += len(key)
	}
	w := &Word{}
	if need == 0 {
		w.Class = classify("") | StemClass("")
		return w
	}
	buf := wordBytes.alloc(need, words.full.Load())
	n := copy(buf, lower)
	w.Lower = unsafe.String(unsafe.SliceData(buf), n)
	if stemShared {
		w.Stem = w.Lower[:len(stem)]
	} else {
		n += copy(buf[n:], stem)
		w.Stem = unsafe.String(&buf[n-len(stem)], len(stem))
	}
	switch {
	case keyShared:
		w.Key = w.Lower[:len(key)]
	case keyIsStem:
		w.Key = w.Stem
	default:
		n += copy(buf[n:], key)
		w.Key = unsafe.String(&buf[n-len(key)], len(key))
	}
	w.Class = classify(w.Lower) | StemClass(w.Stem)
	return w
}

// wordBytes holds the bytes of the cached words' strings, packed side by
// side in blocks in the order the words were first met, so that the words
// of a text, most of them met together before, are read from few cache
// lines, and each word costs no allocation of its own.
var wordBytes arena

// An arena hands out byte slices from blocks that are never freed (the
// cached words keep them): it is for memory that lives as long as the
// process, bounded by the cache's bound.
type arena struct {
	mu    sync.Mutex
	block []byte // the free rest of the current block
}

// arenaBlock is the size of an arena's blocks.
const arenaBlock = 16 << 10

// alloc returns n bytes, from the arena unless apart is true (the cache is
// full: a word it will not hold must not keep a block alive) or n is more
// than a sixteenth of a block.
func (a *arena) alloc(n int, apart bool) []byte {
	if apart || n > arenaBlock/16 {
		return make([]byte, n)
	}
	a.mu.Lock()
	if len(a.block) < n {
		a.block = make([]byte, arenaBlock)
	}
	b := a.block[:n:n]
	a.block = a.block[n:]
	a.mu.Unlock()
	return b
}

// Stem returns the normalised snowball stem of a lower-cased word: UK
// spellings are mapped to US ones and irregular verb forms to their base form
// before stemming, so "criticised"/"criticized" and "said"/"says" meet.
// Stem is safe for concurrent use.
func Stem(lower string) string { return Lookup(lower).Stem }

// classify returns the classes of a lower-cased word: those of the word
// lists it is in, read from wordClasses with one look-up, and those of
// the forms a list cannot hold (any "...n't", "thirds", "we're").
func classify(w string) Class {
	c := wordClasses[w]
	if c&(StopWord|Negator) != StopWord|Negator && len(w) > 3 && strings.HasSuffix(w, "n't") {
		c |= StopWord | Negator // a negated auxiliary the list lacks
	}
	if c&StopWord == 0 && IsPronounContraction(w) {
		c |= StopWord // "I'm", "we're": a pronoun and an auxiliary, no content
	}
	if c&OrdinalWord == 0 && len(w) > 4 && w[len(w)-1] == 's' {
		if _, ord := ordinals[w[:len(w)-1]]; ord {
			c |= OrdinalWord // "thirds", read as a fraction
		}
	}
	return c
}

// wordClasses holds the classes of the words of the word lists, the
// union of the lists each word is in, so that classify looks a new word
// up once rather than in each list.
var wordClasses = func() map[string]Class {
	m := map[string]Class{}
	sets := []struct {
		words map[string]bool
		c     Class
	}{
		{stopWords, StopWord}, {negatedAuxiliaries, StopWord | Negator},
		{sentenceStarters, Starter}, {titles, TitleWord}, {negators, Negator},
		{negativeVerbs, NegativeVerb}, {hedges, HedgeWord}, {attributions, Reporting},
		{approxWords, Approximator}, {nameConnectors, NameConnector},
		{openingPronouns, PersonalPronoun}, {clauseOpeners, ClauseOpener}, {beForms, BeForm},
		{unlistedFunctionWords, UnlistedFunction}, {dateIntroducers, DateIntroducer},
		{notCounts, NotCount},
		{setOf("quarters"), OrdinalWord}, {setOf("early", "mid", "late"), DatePart},
	}
	for _, s := range sets {
		for w, in := range s.words {
			if in {
				m[w] |= s.c
			}
		}
	}
	for w := range cardinals {
		m[w] |= CardinalWord
	}
	for w := range ordinals {
		m[w] |= OrdinalWord
	}
	for w := range months {
		m[w] |= MonthName
	}
	for w := range weekdays {
		m[w] |= WeekdayName
	}
	return m
}()

var approxWords = setOf("about", "almost", "nearly", "around", "roughly", "some",
	"approximately", "over", "more", "less", "fewer", "least", "under", "up", "than", "just",
	"estimated", "circa", "most")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// IsPronounContraction reports a pronoun with a verb contracted on ("i've",
// "we're"): capitalised, it is still no name. lower is a token's Lower, its
// apostrophes already made straight.
func IsPronounContraction(lower string) bool {
	p, v, ok := strings.Cut(lower, "'")
	if !ok {
		return false
	}
	switch v {
	case "m", "ve", "d", "ll", "re":
	default:
		return false
	}
	switch p {
	case "i", "you", "we", "they", "he", "she", "it", "that", "there":
		return true
	}
	return false
}

// IsStop reports whether a lower-cased word is an English function word that
// carries no claim content of its own.
func IsStop(lower string) bool { return stopFilter.maybe(lower) && stopWords[lower] }

var stopWords = setOf(
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
	"are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
	"but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even",
	"few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
	"herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
	"itself", "just", "me", "more", "most", "my", "myself", "of", "off", "on", "once", "only",
	"or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should",
	"so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
	"then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
	"up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
	"why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "'s",
	"also", "however", "yet", "still", "although", "though", "whether", "upon", "within",
	"among", "amongst", "via", "per", "onto", "whose", "s", "t", "mr", "mrs", "ms", "dr",
	"us", "let", "may", "might", "must", "shall", "this", "another", "such", "these", "said",
	"says", "say", "one", "many", "much", "since", "around", "across", "along", "toward",
	"towards", "amid", "despite", "without", "not", "no", "nor", "never", "n't",
	// Discourse markers: they link claims, they do not carry one.
	"specifically", "nevertheless", "nonetheless", "meanwhile", "moreover", "furthermore",
	"additionally", "indeed", "thus", "therefore", "hence", "instead", "likewise",
	"similarly", "besides", "namely", "overall", "accordingly", "consequently",
)

// sentenceStarters are words that, capitalised after an ambiguous
// abbreviation or an initial, show that a new sentence has begun.
var sentenceStarters = setOf(
	"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
	"those", "his", "her", "their", "its", "our", "my", "there", "but", "and", "yet", "so",
	"in", "on", "at", "as", "after", "before", "when", "while", "if", "although", "though",
	"however", "meanwhile", "then", "now", "some", "many", "most", "one", "no", "not", "what",
	"why", "how", "who", "where", "because", "since", "for", "by", "with", "from", "to", "of",
	"all", "both", "each", "other", "others", "such", "during", "until", "despite", "officials",
	"police", "later", "earlier", "last", "next", "still", "also", "only", "even", "another",
	"unlike", "like", "amid", "following", "according", "under", "without", "within",
	"nevertheless", "nonetheless", "instead", "overall", "specifically", "additionally",
	"furthermore", "moreover", "indeed", "thus", "therefore", "hence", "today", "yesterday",
	"tomorrow", "recently", "currently", "previously", "finally", "eventually", "initially",
	"similarly", "likewise", "unfortunately", "fortunately", "surprisingly", "notably",
	"ultimately", "apparently", "besides", "otherwise", "here", "several", "every", "any",
	"few", "more", "less", "much", "whether", "whatever", "once", "upon", "over", "through",
	"against", "between", "among", "toward", "towards", "inside", "outside", "above", "below",
)

// IsSentenceStarter reports whether a lower-cased word is a function word that
// usually opens a sentence when it is capitalised.
func IsSentenceStarter(lower string) bool { return sentenceStarters[lower] }

// Lower returns s lower-cased, without allocating when s has no upper case.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// IsUpperStart reports whether s begins with an upper-case letter.
func IsUpperStart(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
