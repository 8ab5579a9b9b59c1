package lex

import (
	"slices"
	"strings"
	"sync"
)

// The word lists of package claims: cue words, number, month and weekday
// names, units and currencies, and the short lists its feature readers
// consult. Each says where it comes from. (stopWords, sentenceStarters and
// titles, which claims shares with the other packages, stay in lex.go and
// names.go.)

// CueKind classifies a cue word.
type CueKind uint8

// Cue kinds.
const (
	NoCue CueKind = iota
	Negation
	Hedge
	Attribution
)

// negators are words that negate what follows them in their clause.
// Origin: hand-written for claimcheck (the negation words of English
// grammars, and "lack", which the development cases use as one).
var negators = setOf("not", "no", "never", "n't", "without", "none", "nobody", "nothing",
	"neither", "nor", "nowhere", "cannot", "lack", "lacked", "lacks", "lacking")

// negatedAuxiliaries are the auxiliaries with "n't", written with and
// without the apostrophe ("didnt" is a common slip; "dont" and "cant" too).
// Origin: the complete set of English negated auxiliaries.
var negatedAuxiliaries = setOf("don't", "doesn't", "didn't", "isn't", "wasn't", "aren't",
	"weren't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "hasn't", "haven't",
	"hadn't", "mustn't", "needn't", "ain't", "mightn't", "shan't",
	"dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "cant", "couldnt",
	"wouldnt", "shouldnt", "hasnt", "havent", "hadnt", "mustnt", "neednt", "aint", "wont")

// nounDeterminers are the words after which a word that may be a verb or
// a noun ("claims", "reports", "wont") is the noun. Origin: the English
// articles, possessive determiners and plural demonstratives ("that" and
// "this" also open clauses: "the report that claims").
var nounDeterminers = setOf("a", "an", "the", "his", "her", "its", "their", "our", "my",
	"your", "these", "those", "whose", "such")

// IsNounDeterminer reports whether a lower-cased word makes the word after
// it a noun (see nounDeterminers).
func IsNounDeterminer(lower string) bool {
	return nounDeterminerFilter.maybe(lower) && nounDeterminers[lower]
}

// IsNegatedAuxiliary reports whether a word is an auxiliary with "n't"
// ("didn't", or "didnt" without the apostrophe), in any case.
func IsNegatedAuxiliary(w string) bool { return negatedAuxiliaries[Lower(w)] }

// negativeVerbs negate their own complement ("refused to comply").
// Origin: hand-written for claimcheck.
var negativeVerbs = setOf("refuse", "refused", "refuses", "refusing", "deny", "denied",
	"denies", "denying", "decline", "declined", "declines", "declining", "reject",
	"rejected", "rejects", "rejecting", "unwilling", "unwillingness", "reluctant",
	"reluctance", "refusal", "rejection", "denial", "unable", "failure", "forbid",
	"forbids", "forbade", "forbidden")

// hedges make a claim uncertain. Origin: hand-written for claimcheck
// (modal verbs, and the hedging adverbs and adjectives of news).
var hedges = setOf("may", "might", "could", "possibly", "possible", "possibility",
	"perhaps", "maybe", "likely", "unlikely", "probably", "probable", "reportedly",
	"allegedly", "alleged", "apparently", "seems", "seem", "seemed", "seemingly",
	"suspected", "rumoured", "rumored", "potentially", "potential", "supposedly",
	"presumably", "appears", "purportedly", "unconfirmed", "speculation")

// attributions are verbs of saying and reporting. Origin: hand-written
// for claimcheck.
var attributions = setOf("said", "says", "say", "told", "tells", "reported", "reports",
	"citing", "cited", "revealed", "reveals", "stated", "states", "claimed", "claims",
	"announced", "noted", "notes", "added", "explained", "insisted", "asserted", "asserts",
	"confirmed", "wrote", "writes", "tweeted", "indicated", "indicates", "according",
	"acknowledged", "admitted", "argued", "argues", "warned", "testified", "disclosed",
	"recalled", "commented", "remarked", "estimated", "concluded", "replied", "asked")

// Cue returns the cue kind of a word of these classes.
func (c Class) Cue() CueKind {
	switch {
	case c&(Negator|NegativeVerb) != 0:
		return Negation
	case c&HedgeWord != 0:
		return Hedge
	case c&Reporting != 0:
		return Attribution
	}
	return NoCue
}

// IsReportingVerb reports whether a lower-cased word is a verb of saying.
func IsReportingVerb(lower string) bool {
	return attributionFilter.maybe(lower) && attributions[lower] && lower != "according" && lower != "citing"
}

// attributionFilter rules most words out of attributions without a map
// look-up.
var attributionFilter = filterOf(attributions)

