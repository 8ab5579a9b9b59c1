package score

import "github.com/newsdesk/claimcheck/claims"

// A Rule names the rule a Finding comes from. Rule IDs are stable: tests
// name them, commits cite them and the factors table (factors.go) is keyed
// by them. Like Unicode's segmentation rules (SB8), each is two letters for
// its family and a number.
//
//	ID   kind          contradicts  the finding
//	NU1  number        yes          a number the aligned sentences state otherwise, in the same role or before the same counted noun; a share ("half of") against another share; the same rate over another period ("a month" for "a week"); two numbers given each other's place
//	NU2  number        no           a number the source does not state
//	DA1  date          yes          a date the aligned sentences state otherwise; a relative date ("tomorrow") where they state one of its scale otherwise
//	DA2  date          no           a date the source does not state (never a relative date)
//	EN1  entity        yes          a name swapped for the one the source has in its place; a first name the source gives the surname otherwise
//	EN3  entity        no           a name the source never mentions, wholly or in part
//	EN5  entity        yes          a title or office the source gives the person otherwise, or gives someone else
//	NG1  negation      yes          the claim negates what the source states
//	NG2  negation      yes          the source negates what the claim states
//	AN1  antonym       yes          a word in the place of its opposite (WordNet's, or a function word's: "before" for "after", "different" for "the same"; or a word of the opposite sentiment: "triumphant" for "troubled"; or another value of the same attribute: "green" for "yellow")
//	SU3  substitution  no           a word taken from another sentence into the copied sentence's slot
//	PR1  entity        yes          a pronoun of the other gender
//	DG1  entity        no           a pronoun that refers to no one the text names before it
//	QU1  quote         no           quoted words the source has, but not verbatim
//	QU2  quote         no           quoted words the source has nothing like
//	AT2  attribution   no           credited to someone the source never mentions
//	SP1  attribution   yes          credited to someone else than the source credits with the same words
//	HE1  hedge         no           the source hedges, the claim states it as fact (a note: it costs nothing)
//	HE2  hedge         no           the claim states as fact words the source puts under a frame that does not assert them
//	CO1  content       no           content words the source does not carry (factor from the coverage)
//	RE1  repetition    no           one name twice in a claim, as if it were two
//	RE3  repetition    no           two words said twice in a row, the source not saying them so
//	ST1  stitch        no           a predicate copied from one sentence given to a subject copied from another
type Rule string

// The rules; see Rule for what each finds.
const (
	NU1 Rule = "NU1"
	NU2 Rule = "NU2"
	DA1 Rule = "DA1"
	DA2 Rule = "DA2"
	EN1 Rule = "EN1"
	EN3 Rule = "EN3"
	EN5 Rule = "EN5"
	NG1 Rule = "NG1"
	NG2 Rule = "NG2"
	AN1 Rule = "AN1"
	SU3 Rule = "SU3"
	PR1 Rule = "PR1"
	DG1 Rule = "DG1"
	QU1 Rule = "QU1"
	QU2 Rule = "QU2"
	AT2 Rule = "AT2"
	SP1 Rule = "SP1"
	HE1 Rule = "HE1"
	HE2 Rule = "HE2"
	CO1 Rule = "CO1"
	RE1 Rule = "RE1"
	RE3 Rule = "RE3"
	ST1 Rule = "ST1"
)

// Known reports whether r is the ID of one of the checker's rules.
func (r Rule) Known() bool {
	_, ok := factors[r]
	return ok || r == CO1
}

// rules is the algorithm: each claim is put to these checks in this order,
// and its findings are listed in the same order. A check reads the claim,
// its alignment and the source (a view), and what the checks before it
// have accounted for; it returns its own findings and what it accounts for.
//
// The order matters where a check reads an account: substitutions leave
// out words that the number, date, name and negation findings explain;
// content leaves out words that a contradiction explains, and counts as
// carried the numbers the evidence states (numbers) and the places the
// source implies (entities). Content comes last because it consumes what
// every other check has accounted for.
var rules = []func(v *view, prior *account) outcome{
	numbers,       // NU1 NU2, and numbers carried
	dates,         // DA1 DA2
	entities,      // EN1 EN3, and places implied
	titles,        // EN5
	negation,      // NG1 NG2
	substitutions, // AN1 SU3
	pronouns,      // PR1
	dangling,      // DG1
	quotes,        // QU1 QU2
	attribution,   // AT2
	speaker,       // SP1
	stitch,        // ST1
	hedges,        // HE1
	frames,        // HE2
	repetition,    // RE1
	stutter,       // RE3
	content,       // CO1, and the claim's content weight
}

