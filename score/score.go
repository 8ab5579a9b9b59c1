// Package score judges whether a source supports each claim of a derived
// text, and says what differs when it does not.
//
// A claim's score is the product of its findings' factors: the content
// finding's factor is the square root of the share of its content the
// aligned source sentences carry (see Verdict.Coverage), and each
// discrepancy found multiplies by a fixed factor, its rule's (see Rule).
// Every point a claim loses is a Finding that can be shown to a reader.
//
// A source is prepared once (Prepare, over the source prepared for
// alignment) and then judges any number of claims (Judge). The rules run
// in one order (rules.go), one file each; the combiner that turns their
// findings into a verdict is combine.go, and every factor it uses is in
// factors.go.
package score

import (
	"github.com/newsdesk/claimcheck/align"
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
	Hedge        Kind = "hedge"        // the source hedges ("may", "unlikely"), the claim states it as fact: HE1 is a note for the editor, which costs nothing (measured to be no evidence of inconsistency); HE2, the claim copying as fact what the source puts under a frame ("not known if", "denied that", "plans to"), costs its factor
	Antonym      Kind = "antonym"      // a word of the claim is the opposite of the source's
	Substitution Kind = "substitution" // a word of the claim stands where the source has another (of the same kind: a contradiction)
	Content      Kind = "content"      // content words the source does not carry
	Repetition   Kind = "repetition"   // one name twice in a claim, as if it were two ("Gloucester came from behind to beat Gloucester"), or a phrase said twice
	Stitch       Kind = "stitch"       // a claim joined from pieces of two source sentences, one's predicate given to the other's subject
)

// A Span is a piece of a text with its byte offsets.
type Span struct {
	Text       string
	Start, End int
}

// A Finding is one discrepancy, with where it is on both sides.
type Finding struct {
	Kind Kind
	// Rule is the rule that found it (see Rule).
	Rule Rule
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
}
