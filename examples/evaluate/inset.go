package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"strings"
)

// insetFolds is how many parts a set's articles are dealt into for the
// in-set figure, and insetRepeats how many deals it averages: one deal of
// a set of a few hundred cases moves the figure by a point or two.
const (
	insetFolds   = 5
	insetRepeats = 10
)

// foldOf deals a case to one of k folds by its source article, so that the
// summaries of one article always fall in the same fold and a threshold is
// never chosen on another summary of the article it is applied to. Each
// deal (0, 1, ...) is another fixed shuffle of the articles.
func foldOf(c *benchCase, k, deal int) int {
	h := fnv.New32a()
	fmt.Fprintf(h, "%d\x00", deal)
	h.Write([]byte(c.Source))
	return int(h.Sum32() % uint32(k))
}

// inSet is the balanced accuracy of scorer si on row r when each case is
// judged at a threshold chosen on the row's other articles: the row's cases
// are dealt into k folds by article (foldOf), the threshold of best
// balanced accuracy is chosen on the other k-1 folds and applied to the
// fold, and the verdicts of every fold are pooled; the figure is the mean
// over insetRepeats deals. This is the protocol of
// a benchmark that picks each checker's threshold on a part of the same
// dataset and measures it on unseen articles of it; the factors are fitted
// on the train files as always, so only the threshold comes from the set.
// NaN when a fold has no other cases to choose on.
func (e *evaluation) inSet(si int, r row, k int) float64 {
	sum := 0.0
	for deal := range insetRepeats {
		sum += e.inSetDeal(si, r, k, deal)
	}
	return sum / insetRepeats
}

// inSetDeal is inSet for one deal of the articles into folds.
func (e *evaluation) inSetDeal(si int, r row, k, deal int) float64 {
	s := e.scorers[si]
	folds := make([][]int, k)
	for _, i := range r.idx {
		f := foldOf(e.cases[i], k, deal)
		folds[f] = append(folds[f], i)
	}
	var v tally
	for f, held := range folds {
		if len(held) == 0 {
			continue
		}
		var others []int
		for g, idx := range folds {
			if g != f {
				others = append(others, idx...)
			}
		}
		if len(others) == 0 {
			return math.NaN()
		}
		t, _ := bestThreshold(e.labelled(s, others))
		for _, i := range held {
			v.add(s.of(&e.outs[i]) >= t, e.cases[i].Label)
		}
	}
	return v.ba()
}

// insetTable writes, for each row of a single set, the in-set balanced
// accuracy of every scorer beside its LODO and in-sample figures, so that
// the cost of choosing the threshold on other datasets reads off one line.
func (e *evaluation) insetTable(w io.Writer) {
	fmt.Fprintf(w, "threshold chosen on the same set's other articles (%d folds by source article, the mean of %d deals; factors from the train files as always):\n", insetFolds, insetRepeats)
	var names []string
	for _, s := range e.scorers {
		names = append(names, fmt.Sprintf("%-20s", s.name))
	}
	fmt.Fprintf(w, "%-24s  %s\n", "", strings.Join(names, "  "))
	var heads []string
	for range e.scorers {
		heads = append(heads, fmt.Sprintf("%6s %6s %6s", "LODO", "in-set", "in-BA"))
	}
	fmt.Fprintf(w, "%-24s  %s\n", "set", strings.Join(heads, "  "))
	for _, r := range e.rows {
		if strings.HasSuffix(r.name, "(all)") {
			continue // a pool of sets: its in-set figure would mix their thresholds
		}
		var cols []string
		for si := range e.scorers {
			f := e.measure(si, r)
			cols = append(cols, fmt.Sprintf("%6s %6s %6s", pct(f.lodo), pct(e.inSet(si, r, insetFolds)), pct(f.inSample)))
		}
		fmt.Fprintf(w, "%-24s  %s\n", r.name, strings.Join(cols, "  "))
	}
}