// A wordFilter says of a word whether a set of words may hold it, from
// its first byte and its length, without hashing it: bit n%32 of
// filter[b] is set when the set holds a word of n bytes that begins with
// b. Reading a word's first byte and length is all it costs, against the
// hash of every byte and a probe of the map that rules a word out of a
// map of words.
type wordFilter [256]uint32

// filterOf returns the filter of a set of words.
func filterOf(set map[string]bool) *wordFilter {
	var f wordFilter
	for w, in := range set {
		if in && w != "" {
			f[w[0]] |= 1 << (len(w) % 32)
		}
	}
	return &f
}

// maybe reports whether the filter's set may hold w: false when it
// holds no word of w's first byte and length.
func (f *wordFilter) maybe(w string) bool {
	return w != "" && f[w[0]]>>(len(w)%32)&1 != 0
}

// Cardinal values of number words. Origin: the English number words, and
// the words of count news uses as numbers ("dozens" read as 24, "both" 2).
var cardinals = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "couple": 2,
	"half": 0.5, "third": 1.0 / 3, "quarter": 0.25, "dozens": 24, "hundreds": 200,
	"thousands": 2000, "millions": 2e6, "billions": 2e9, "both": 2, "single": 1,
	"twice": 2, "once": 1, "double": 2, "triple": 3, "lone": 1, "sole": 1,
}

// Cardinal returns the value of a lower-cased cardinal number word.
func Cardinal(lower string) (float64, bool) { v, ok := cardinals[lower]; return v, ok }

// Multiplier returns the scale of a word that multiplies the number before
// it ("1.2 billion", "two dozen").
func Multiplier(lower string) (float64, bool) {
	switch lower {
	case "dozen":
		return 12, true
	case "hundred":
		return 100, true
	case "thousand", "k":
		return 1e3, true
	case "million", "m", "mn", "mln":
		return 1e6, true
	case "billion", "bn", "b":
		return 1e9, true
	case "trillion", "tn":
		return 1e12, true
	}
	return 0, false
}

// ordinals are the English ordinal words to "twentieth", and the tens.
var ordinals = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"hundredth": 100, "last": -1,
}

// Ordinal returns the value of a lower-cased ordinal word ("second" -> 2).
// "last" is reported as -1.
func Ordinal(lower string) (float64, bool) { v, ok := ordinals[lower]; return v, ok }

// months are the English month names and their usual abbreviations.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// Month returns the month number of a lower-cased month name or abbreviation.
func Month(lower string) (int, bool) { m, ok := months[lower]; return m, ok }

// weekdays are the English weekday names, numbered as ISO 8601 does.
var weekdays = map[string]int{
	"sunday": 7, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
	"saturday": 6,
}

// Weekday returns 1 (Monday) to 7 (Sunday) for a lower-cased weekday name.
func Weekday(lower string) (int, bool) { d, ok := weekdays[lower]; return d, ok }

// Unit returns the canonical unit and the factor to it for a lower-cased
// unit word, so "three decades" and "30-year" compare: durations in years,
// days or seconds; lengths in metres. The factors of the imperial units are
// the international yard and pound of 1959 (a mile is 1609.344 m, a pound
// 0.45359237 kg, rounded here to 0.4536).
func Unit(lower string) (unit string, factor float64, ok bool) {
	switch lower {
	case "year", "years", "yr", "yrs":
		return "year", 1, true
	case "decade", "decades":
		return "year", 10, true
	case "century", "centuries":
		return "year", 100, true
	case "month", "months":
		return "month", 1, true
	case "week", "weeks":
		return "day", 7, true
	case "day", "days":
		return "day", 1, true
	case "hour", "hours", "hr", "hrs":
		return "second", 3600, true
	case "minute", "minutes", "min", "mins":
		return "second", 60, true
	case "second", "seconds", "sec", "secs":
		return "second", 1, true
	case "percent", "per", "pc", "%", "percentage":
		return "percent", 1, true
	case "mile", "miles":
		return "metre", 1609.344, true
	case "km", "kilometer", "kilometers", "kilometre", "kilometres":
		return "metre", 1000, true
	case "meter", "meters", "metre", "metres", "m":
		return "metre", 1, true
	case "foot", "feet", "ft":
		return "metre", 0.3048, true
	case "inch", "inches":
		return "metre", 0.0254, true
	case "pound", "pounds", "lb", "lbs":
		return "kg", 0.4536, true
	case "kg", "kilogram", "kilograms", "kilo", "kilos":
		return "kg", 1, true
	case "ton", "tons", "tonne", "tonnes":
		return "kg", 1000, true
	}
	return "", 0, false
}

