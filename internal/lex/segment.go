package lex

import "strings"

// Word lists of the segmenter (claims/segment*.go, claims/clean*.go), owned
// by the segmentation work. Each says where it comes from.

// continuers are the lower-case words that open a line continuing the
// sentence of the line before even when that line looks complete ("Book
// your seat for the live action\nor look at all packages"): the English
// coordinating conjunctions and relative pronouns (any grammar of English;
// "for", "so" and "yet" left out, since they open list items as often).
var continuers = setOf("and", "or", "but", "nor", "than", "which", "whom", "whose")

// IsContinuer reports whether a lower-case word opens a line that
// continues the sentence before it.
func IsContinuer(lower string) bool { return continuers[lower] }

// creditNouns end the names of photo agencies and picture desks in the
// credits of news pages ("Getty Images", "Associated Press", "Rex
// Features", "PA Media", "Alamy Live News", "Universal History Archive"):
// the head nouns of the agency names credited on the bundled tabloid's
// publisher and on the wire services' own sites, none of them a name.
var creditNouns = setOf("Images", "Image", "Pictures", "Picture", "Photos", "Photo",
	"Photography", "Press", "Agency", "News", "Features", "Media", "Archive", "Archives",
	"Wire", "Pool", "Handout", "Collection", "Library", "Studio", "Studios", "Ltd", "Inc")

// IsCreditNoun reports whether a capitalised word ends an agency's name in a
// photo credit.
func IsCreditNoun(w string) bool { return creditNouns[w] }

// creditLinks join the names of a photo credit: "Jane Roe for The Daily",
// "Pool via Reuters", "AFP / Getty Images".
var creditLinks = setOf("via", "for", "and", "&", "/", "-", "—", "|")

// IsCreditLink reports whether a word joins two names in a photo credit.
func IsCreditLink(w string) bool { return creditLinks[w] }

// Abbreviations: a full stop after one of them does not end a sentence
// (titleAbbrevs), or not before a number (numberAbbrevs), or only before a
// word that usually opens a sentence (ambiguousAbbrevs). Written by hand
// from the abbreviations of English news style (titles, companies, months
// and days, US states, references), lower-cased, without their dots.
var titleAbbrevs = setOf("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt",
	"col", "capt", "sgt", "cpl", "adm", "maj", "rev", "hon", "pres", "fr", "supt", "det",
	"insp", "cmdr", "brig", "messrs", "mme", "mlle", "atty", "gens", "sens", "reps", "rt")

var numberAbbrevs = setOf("no", "nos", "n°", "nº", "p", "pp", "vol", "fig", "figs", "art", "sec", "ch",
	"para", "ed", "eds", "op", "tel")

var ambiguousAbbrevs = setOf("inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "bros",
	"etc", "al", "vs", "v", "approx", "est", "dept", "univ", "assn", "ave", "blvd", "rd",
	"st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"govt", "intl", "natl", "cf", "ca", "viz", "min", "max", "misc", "dist", "mass", "calif",
	"fla", "ill", "wash", "penn", "conn", "colo", "ariz", "mich", "minn", "wis", "tenn")

// IsTitleAbbrev reports whether a lower-cased word is a title that a name
// follows ("mr", "gen", "sen").
func IsTitleAbbrev(lower string) bool { return titleAbbrevFilter.maybe(lower) && titleAbbrevs[lower] }

// IsNumberAbbrev reports whether a lower-cased word abbreviates a word that
// a number follows ("no", "n°", "p", "vol").
func IsNumberAbbrev(lower string) bool {
	return numberAbbrevFilter.maybe(lower) && numberAbbrevs[lower]
}

// IsAmbiguousAbbrev reports whether a lower-cased word is an abbreviation
// that may also end a sentence ("inc", "jan", "st", "etc").
func IsAmbiguousAbbrev(lower string) bool {
	return ambiguousAbbrevFilter.maybe(lower) && ambiguousAbbrevs[lower]
}

// MaxAbbrevLen is the length in bytes of the longest abbreviation: a longer
// word is none of them.
var MaxAbbrevLen = func() int {
	n := 0
	for _, m := range []map[string]bool{titleAbbrevs, numberAbbrevs, ambiguousAbbrevs} {
		for w := range m {
			n = max(n, len(w))
		}
	}
	return n
}()

