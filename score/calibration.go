package score

import "math"

// Probability maps a document score (see Document) to the probability that
// the text is consistent with its source, by a logistic curve fitted on
// human-labelled summaries (plattA and plattB in factors.go, written by
// go run ./examples/evaluate -calibrate). It is increasing, so it ranks texts
// as the document score does; a probability of ConsistentThreshold or more
// is the default verdict "consistent". The figures it was fitted and
// measured on are in the README.
func Probability(document float64) float64 {
	return 1 / (1 + math.Exp(-(plattA*document + plattB)))
}
