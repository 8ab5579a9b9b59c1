package lex

import (
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex/porter2"
)

// stemUncached returns the stem of a lower-cased word, which newWord
// keeps in the word cache: its canonical spelling (see normalize),
// stemmed by snowball's English stemmer when it is a word of ASCII
// letters of three or more.
func stemUncached(lower string) string {
	w := normalize(lower)
	if len(w) <= 2 || !isStemmable(w) {
		return w
	}
	return porter2.Stem(w, true) // snowball's english.Stem, faster (see porter2)
}

// isStemmable reports whether w is made of ASCII letters (with inner
// apostrophes), the only input snowball's English stemmer is meant for.
func isStemmable(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < 'a' || c > 'z') && c != '\'' {
			return false
		}
	}
	return true
}

// normalize maps a lower-cased word to a canonical spelling: irregular verb
// forms to the base form ("told" -> "tell"), British to American spelling
// ("criticised" -> "criticized", "colour" -> "color", "centre" -> "center").
func normalize(w string) string {
	if b, ok := irregular[w]; ok {
		return b
	}
	if us, ok := ukToUS[w]; ok {
		return us
	}
	if len(w) < 6 {
		return w
	}
	// -ise/-ised/-ising/-isation... -> -ize...; -yse -> -yze.
	for _, suf := range iseSuffixes {
		if strings.HasSuffix(w, suf) {
			stem := w[:len(w)-len(suf)]
			if len(stem) >= 3 && !iseExceptions[stem+"ise"] && !iseExceptions[stem+"yse"] {
				return stem + strings.Replace(suf, "s", "z", 1)
			}
			break
		}
	}
	// -our -> -or (colour, favourite, behaviour, harbour).
	if i := strings.Index(w, "our"); i >= 3 {
		rest := w[i+3:]
		switch rest {
		case "", "s", "ed", "ing", "ite", "ites", "able", "ably", "er", "ers", "al":
			if !ourExceptions[w[:i+3]] {
				return w[:i] + "or" + rest
			}
		}
	}
	return w
}

var iseSuffixes = []string{"isations", "isation", "ising", "ised", "ises", "ise", "yses", "ysed", "ysing", "yse"}

// iseExceptions lists words whose -ise is not the British form of -ize.
var iseExceptions = setOf(
	"advise", "arise", "chastise", "circumcise", "comprise", "compromise", "concise",
	"demise", "despise", "devise", "disguise", "enterprise", "excise", "exercise",
	"expertise", "franchise", "improvise", "incise", "merchandise", "noise", "otherwise",
	"paradise", "poise", "praise", "precise", "premise", "promise", "raise", "revise",
	"rise", "supervise", "surmise", "surprise", "televise", "treatise", "wise", "likewise",
	"clockwise", "advertise", "appraise", "reprise", "braise", "cruise", "bruise", "guise",
	"anise", "valise", "mortise", "tortoise", "porpoise", "turquoise", "reise", "cerise",
	"expise", "disise", "uprise", "sunrise", "moonrise", "highrise", "concise",
)

var ourExceptions = setOf("hour", "four", "your", "tour", "pour", "sour", "flour", "devour",
	"contour", "detour", "amour", "glamour", "velour", "troubadour", "paramour", "dour", "scour",
	"fourteen", "ourselves", "yours", "yourself", "tours", "journal", "journey", "courage",
	"source", "resource", "course", "courier", "gourmet", "tourism", "tourist", "nourish",
	"hourly", "bourgeois", "bourbon", "labouring")

