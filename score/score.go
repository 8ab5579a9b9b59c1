// Package score judges whether a source supports each claim of a derived
// text, and says what differs when it does not.
//
// A claim's score is the product of its findings' factors: the content
// finding's factor is the square root of the share of its content the
// aligned source sentences carry (see Verdict.Coverage), and each
// discrepancy found multiplies by a fixed factor. Every point a claim loses
// is a Finding that can be shown to a reader.
package score

import (
	"math"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
)

// Label is the verdict on one claim.
type Label string

// Labels.
const (
	// Supported: the source says it.
	Supported Label = "supported"
	// Contradicted: the source says something that conflicts with it.
	Contradicted Label = "contradicted"
	// Unsupported: the source does not carry it, or not all of it.
	Unsupported Label = "unsupported"
)

// Kind names a discrepancy between a claim and its source.
type Kind string

// Kinds of discrepancy.
const (
	Number       Kind = "number"       // a number differs, or is not in the source
	Date         Kind = "date"         // a date differs, or is not in the source
	Entity       Kind = "entity"       // a name or a pronoun swapped for another, a name the source never mentions, or a pronoun the text never resolves
	Negation     Kind = "negation"     // one side negated, the other not
	Quote        Kind = "quote"        // quoted words the source does not have verbatim
	Attribution  Kind = "attribution"  // credited to another source than the source text says
	Hedge        Kind = "hedge"        // the source hedges, the claim states it as fact
	Antonym      Kind = "antonym"      // a word of the claim is the opposite of the source's
	Substitution Kind = "substitution" // a word of the claim stands where the source has another (of the same kind: a contradiction)
	Content      Kind = "content"      // content words the source does not carry
	Repetition   Kind = "repetition"   // one name twice in a claim, as if it were two ("Gloucester came from behind to beat Gloucester"), or a phrase said twice
)

// A Span is a piece of a text with its byte offsets.
type Span struct {
	Text       string
	Start, End int
}

// A Finding is one discrepancy, with where it is on both sides.
type Finding struct {
	Kind Kind
	// Claim is the part of the claim at fault.
	Claim Span
	// Source is the closest source wording, when there is one.
	Source Span
	// Explanation says in one line what differs.
	Explanation string
	// Contradiction is true when the source says something that conflicts
	// with the claim, false when it just does not say what the claim says.
	Contradiction bool
	// Factor is what the claim's score is multiplied by for this finding.
	Factor float64
}

// A Verdict is the judgement on one claim.
type Verdict struct {
	Label Label
	Score float64 // in [0,1]; 1 means fully supported
	// Coverage is the share of the claim's content, weighted by rarity, that
	// the source carries, leaving out words other findings explain.
	Coverage float64
	Kinds    []Kind // the distinct kinds of the findings, in order of first appearance
	Findings []Finding
	Match    align.Match
}

// Options tune the judgement. The zero value gives the defaults.
type Options struct {
	// MinCoverage is the share of a claim's weighted content the source must
	// carry before the claim can be supported or contradicted; below it the
	// claim is unsupported. 0 means 0.5.
	MinCoverage float64
	// Antonyms, if set, reports whether two stems are opposites.
	Antonyms func(a, b string) bool
	// Kin, if set, reports whether two stems name different things of the
	// same kind ("beach" and "cliff"), and the name of the kind.
	Kin func(a, b string) (string, bool)
	// Inside, if set, reports whether the place named inner lies in the
	// place named outer ("London", "U.K."): a claim naming the larger place
	// in the smaller one's slot does not swap them.
	Inside func(inner, outer string) bool
	// SourceNamesInside, if set, reports whether the source names a place
	// that lies in the place named outer: a claim naming it is carried.
	// The answer depends on the source only, so it is worth working out once
	// per source.
	SourceNamesInside func(outer string) bool
}

// Penalty factors: what a claim's score is multiplied by for each finding.
// Each is about the likelihood ratio of its finding, P(finding | consistent)
// / P(finding | inconsistent), measured on the development parts of four
// human-labelled benchmarks pooled (SummEdits, FRANK, BUMP, QAGS; see
// examples/evaluate), rounded coarsely. Findings that turned out not to
// separate consistent from inconsistent texts (an altered quote, a dropped
// hedge, a substituted word) are still reported but cost little or nothing
// and do not make a claim contradicted.
const (
	factorNumber         = 0.3  // measured 0.33
	factorDate           = 0.2  // measured about 0
	factorEntitySwap     = 0.25 // measured 0.25
	factorEntityNew      = 0.75 // measured 0.75
	factorNegation       = 0.5  // measured 0.53
	factorAntonym        = 0.7  // measured 0.73
	factorQuote          = 0.9  // measured 1.13: paraphrase inside quote marks is common
	factorQuoteNew       = 0.5  // measured 0.48
	factorAttribution    = 0.55 // measured 0.54 (another source) and 0.34 (one never mentioned)
	factorHedge          = 0.95 // measured 0.99
	factorUnstated       = 0.6  // measured 0.47 (numbers) and 0.69 (dates)
	factorSubstitution   = 1.0  // measured 1.11: paraphrases substitute words as often as errors do
	factorMoved          = 0.9  // measured 0.84: a word from another sentence in a copied sentence's slot
	factorPronoun        = 0.5  // measured 0 (2 dev cases, both inconsistent): as a negation
	factorCoreference    = 0.5  // measured 0.33 (2 of 8 dev cases consistent)
	factorDangling       = 0.5  // measured 0 (20 dev cases, all inconsistent): as a pronoun swap
	factorKin            = 0.5  // measured 0 (none of the 9 dev cases consistent): kept mild for so few
	factorRepeatedName   = 0.7  // measured 0.39: mild, since a name may modify two things ("England captain ... England cricket")
	factorRepeatedPhrase = 0.5  // measured 0.10
)