// An outcome is what one check returns: its findings, and what it
// accounts for in the claim besides.
type outcome struct {
	findings []Finding
	// implied holds the places of the claim that the source implies by
	// naming a place inside them ("France" when the source names Lyon).
	implied []Span
	// carried holds the numbers of the claim whose value an aligned
	// sentence states, however it is written ("5bn" for "$5 billion").
	carried []Span
	// weight is the claim's content weight that the check weighed, and the
	// part of it the source carries: what the coverage is made of.
	weight weight
}

// A weight is an amount of a claim's content, weighted by rarity, and the
// part of it the source carries.
type weight struct{ total, carried float64 }

// An account is what the checks so far have found and accounted for: the
// sum of their outcomes, in order. A check reads it and never changes it.
type account outcome

func (a *account) add(o outcome) {
	a.findings = join(a.findings, o.findings)
	a.implied = join(a.implied, o.implied)
	a.carried = join(a.carried, o.carried)
	a.weight.total += o.weight.total
	a.weight.carried += o.weight.carried
}

// join appends b to a, taking b itself when a is empty: a rule's outcome
// is its own, so the account may keep it rather than copy it.
func join[T any](a, b []T) []T {
	if len(a) == 0 {
		return b
	}
	return append(a, b...)
}

// coverage is the share of the claim's content weight the source carries:
// 1 when there is none to carry.
func (a *account) coverage() float64 {
	if a.weight.total > 0 {
		return a.weight.carried / a.weight.total
	}
	return 1
}

// explained reports whether a finding of the account, or one of found, for
// which counts holds covers the token.
func (a *account) explained(t *claims.Token, counts func(f *Finding) bool, found []Finding) bool {
	for _, fs := range [][]Finding{a.findings, found} {
		for k := range fs {
			f := &fs[k]
			if f.Claim.Start <= t.Start() && t.End() <= f.Claim.End && counts(f) {
				return true
			}
		}
	}
	return false
}

// accounted is every finding about the token itself: a hedge or the
// content finding is about the claim as a whole.
func accounted(f *Finding) bool { return f.Kind != Hedge && f.Kind != Content }

// conflicting is a finding that explains a word as a conflict with the
// source. A word the source lacks (a new name, an unstated number) is
// missing content too.
func conflicting(f *Finding) bool { return f.Contradiction && f.Kind != Negation }

// within reports whether token t lies inside one of the spans.
func within(t *claims.Token, spans []Span) bool {
	for _, p := range spans {
		if p.Start <= t.Start() && t.End() <= p.End {
			return true
		}
	}
	return false
}

// Judge aligns a claim with the source and judges it: it puts the claim to
// every rule in order, then combines their findings into a label and a
// score. The claim is judged alone; JudgeIn judges a claim of a text.
func Judge(src *Source, c *claims.Statement, opts Options) Verdict {
	return judge(src, c, nil, opts)
}

// JudgeIn judges claim i of the derived text doc as Judge does, with the
// claims around it at hand for the rules that read them: ST1 asks whether
// the text names, near the claim, what the source says a copied predicate
// of. It reads at most TextBefore claims before claim i and TextAfter after
// it (doc.Statements[i-TextBefore:i+TextAfter+1], within bounds), so a long text costs no more per claim than a short one. i must
// index doc.Statements, as for doc.Statements[i].
func JudgeIn(src *Source, doc *claims.Document, i int, opts Options) Verdict {
	c := &doc.Statements[i]
	near := doc.Statements[max(0, i-TextBefore):min(len(doc.Statements), i+TextAfter+1)]
	return judge(src, c, near, opts)
}

// TextBefore and TextAfter bound the claims around a claim that JudgeIn
// reads: a description ("the 30-year-old") most often stands for a name
// given a few sentences before it. A caller that holds a window of a long
// text's claims needs those around the claim it judges.
const (
	TextBefore = 8
	TextAfter  = 2
)

// judge judges claim c, whose text around it (c among them) is near, nil
// when it is judged alone.
func judge(src *Source, c *claims.Statement, near []claims.Statement, opts Options) Verdict {
	if opts.MinCoverage <= 0 {
		opts.MinCoverage = defaultMinCoverage
	}
	v := newView(src, c, opts)
	v.near = near
	a := &v.account // in the view, which comes from a pool: no account made for each claim
	for _, check := range rules {
		a.add(check(v, a))
	}
	m, findings, coverage := v.m, a.findings, a.coverage()
	v.release()
	return combine(m, findings, coverage, opts.MinCoverage)
}