// Boilerplate of news pages: lines that are advertising, navigation,
// credits or copyright rather than text, written by hand from the pages of
// the development benchmarks and the bundled articles (lower-cased, spaces
// folded, trailing punctuation cut, as claims' foldLine gives them).
var boilerplateLines = map[string]string{
	"advertisement": "advertising", "advertising": "advertising", "ad": "advertising",
	"continues after advertising": "advertising", "continues after advertisement": "advertising",
	"story continues below advertisement": "advertising", "article continues below advertisement": "advertising",
	"article continues below": "advertising", "story continues below": "advertising",
	"continue reading below": "advertising", "continue reading": "navigation",
	"continue reading the main story": "navigation", "scroll down for video": "navigation",
	"scroll to continue": "navigation", "table of contents": "navigation", "contents": "navigation",
	"skip to content": "navigation", "skip to main content": "navigation",
	"send this page to someone via email": "navigation", "share this article": "navigation",
	"share": "navigation", "share this": "navigation", "comments": "navigation",
	"related articles": "navigation", "related": "navigation", "more on this story": "navigation",
	"read more": "navigation", "watch": "navigation", "listen to this article": "navigation",
	"sign up": "navigation", "subscribe": "navigation", "print": "navigation",
	"click here": "navigation", "top stories": "navigation", "most read": "navigation",
	"video": "navigation", "photo": "credit", "image": "credit", "loading": "navigation",
	"all rights reserved": "copyright",
}

var boilerplatePrefixes = []struct{ prefix, reason string }{
	{"read more:", "navigation"}, {"related:", "navigation"}, {"see also:", "navigation"},
	{"sign up for", "navigation"}, {"subscribe to", "navigation"}, {"follow us", "navigation"},
	{"click here", "navigation"}, {"watch:", "navigation"}, {"watch the video", "navigation"},
	{"credit:", "credit"}, {"photo:", "credit"}, {"photograph:", "credit"},
	{"picture:", "credit"}, {"image:", "credit"}, {"photo credit", "credit"},
	{"image source", "credit"}, {"getty images", "credit"}, {"(photo", "credit"},
	{"advertisement", "advertising"}, {"this article was", "navigation"},
	{"download the", "navigation"}, {"copyright", "copyright"}, {"©", "copyright"},
	{"(c) ", "copyright"},
}

// BoilerplateLine returns the reason a whole folded line is excluded for
// ("advertising", "navigation", "credit", "copyright"), if it is one.
func BoilerplateLine(folded []byte) (reason string, ok bool) {
	reason, ok = boilerplateLines[string(folded)] // no allocation: a map index
	return reason, ok
}

// BoilerplatePrefix returns the reason a folded line that opens with a
// boilerplate phrase ("read more:", "photo:", "©") is excluded for, or "".
func BoilerplatePrefix(folded []byte) string {
	for _, p := range boilerplatePrefixes {
		if len(folded) >= len(p.prefix) && string(folded[:len(p.prefix)]) == p.prefix {
			return p.reason
		}
	}
	return ""
}

// navigationOpeners open a sentence that is a link, not a claim, even run
// into a paragraph of text: "CLICK HERE for the latest news".
var navigationOpeners = []string{"click here", "scroll down for", "read more:", "read:", "see also:", "related:"}