// Currency returns the ISO 4217 code for a currency symbol or word.
func Currency(s string) (string, bool) {
	switch s {
	case "$", "dollar", "dollars", "usd":
		return "USD", true
	case "£", "pound", "pounds", "gbp", "sterling":
		return "GBP", true
	case "€", "euro", "euros", "eur":
		return "EUR", true
	case "¥", "yen", "yuan":
		return "JPY", true
	case "rouble", "roubles", "ruble", "rubles":
		return "RUB", true
	}
	return "", false
}

// notCounts are number words that count without stating a quantity a
// claim could get wrong ("once", "both", "the last", "half"): they are no
// Number. Origin: hand-written for claimcheck.
var notCounts = setOf("once", "single", "lone", "sole", "double", "triple", "twice", "both",
	"half", "quarter", "last", "couple")

// IsNotCount reports whether a lower-cased number word is one of notCounts.
func IsNotCount(lower string) bool { return notCounts[lower] }

// nameConnectors join the words of one name: the particles of European
// and Arabic surnames ("de", "van", "bin", "al") and the "of" of
// institutions ("Bank of England"). Origin: hand-written for claimcheck.
var nameConnectors = setOf("of", "de", "da", "del", "della", "di", "van", "von", "der", "den",
	"bin", "al", "la", "le", "du", "dos", "das", "y", "ibn", "on", "upon", "and")

// IsNameConnector reports whether a lower-cased word may join the words of
// a name.
func IsNameConnector(lower string) bool { return nameConnectors[lower] }

// openingPronouns are the personal pronouns that point back to someone
// named before ("it" is left out: "It is raining" points to no one).
// Origin: the English personal pronouns of the third person.
var openingPronouns = setOf("he", "she", "they", "him", "her", "them", "his", "their")

// IsPersonalPronoun reports whether a lower-cased word is one of
// openingPronouns.
func IsPersonalPronoun(lower string) bool { return openingPronouns[lower] }

// clauseOpeners are conjunctions that open the clause an attribution's
// subject stands in ("X cooked but officials said"). Origin: the English
// coordinating and common subordinating conjunctions.
var clauseOpeners = setOf("and", "but", "or", "while", "whereas", "because", "although",
	"though", "as", "when", "after", "before", "since", "so", "if", "yet")

// IsClauseOpener reports whether a lower-cased word is one of clauseOpeners.
func IsClauseOpener(lower string) bool { return clauseOpeners[lower] }

// preVerbs stand between a subject and its verb of saying ("has said",
// "often says"), as do adverbs in -ly. Origin: hand-written for claimcheck.
var preVerbs = setOf("often", "also", "has", "have", "had")

// IsPreVerb reports whether a lower-cased word may stand between a subject
// and its verb: one of preVerbs or an adverb in -ly.
func IsPreVerb(lower string) bool { return preVerbs[lower] || strings.HasSuffix(lower, "ly") }

// negativePhrasalVerbs negate their complement as "rejected" does ("turned
// down the offer", "ruled out a deal", "failed to win"), by the stem of the
// verb and the word after it; "-ing" stands for any gerund, so that "will
// stop publishing" is "will no longer publish" ("stopped smoking", "ceased
// trading", "quit drinking", "halted testing"). Origin: hand-written for
// claimcheck.
var negativePhrasalVerbs = phrasesByHead("turn down", "rule out", "fail to", "stop -ing", "ceas -ing", "quit -ing", "halt -ing")

// IsNegativePhrasalVerb reports whether a verb's stem and the particle after
// it make one of negativePhrasalVerbs. It is asked of nearly every word:
// it looks the stem up, and makes no string.
func IsNegativePhrasalVerb(stem, particle string) bool {
	for _, p := range negativePhrasalVerbs[stem] {
		if p == particle || p == "-ing" && len(particle) >= 5 && strings.HasSuffix(particle, "ing") {
			return true
		}
	}
	return false
}

// phrasesByHead maps the first word of each two-word phrase to the second
// words that follow it.
func phrasesByHead(phrases ...string) map[string][]string {
	m := map[string][]string{}
	for _, p := range phrases {
		head, rest, _ := strings.Cut(p, " ")
		m[head] = append(m[head], rest)
	}
	return m
}

// beForms are the forms of "be", which make a participle after them
// passive. Origin: English grammar.
var beForms = setOf("be", "is", "are", "was", "were", "been", "being", "am")

// IsBeForm reports whether a lower-cased word is a form of "be".
func IsBeForm(lower string) bool { return beFormFilter.maybe(lower) && beForms[lower] }

// Place returns the place a lower-cased place adjective or demonym noun
// pertains to ("ukrainian" -> "Ukraine", "british" and "briton" -> "Great
// Britain", "londoner" -> "London"), from the places list of places.go,
// generated from WordNet 3.0 by gen_places.go. A demonym noun that WordNet
// also writes in lower case ("pole", "swede") is not in it.
func Place(lower string) (string, bool) { p, ok := places[lower]; return p, ok }

