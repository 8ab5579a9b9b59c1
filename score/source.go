package score

import (
	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
)

// A Source is a source text prepared for judging: prepared for alignment,
// with what the rules ask of the whole source indexed once, so that
// judging a claim does not read the source through: the name keys of its
// words, the words of its names, and the places that the places it names
// lie in. It is immutable once prepared and safe for concurrent use by
// many goroutines.
type Source struct {
	aligned *align.Source
	// wordKeys holds the name keys of the source's words (not function
	// words, three letters or more): the exact key (Has) answers most
	// questions without comparing spellings.
	wordKeys lex.KeyIndex[struct{}]
	// otherKeys holds the name keys of the source's other words (function
	// words and words under three letters) that wordKeys lacks, and
	// emptyKey whether a word has an empty key: with wordKeys they answer
	// mentionsAnyWord for every word of the source.
	otherKeys lex.KeyIndex[struct{}]
	emptyKey  bool
	// entityWords holds where the source's names are, by the keys of their
	// words.
	entityWords lex.KeyIndex[entityAt]
	// places holds the places that the places the source names lie in.
	places lexicon.Places
	// initialisms holds the initialisms of the source's names of several
	// capitalised words ("NHS" for "National Health Service").
	initialisms map[string]bool
}

// An entityAt is where a name of the source is: its sentence and its index
// among the sentence's names.
type entityAt struct{ sentence, entity int32 }

// Prepare prepares a source for judging from the source prepared for
// alignment.
func Prepare(src *align.Source) *Source {
	doc := src.Doc()
	s := &Source{aligned: src}
	var names []string
	for i := range doc.Statements {
		c := &doc.Statements[i]
		for j := range c.Tokens {
			t := &c.Tokens[j]
			if t.Kind != claims.WordToken {
				continue
			}
			key := t.NameKey()
			switch {
			case key == "":
				s.emptyKey = true
			case !t.Stop && len(t.Lower()) >= 3:
				if !s.wordKeys.Has(key) {
					s.wordKeys.Add(key, struct{}{})
				}
			case !s.wordKeys.Has(key) && !s.otherKeys.Has(key):
				s.otherKeys.Add(key, struct{}{})
			}
		}
		for k := range c.Entities {
			names = append(names, c.Entities[k].Text)
			if in := lex.Initials(c.Entities[k].Text); in != "" {
				if s.initialisms == nil {
					s.initialisms = map[string]bool{}
				}
				s.initialisms[in] = true
			}
			for _, w := range c.Entities[k].Words {
				s.entityWords.Add(w, entityAt{int32(i), int32(k)})
			}
		}
	}
	s.places = lexicon.Around(names)
	return s
}

// abbreviates reports whether name is the initialism of a name of the
// source ("NHS" when the source names the National Health Service).
func (s *Source) abbreviates(name string) bool { return lex.IsInitialism(name) && s.initialisms[name] }

// Doc returns the source document.
func (s *Source) Doc() *claims.Document { return s.aligned.Doc() }

// mentionsWord reports whether a word of the source (not a function word,
// three letters or more) has a name key that lex.SameNameKey matches with
// key.
func (s *Source) mentionsWord(key string) bool { return hasSimilar(&s.wordKeys, key) }

// hasSimilar reports whether the index holds key, or a key that
// lex.SameNameKey matches with it.
func hasSimilar(idx *lex.KeyIndex[struct{}], key string) bool {
	if idx.Has(key) {
		return true
	}
	found := false
	idx.Similar(key, func(string, struct{}) bool {
		found = true
		return false
	})
	return found
}

// mentionsAnyWord reports whether any word of the source, function words
// and short words included, has a name key that lex.SameNameKey matches
// with key: what reading every word of the source would tell, answered by
// the index.
func (s *Source) mentionsAnyWord(key string) bool {
	if key == "" {
		return s.emptyKey
	}
	return hasSimilar(&s.wordKeys, key) || hasSimilar(&s.otherKeys, key)
}

// namesWithWord calls f with the sentence and entity index of each source
// name that has a word whose key lex.SameNameKey matches with key, until f
// returns false. A name may come more than once.
func (s *Source) namesWithWord(key string, f func(sentence, entity int) bool) {
	s.entityWords.Similar(key, func(_ string, at entityAt) bool {
		return f(int(at.sentence), int(at.entity))
	})
}

// namesPlaceInside reports whether the source names a place that lies in
// the place named outer ("Lyon" for "France").
func (s *Source) namesPlaceInside(outer string) bool { return s.places.Has(outer) }