// contentExponent softens the content finding: its factor is
// coverage^contentExponent, so that a paraphrase's unmatched wording weighs
// less against the discrete findings (measured: 0.5 beat 1 and 0.25 on the
// pooled development sets, mostly on XSum).
const contentExponent = 0.5

// docWorst is the weight of the lowest claim score in the document score,
// against the content-weighted mean (measured: 0.25 to 1 change the ROC AUC
// by less than 0.005 on every development set).
const docWorst = 0.5

// Judge aligns a claim with the source and judges it.
func Judge(x *align.Index, c *claims.Statement, opts Options) Verdict {
	if opts.MinCoverage <= 0 {
		opts.MinCoverage = 0.5
	}
	m := x.Align(c)
	j := judge{x: x, src: x.Doc(), c: c, m: m, opts: opts,
		byClaim: make(map[int]align.WordMatch, len(m.Words)), bySource: make(map[[2]int]int, len(m.Words)),
		held: make(map[int]int, len(m.Sentences))}
	for _, wm := range m.Words {
		j.byClaim[wm.Claim] = wm
		j.bySource[[2]int{wm.Sentence, wm.Token}] = wm.Claim
		j.held[wm.Sentence]++
	}
	j.numbers()
	j.dates()
	j.entities()
	j.negation()
	j.substitutions()
	j.pronouns()
	j.dangling()
	j.quotes()
	j.attribution()
	j.hedges()
	j.content()
	j.repetition()
	return j.verdict()
}

type judge struct {
	x        *align.Index
	src      *claims.Document
	c        *claims.Statement
	m        align.Match
	opts     Options
	findings []Finding
	coverage float64 // share of the claim's content carried, less what findings explain
	implied  []Span  // places of the claim the source implies by naming a place inside them

	// The alignment's word matches, looked up from either side, and how
	// many claim words each source sentence holds.
	byClaim  map[int]align.WordMatch // claim token -> its match
	bySource map[[2]int]int          // {sentence, token} -> claim token
	held     map[int]int             // sentence -> claim words aligned to it

	sentenceStems     map[int]map[string]bool // source sentence -> its content stems, made on first use
	allSentences      []*claims.Statement     // made on first use
	evidenceSentences []*claims.Statement
}

func (j *judge) add(f Finding) { j.findings = append(j.findings, f) }

// used reports whether a claim word is aligned to token k of sentence si.
func (j *judge) used(si, k int) bool { _, ok := j.bySource[[2]int{si, k}]; return ok }

func (j *judge) verdict() Verdict {
	v := Verdict{Match: j.m, Findings: j.findings, Coverage: j.coverage}
	s := 1.0 // the content finding carries the coverage
	contradicted, unsupported := false, j.coverage < j.opts.MinCoverage
	seen := map[Kind]bool{}
	for _, f := range j.findings {
		s *= f.Factor
		if f.Contradiction {
			contradicted = true
		} else if f.Kind != Content && f.Factor < 1 {
			// Coverage alone decides for content words, and a finding that
			// costs nothing (a substituted word) is a note for the reader.
			unsupported = true
		}
		if !seen[f.Kind] {
			seen[f.Kind] = true
			v.Kinds = append(v.Kinds, f.Kind)
		}
	}
	v.Score = math.Max(0, math.Min(1, s))
	// A conflict with the source is the more useful signal than content the
	// source lacks, as long as enough of the claim is aligned for the
	// conflict to be about the same thing.
	switch {
	case contradicted && j.coverage >= j.opts.MinCoverage/2:
		v.Label = Contradicted
	case unsupported:
		v.Label = Unsupported
	default:
		v.Label = Supported
	}
	return v
}

// all returns every sentence of the source, made once per judgement.
func (j *judge) all() []*claims.Statement {
	if j.allSentences == nil {
		j.allSentences = make([]*claims.Statement, len(j.src.Statements))
		for i := range j.src.Statements {
			j.allSentences[i] = &j.src.Statements[i]
		}
	}
	return j.allSentences
}

// evidence returns the aligned source sentences.
func (j *judge) evidence() []*claims.Statement {
	if j.evidenceSentences == nil {
		j.evidenceSentences = make([]*claims.Statement, 0, len(j.m.Sentences))
		for _, si := range j.m.Sentences {
			j.evidenceSentences = append(j.evidenceSentences, &j.src.Statements[si])
		}
	}
	return j.evidenceSentences
}

// Document returns the score of a whole derived text from its claims'
// verdicts: the mean of the claim scores, pulled down towards the worst
// claim, so that one contradicted claim in a long text still shows.
// Claims are weighted by their number of content words. No claims give 1.
func Document(vs []Verdict) float64 {
	if len(vs) == 0 {
		return 1
	}
	sum, wsum, worst := 0.0, 0.0, 1.0
	for _, v := range vs {
		w := float64(max(1, len(v.Match.Words)+len(v.Match.Unmatched)))
		sum += w * v.Score
		wsum += w
		worst = math.Min(worst, v.Score)
	}
	return (1-docWorst)*(sum/wsum) + docWorst*worst
}