var ukToUS = map[string]string{
	"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
	"programme": "program", "programmes": "programs", "grey": "gray", "cheque": "check",
	"tyre": "tire", "tyres": "tires", "kerb": "curb", "aluminium": "aluminum",
	"judgement": "judgment", "ageing": "aging", "manoeuvre": "maneuver", "jewellery": "jewelry",
	"centre": "center", "centres": "centers", "centred": "centered", "theatre": "theater",
	"metre": "meter", "metres": "meters", "litre": "liter", "litres": "liters", "fibre": "fiber",
	"calibre": "caliber", "sombre": "somber", "spectre": "specter", "kilometre": "kilometer",
	"kilometres": "kilometers", "travelled": "traveled", "travelling": "traveling",
	"traveller": "traveler", "travellers": "travelers", "cancelled": "canceled",
	"cancelling": "canceling", "labelled": "labeled", "modelled": "modeled", "fuelled": "fueled",
	"levelled": "leveled", "signalled": "signaled", "totalled": "totaled", "counselling": "counseling",
	"channelled": "channeled", "quarrelled": "quarreled", "rivalled": "rivaled", "dialled": "dialed",
	"paediatric": "pediatric", "anaesthetic": "anesthetic", "oestrogen": "estrogen",
	"diarrhoea": "diarrhea", "foetus": "fetus", "mould": "mold", "plough": "plow",
	"sceptical": "skeptical", "sceptic": "skeptic", "storey": "story", "whilst": "while",
	"amongst": "among", "learnt": "learned", "spelt": "spelled", "burnt": "burned",
	"dreamt": "dreamed", "leapt": "leaped", "towards": "toward", "afterwards": "afterward",
	"organisation": "organization", "pyjamas": "pajamas", "draught": "draft",
}

// irregular maps irregular English verb forms to their base form, so that a
// tense change in a rewrite ("said" for "says") still aligns.
var irregular = func() map[string]string {
	m := map[string]string{}
	for _, line := range []string{
		"say said says", "tell told", "think thought", "speak spoke spoken", "write wrote written",
		"take took taken", "give gave given", "go went gone goes", "know knew known",
		"see saw seen", "make made", "find found", "hold held", "bring brought", "buy bought",
		"seek sought", "win won", "lose lost", "meet met", "begin began begun",
		"become became", "come came", "get got gotten", "keep kept", "run ran",
		"send sent", "spend spent", "stand stood", "fight fought", "teach taught",
		"catch caught", "build built", "feel felt", "lead led", "pay paid", "sell sold",
		"show shown", "grow grew grown", "rise rose risen", "fall fell fallen",
		"choose chose chosen", "drive drove driven", "fly flew flown", "eat ate eaten",
		"break broke broken", "steal stole stolen", "throw threw thrown", "wear wore worn",
		"forget forgot forgotten", "freeze froze frozen", "hide hid hidden", "shoot shot",
		"sit sat", "sleep slept", "strike struck stricken", "swim swam swum",
		"understand understood", "withdraw withdrew withdrawn", "draw drew drawn",
		"ride rode ridden", "arise arose arisen", "bear bore borne", "blow blew blown",
		"deal dealt", "dig dug", "hear heard", "lay laid", "lend lent", "mean meant",
		"shake shook shaken", "sing sang sung", "sink sank sunk", "slide slid",
		"spin spun", "stick stuck", "swear swore sworn", "sweep swept", "swing swung",
		"tear tore torn", "wake woke woken", "weep wept", "undertake undertook undertaken",
		"overtake overtook overtaken", "foresee foresaw foreseen", "forbid forbade forbidden",
		"forgive forgave forgiven", "mislead misled", "overcome overcame", "oversee oversaw overseen",
		"uphold upheld", "withhold withheld", "be was were been is are am",
		"have has had", "do did does done", "flee fled", "feed fed", "bleed bled",
		"breed bred", "bind bound", "grind ground", "wind wound", "slay slew slain",
		"beat beaten", "bite bit bitten", "hang hung", "sting stung",
		"weave wove woven", "shine shone", "tread trod trodden", "stride strode stridden",
		"leave left", "plead pled",
	} {
		f := strings.Fields(line)
		for _, w := range f[1:] {
			m[w] = f[0]
		}
	}
	return m
}()
