package score

import "math"

// Probability maps a document score (see Document) to the probability that
// the text is consistent with its source, by a logistic curve in the score
// and in the log of its distance from 1,
//
//	1 / (1 + exp(-(plattA d + plattLog ln(1 - d + plattEpsilon) + plattB)))
//
// fitted by maximum likelihood on human-labelled summaries (the constants
// are in factors.go, written by go run ./examples/evaluate -calibrate). The
// log term lets a text with no finding at all and one that lost a few
// hundredths read apart, as people judged them: a curve in d alone cannot
// rise that steeply near 1. It is increasing (plattA >= 0, plattLog <= 0),
// so it ranks texts as the document score does; a probability of
// ConsistentThreshold or more is the default verdict "consistent". A score
// outside [0,1] is taken at the nearer end. The figures it was fitted and
// measured on are in the README.
func Probability(document float64) float64 {
	d := math.Max(0, math.Min(1, document))
	if math.IsNaN(document) {
		d = 0
	}
	return 1 / (1 + math.Exp(-(plattA*d + plattLog*math.Log(1-d+plattEpsilon) + plattB)))
}