// Demonyms returns the lower-cased place adjectives and demonyms that
// Place maps to the place named lowerPlace, in lower case ("france" ->
// "french", ...), sorted; nil for a place it has none for. The slice is
// shared: a caller must not change it.
func Demonyms(lowerPlace string) []string { return demonymsOf()[lowerPlace] }

// demonymsOf is places inverted, by lower-cased place, made on first use.
var demonymsOf = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for d, p := range places {
		lp := strings.ToLower(p)
		m[lp] = append(m[lp], d)
	}
	for _, ds := range m {
		slices.Sort(ds)
	}
	return m
})

// unlistedFunctionWords are function words that WordNet, which has only
// nouns, verbs, adjectives and adverbs, does not list and the stop words
// leave out: indefinite pronouns and interjections. Capitalised at the
// start of a sentence they are no names ("Everyone agreed", "Oh, he
// said"), nor in a lower-case text, where a word WordNet does not list is
// taken for a name. Origin: the English indefinite pronouns and the
// subordinating conjunctions WordNet leaves out, the interjections and
// run-together forms of the training summaries' sentence openers, and the
// chat abbreviations and run-together verbs that open the lines of their
// chat sources ("Steve: BTW, USA won", "Charlie: Wanna go out?"), none of
// them the initials of a body news names ("IMO", the International
// Maritime Organization, is left out).
var unlistedFunctionWords = setOf("everyone", "everybody", "everything", "someone", "somebody",
	"something", "anyone", "anybody", "anything", "nobody", "noone", "nothing", "whoever",
	"whatever", "whichever", "whomever", "whereas", "wherein", "whereby", "thereby", "unless",
	"whenever", "wherever", "versus", "cannot", "oh", "yes", "yep", "yup", "yeah", "nope", "ok",
	"okay", "hey", "wow", "thats", "whats", "ah", "aha", "uh", "um", "erm", "hmm", "huh", "ooh",
	"aw", "eh", "ugh", "oops", "hmmm", "haha", "hah", "heh", "nah", "meh", "whoa", "lol",
	"btw", "idk", "omg", "tbh", "fyi", "lmao", "thx", "pls", "plz", "wanna", "gonna", "gotta",
	"lemme", "gimme", "dunno")

// IsUnlistedFunctionWord reports whether a lower-cased word is one of
// unlistedFunctionWords.
func IsUnlistedFunctionWord(lower string) bool {
	return unlistedFunctionFilter.maybe(lower) && unlistedFunctionWords[lower]
}

// dateIntroducers are the words after which "may" or "march" in a
// lower-case text is the month ("in may", "since march"). Origin:
// hand-written for claimcheck.
var dateIntroducers = setOf("in", "on", "since", "until", "till", "by", "of", "last", "next",
	"this", "early", "mid", "late", "from", "to", "between", "during", "before", "after")

// IsDateIntroducer reports whether a lower-cased word is one of
// dateIntroducers.
func IsDateIntroducer(lower string) bool { return dateIntroducers[lower] }

// splitAuxiliaries are the first halves of negated auxiliaries that a
// tokeniser splits from their "n't" and that are no words of their own:
// "ca n't", "wo n't", "sha n't", "ai n't". Origin: the Penn Treebank
// tokenisation of English contractions.
var splitAuxiliaries = map[string]string{"ca": "can", "wo": "will", "sha": "shall", "ai": "be"}

// SplitAuxiliary returns the auxiliary that a lower-cased first half of a
// split negation stands for ("ca" -> "can").
func SplitAuxiliary(lower string) (string, bool) { b, ok := splitAuxiliaries[lower]; return b, ok }

// OrdinaryForm reports whether a lower-cased word is, by its form, an
// ordinary English word whose stem the lexicon does not list: a negative
// prefix on an ordinary word ("unsurprisingly", "nonstop"), or a plural in
// "-es" after a hissing sound, which the stemmer leaves as it is ("gases",
// "taxes"). It allocates only when a word is first looked up.
func OrdinaryForm(lower string) bool {
	for _, p := range [...]string{"un", "non"} {
		if rest, ok := strings.CutPrefix(lower, p); ok && len(rest) >= 4 && StemClass(Stem(rest))&CommonStem != 0 {
			return true
		}
	}
	for _, s := range [...]string{"ses", "xes", "zes", "ches", "shes"} {
		if len(lower) > len(s)+1 && strings.HasSuffix(lower, s) && StemClass(Stem(lower[:len(lower)-2]))&CommonStem != 0 {
			return true
		}
	}
	return false
}