// NavigationOpener returns the length of a link prompt that opens s, in
// any case ("CLICK HERE for the latest news"), or 0.
func NavigationOpener(s string) int {
	for _, p := range navigationOpeners {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// gluedBoilerplate are boilerplate phrases that open a line and are glued
// to the text after it ("Media playback is not supported on this deviceThe
// hosts won..."), from the same pages.
var gluedBoilerplate = []string{
	"Media playback is not supported on this device",
	"Media playback is unsupported on your device",
	"Scroll down for video",
	"Share this article",
	"Advertisement",
	"Continues after advertising",
	"Story continues below advertisement",
}

// GluedBoilerplate returns the length of a phrase of gluedBoilerplate that
// opens line, in any case, with text after it; or 0.
func GluedBoilerplate(line string) int {
	for _, p := range gluedBoilerplate {
		if len(line) > len(p) && strings.EqualFold(line[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}

// labels are the labels, lower-cased, that open a line of kept text
// ("Source: ...", "Editor's note: ..."), from the same pages and from
// fact-check formats ("Claim:", "Verdict:").
var labels = map[string]bool{
	"source": true, "sources": true, "quote": true, "details": true, "background": true,
	"context": true, "update": true, "note": true, "summary": true, "analysis": true,
	"reference": true, "editor's note": true, "editor’s note": true, "key points": true,
	"why it matters": true, "the big picture": true, "recap": true, "catch up": true,
	"fact": true, "claim": true, "verdict": true, "details and background": true,
}

// IsLabel reports whether a lower-cased word or phrase before a colon is a
// label whose following text is kept.
func IsLabel(lower string) bool { return labels[lower] }

// titleTakers are the lower-case words after which a capitalised
// determiner starts a name rather than a sentence ("told The Daily Courier",
// "called The Shard", "starring The Rock"): verbs of naming and the words
// that introduce a title or an example. Origin: hand-written for the glued
// runs of claims (runs.go); the prepositions ("in The Valley") are function
// words already (IsStop).
var titleTakers = setOf("told", "tells", "tell", "called", "named", "dubbed", "titled",
	"entitled", "nicknamed", "christened", "renamed", "branded", "labelled", "labeled",
	"starring", "featuring", "including", "like", "versus", "vs", "v", "presents", "presenting")

// IsTitleTaker reports whether a lower-case word is one that a title or a
// name often follows ("told The Daily Courier").
func IsTitleTaker(lower string) bool { return titleTakers[lower] }

// A GluedOpening says how a capitalised function word opens a sentence
// glued to the one before it with a space and no full stop (see
// GluedOpener).
type GluedOpening int8

const (
	OpensNot    GluedOpening = iota // no function word that opens sentences
	OpensClause                     // a preposition or conjunction that opens a clause
)

// gluedOpeners are the capitalised function words that open the sentences
// of a run of captions glued with spaces ("…the crowd went home After the
// rain…"). Origin: the English prepositions and conjunctions that open a
// clause; measured on the glued runs of the development benchmarks (see
// claims/runs.go).
var gluedOpeners = map[string]GluedOpening{
	"In": OpensClause, "At": OpensClause, "After": OpensClause, "With": OpensClause,
	"On": OpensClause, "During": OpensClause, "Despite": OpensClause, "Before": OpensClause,
	"While": OpensClause, "When": OpensClause, "As": OpensClause, "Following": OpensClause,
	"Under": OpensClause, "Since": OpensClause, "Although": OpensClause, "Though": OpensClause,
	"Because": OpensClause, "But": OpensClause,
}

// gluedOpenerFilter rules most capitalised words out of gluedOpeners
// without a map look-up.
var gluedOpenerFilter = func() *wordFilter {
	set := make(map[string]bool, len(gluedOpeners))
	for w := range gluedOpeners {
		set[w] = true
	}
	return filterOf(set)
}()

// GluedOpener returns how the capitalised word w opens a glued sentence.
func GluedOpener(w string) GluedOpening {
	if !gluedOpenerFilter.maybe(w) {
		return OpensNot
	}
	return gluedOpeners[w]
}

// finiteVerbs are the auxiliaries and the commonest finite verbs of news,
// which after a name show that it opens a clause ("Smith was", "Jones
// has scored"); a lower-case word ending in "ed", or in "s" but not "ss",
// "us" or "is", counts too (see IsFiniteVerb). Origin: the English
// auxiliaries and modals.
var finiteVerbs = setOf("is", "was", "has", "had", "have", "were", "are", "will", "would",
	"can", "could", "said", "says", "did", "does", "may", "might", "must", "should", "made",
	"took", "won", "got", "left", "came", "went", "told", "became", "gave", "scored", "began")

// Irregular past forms of news that end in neither "ed" nor "en", with
// which of the two each is read as so far: a past tense after "the
// 52-year-old" (score's describedByAge), a participle after "was" (score's
// passiveAfter). Origin: hand-written for claimcheck.
const (
	pastTense = 1 << iota
	pastParticiple
)

var irregularPasts = map[string]uint8{
	"stole": pastTense, "ran": pastTense, "fell": pastTense, "fought": pastTense, "flew": pastTense,
	"drove": pastTense, "threw": pastTense, "broke": pastTense, "spoke": pastTense, "wrote": pastTense,
	"sat": pastTense, "stood": pastTense, "felt": pastTense, "met": pastTense, "knew": pastTense, "saw": pastTense,
	"born": pastParticiple, "made": pastParticiple, "told": pastParticiple, "left": pastParticiple,
	"put": pastParticiple, "won": pastParticiple, "cut": pastParticiple, "named": pastParticiple,
	"set": pastParticiple, "sought": pastParticiple, "taught": pastParticiple, "thought": pastParticiple,
	"kept": pastTense | pastParticiple, "paid": pastTense | pastParticiple, "sold": pastTense | pastParticiple,
	"bought": pastTense | pastParticiple, "brought": pastTense | pastParticiple, "caught": pastTense | pastParticiple,
	"hit": pastTense | pastParticiple, "hurt": pastTense | pastParticiple, "shot": pastTense | pastParticiple,
	"struck": pastTense | pastParticiple, "led": pastTense | pastParticiple, "lost": pastTense | pastParticiple,
	"found": pastTense | pastParticiple, "held": pastTense | pastParticiple, "sent": pastTense | pastParticiple,
	"spent": pastTense | pastParticiple, "built": pastTense | pastParticiple,
}

// IsIrregularPastTense reports whether a lower-cased word is one of the
// irregular past tenses IsFiniteVerb misses ("stole").
func IsIrregularPastTense(w string) bool { return irregularPasts[w]&pastTense != 0 }

// IsIrregularParticiple reports whether a lower-cased word is one of the
// irregular past participles that end in neither "ed" nor "en" ("found").
func IsIrregularParticiple(w string) bool { return irregularPasts[w]&pastParticiple != 0 }

// IsFiniteVerb reports whether a word may be a finite verb: one of
// finiteVerbs or a lower-case word of four letters or more ending in "ed"
// or "s" (not "ss", "us", "is").
func IsFiniteVerb(w string) bool {
	if finiteVerbs[w] {
		return true
	}
	if len(w) < 4 || len(w) > 24 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !('a' <= w[i] && w[i] <= 'z') {
			return false
		}
	}
	switch {
	case strings.HasSuffix(w, "ed"):
		return true
	case strings.HasSuffix(w, "s"):
		return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
	}
	return false
}

// linkPrompts are the link prompts of news pages that open a piece of
// text run into the sentence after them, with no full stop between,
// lower-cased, from the same pages as boilerplateLines.
var linkPrompts = []string{"scroll down for videos", "scroll down for video", "scroll down for more",
	"watch the video"}

// LinkPrompt returns the length of a link prompt that opens s, in any
// case, with the colon after it if any; it must end a word. 0 when none
// does.
func LinkPrompt(s string) int {
	if s == "" || s[0]|0x20 != 's' && s[0]|0x20 != 'w' { // the prompts' first letters
		return 0
	}
	for _, p := range linkPrompts {
		if len(s) < len(p) || !strings.EqualFold(s[:len(p)], p) {
			continue
		}
		n := len(p)
		if n < len(s) && s[n] == ':' {
			n++
		}
		if n == len(s) || s[n] == ' ' || s[n] == '\t' || s[n] == '\n' || s[n] == '\r' {
			return n
		}
	}
	return 0
}

// capitalisedStops are the function words of IsStop capitalised ("Of",
// "The"), and capitalisedDates the weekday and month names ("Sunday",
// "November"), so that the glued-run cues look a capitalised word up
// without lower-casing it.
var capitalisedStops, capitalisedDates = func() (stops, dates map[string]byte) {
	capital := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	stops = make(map[string]byte, len(stopWords))
	for w := range stopWords {
		if w != "" && 'a' <= w[0] && w[0] <= 'z' {
			stops[capital(w)] = 1
		}
	}
	dates = make(map[string]byte, len(weekdays)+len(months))
	for w := range weekdays {
		dates[capital(w)] = 'd'
	}
	for w := range months {
		dates[capital(w)] = 'm'
	}
	return stops, dates
}()

// IsCapitalisedStop reports whether w is a function word (see IsStop)
// written with a capital: "Of", "The".
func IsCapitalisedStop(w string) bool { return capitalisedStops[w] != 0 }

// IsWeekdayName reports whether w is a weekday's name, capitalised.
func IsWeekdayName(w string) bool { return capitalisedDates[w] == 'd' }

// IsMonthName reports whether w is a month's name or its abbreviation
// (see Month), capitalised.
func IsMonthName(w string) bool { return capitalisedDates[w] == 'm' }
