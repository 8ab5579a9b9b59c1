package main

import (
	"math"
	"sort"
)

// A labelled score is one case as the metrics see it: the document score
// (higher = more consistent) and the human label (1 consistent, 0 not).
type labelled struct {
	score float64
	label int
}

// balancedAccuracy is the mean of the recall on consistent cases (score >=
// t) and on inconsistent ones (score < t). With cases of one label only it
// is the recall on that label; with no cases, 0.
func balancedAccuracy(cs []labelled, t float64) float64 {
	var k tally
	for _, c := range cs {
		k.add(c.score >= t, c.label)
	}
	return k.ba()
}

// A tally counts verdicts at a threshold: consistent cases passed (tp) of
// all consistent ones (p), inconsistent ones held (tn) of all (n).
type tally struct{ tp, p, tn, n int }

// add counts one case of the label, judged consistent or not.
func (k *tally) add(consistent bool, label int) {
	if label == 1 {
		k.p++
		if consistent {
			k.tp++
		}
	} else {
		k.n++
		if !consistent {
			k.tn++
		}
	}
}

// ba is the balanced accuracy of the verdicts counted.
func (k tally) ba() float64 { return ba(k.tp, k.p, k.tn, k.n) }

func ba(tp, p, tn, n int) float64 {
	switch {
	case p == 0 && n == 0:
		return 0
	case p == 0:
		return float64(tn) / float64(n)
	case n == 0:
		return float64(tp) / float64(p)
	}
	return (float64(tp)/float64(p) + float64(tn)/float64(n)) / 2
}

// bestThreshold returns the threshold that maximises the balanced accuracy
// of "score >= t is consistent" on cs, and that accuracy. The candidates are
// just below the lowest score, the midpoints between adjacent distinct
// scores and just above the highest; of equal candidates the lowest wins.
// It sorts a copy in O(n log n), so it serves pools of many thousand cases.
// No cases give 0.5 and 0.
func bestThreshold(cs []labelled) (float64, float64) {
	if len(cs) == 0 {
		return 0.5, 0
	}
	s := sortedCopy(cs)
	p, n := 0, 0
	for _, c := range s {
		if c.label == 1 {
			p++
		} else {
			n++
		}
	}
	// Below every score, every case is predicted consistent.
	tp, tn := p, 0
	bestT, bestBA := s[0].score-1e-9, ba(tp, p, tn, n)
	for i := 0; i < len(s); {
		j := i
		for ; j < len(s) && s[j].score == s[i].score; j++ {
			if s[j].label == 1 {
				tp--
			} else {
				tn++
			}
		}
		t := s[len(s)-1].score + 1e-9
		if j < len(s) {
			t = (s[j-1].score + s[j].score) / 2
		}
		if a := ba(tp, p, tn, n); a > bestBA {
			bestT, bestBA = t, a
		}
		i = j
	}
	return bestT, bestBA
}

// rocAUC is the probability that a consistent case scores above an
// inconsistent one, ties counting half; 0.5 when either label is missing.
func rocAUC(cs []labelled) float64 {
	s := sortedCopy(cs)
	var p, n int
	for _, c := range s {
		if c.label == 1 {
			p++
		} else {
			n++
		}
	}
	if p == 0 || n == 0 {
		return 0.5
	}
	won, below := 0.0, 0 // inconsistent cases scored below the current group
	for i := 0; i < len(s); {
		j, gp, gn := i, 0, 0
		for ; j < len(s) && s[j].score == s[i].score; j++ {
			if s[j].label == 1 {
				gp++
			} else {
				gn++
			}
		}
		won += float64(gp) * (float64(below) + float64(gn)/2)
		below += gn
		i = j
	}
	return won / (float64(p) * float64(n))
}

func sortedCopy(cs []labelled) []labelled {
	s := append([]labelled(nil), cs...)
	sort.SliceStable(s, func(a, b int) bool { return s[a].score < s[b].score })
	return s
}

// A firing counts the cases a finding fired on, by label.
type firing struct {
	consistent, inconsistent       int // cases it fired on
	allConsistent, allInconsistent int // cases of each label
}

// ratio is the likelihood ratio P(fires | consistent) / P(fires |
// inconsistent); +Inf when it never fires on an inconsistent case but does
// on a consistent one, NaN when it never fires or a label has no cases.
func (f firing) ratio() float64 {
	if f.allConsistent == 0 || f.allInconsistent == 0 || f.consistent+f.inconsistent == 0 {
		return math.NaN()
	}
	if f.inconsistent == 0 {
		return math.Inf(1)
	}
	return (float64(f.consistent) / float64(f.allConsistent)) / (float64(f.inconsistent) / float64(f.allInconsistent))
}
