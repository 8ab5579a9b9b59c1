package score

// factors holds what a claim's score is multiplied by for a finding of each
// rule, one row per rule ID, sorted by ID. CO1, the content finding, has
// no row: its factor is the coverage to the power contentExponent.
//
// Each factor is about the likelihood ratio of its finding, P(finding |
// consistent) / P(finding | inconsistent), measured on the development
// parts of four human-labelled benchmarks pooled (SummEdits, FRANK, BUMP,
// QAGS; see examples/evaluate), rounded coarsely; the comment of each row
// gives the figure measured. Findings that turned out not to separate
// consistent from inconsistent texts (an altered quote, a dropped hedge, a
// substituted word) are still reported but cost little or nothing.
var factors = map[Rule]float64{
	AN1: 0.7,  // measured 0.73
	AT1: 0.55, // measured 0.54 (credited to another source)
	AT2: 0.55, // measured 0.34 (credited to one never mentioned), kept with AT1
	DA1: 0.2,  // measured about 0
	DA2: 0.6,  // measured 0.69 (0.47 for NU2; one factor for both)
	DG1: 0.5,  // measured 0 (20 dev cases, all inconsistent): as a pronoun swap
	EN1: 0.25, // measured 0.25
	EN2: 0.5,  // measured 0.33 (2 of 8 dev cases consistent)
	EN3: 0.75, // measured 0.75
	HE1: 0.95, // measured 0.99
	NG1: 0.5,  // measured 0.53 (NG1 and NG2 together)
	NG2: 0.5,  // measured 0.53 (NG1 and NG2 together)
	NU1: 0.3,  // measured 0.33
	NU2: 0.6,  // measured 0.47 (0.69 for DA2; one factor for both)
	PR1: 0.5,  // measured 0 (2 dev cases, both inconsistent): as a negation
	QU1: 0.9,  // measured 1.13: paraphrase inside quote marks is common
	QU2: 0.5,  // measured 0.48
	RE1: 0.7,  // measured 0.39: mild, since a name may modify two things ("England captain ... England cricket")
	RE2: 0.5,  // measured 0.10
	SU1: 0.5,  // measured 0 (none of the 9 dev cases consistent): kept mild for so few
	SU2: 1.0,  // measured 1.11: paraphrases substitute words as often as errors do
	SU3: 0.9,  // measured 0.84: a word from another sentence in a copied sentence's slot
}

// The combiner's fixed constants.
const (
	// contentExponent softens the content finding: its factor is
	// coverage^contentExponent, so that a paraphrase's unmatched wording
	// weighs less against the discrete findings (measured: 0.5 beat 1 and
	// 0.25 on the pooled development sets, mostly on XSum).
	contentExponent = 0.5
	// docWorst is the weight of the lowest claim score in the document
	// score, against the content-weighted mean (measured: 0.25 to 1 change
	// the ROC AUC by less than 0.005 on every development set).
	docWorst = 0.5
	// defaultMinCoverage is Options.MinCoverage when it is 0: the share of a
	// claim's weighted content the source must carry before the claim can
	// be supported or contradicted.
	defaultMinCoverage = 0.5
	// contradictedCoverage is the share of MinCoverage a contradicted claim
	// must have aligned for the conflict to be about the same thing; below
	// it the claim is unsupported.
	contradictedCoverage = 0.5
)
