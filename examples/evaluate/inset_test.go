package main

import (
	"fmt"
	"math"
	"testing"
)

// insetEvaluation makes one bench set of cases with the given sources,
// labels and scores.
func insetEvaluation(sources []string, labels []int, scores []float64) (*evaluation, row) {
	var cases []*benchCase
	var outs []outcome
	for i := range sources {
		cases = append(cases, &benchCase{ID: fmt.Sprint(i), part: partBench, set: "A", Dataset: "A", Source: sources[i], Label: labels[i]})
		outs = append(outs, outcome{score: scores[i]})
	}
	e := newEvaluation(cases, outs, scorer{"claimcheck", func(o *outcome) float64 { return o.score }, math.NaN(), false})
	return e, e.rows[0]
}

func TestInSetSeparable(t *testing.T) {
	// Twenty articles, each with a consistent summary at .8 and an
	// inconsistent one at .3: every fold's threshold, chosen on the
	// others, separates them.
	var sources []string
	var labels []int
	var scores []float64
	for a := range 20 {
		src := fmt.Sprintf("article %d", a)
		sources = append(sources, src, src)
		labels = append(labels, 1, 0)
		scores = append(scores, 0.8, 0.3)
	}
	e, r := insetEvaluation(sources, labels, scores)
	if got := e.inSet(0, r, insetFolds); got != 1 {
		t.Errorf("inSet on separable cases = %v, want 1", got)
	}
}

func TestInSetChoosesOnOtherArticles(t *testing.T) {
	// Two articles in two folds. Article x: C .5, I .1; article y: C .9,
	// I .6. Held out, x is judged at y's cut (.75), which misses its C;
	// y at x's cut (.3), which passes its I: C 1/2, I 1/2. With either
	// article's own labels in view the best cut (.3) would reach .75, the
	// in-sample figure.
	sources := []string{"x", "x", "y", "y"}
	e, r := insetEvaluation(sources, []int{1, 0, 1, 0}, []float64{0.5, 0.1, 0.9, 0.6})
	for deal := range insetRepeats {
		if foldOf(e.cases[0], insetFolds, deal) == foldOf(e.cases[2], insetFolds, deal) {
			t.Fatalf("deal %d: the test needs x and y in different folds", deal)
		}
	}
	if got := e.inSet(0, r, insetFolds); !near(got, 0.5) {
		t.Errorf("inSet = %v, want 0.5 (each article judged at the other's threshold)", got)
	}
	if f := e.measure(0, r); !near(f.inSample, 0.75) {
		t.Errorf("in-sample = %v, want 0.75", f.inSample)
	}
}

func TestFoldKeepsAnArticleTogether(t *testing.T) {
	moved := 0 // articles whose fold differs between the first two deals
	for a := range 50 {
		src := fmt.Sprintf("article %d", a)
		one, two := &benchCase{Source: src, Derived: "a"}, &benchCase{Source: src, Derived: "b"}
		for deal := range insetRepeats {
			if foldOf(one, insetFolds, deal) != foldOf(two, insetFolds, deal) {
				t.Fatalf("deal %d: two summaries of %q fall in different folds", deal, src)
			}
		}
		if foldOf(one, insetFolds, 0) != foldOf(one, insetFolds, 1) {
			moved++
		}
	}
	if moved < 20 {
		t.Errorf("%d of 50 articles change fold between deals 0 and 1: the deals are not other shuffles", moved)
	}
}

func TestInSetOneArticle(t *testing.T) {
	e, r := insetEvaluation([]string{"x", "x"}, []int{1, 0}, []float64{0.9, 0.1})
	if got := e.inSet(0, r, insetFolds); !math.IsNaN(got) {
		t.Errorf("inSet with one article = %v, want NaN (no other article to choose on)", got)
	}
}
