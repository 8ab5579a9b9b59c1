package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/newsdesk/claimcheck"
)

// A scorer is one way of scoring a case: claimcheck as built, the
// word-overlap baseline, or claimcheck under a refit.
type scorer struct {
	name string
	of   func(*outcome) float64
	// fixed, unless NaN, is the scorer's own default threshold, used in
	// place of the one chosen on summaries.train.
	fixed float64
	// fitted marks a score made of the factors fitted on the train files
	// (the build's, a refit's): in the LODO column a case of a dataset the
	// train files hold is scored under the factors refitted without that
	// dataset (heldOutScores), so that no LODO figure comes from a fit that
	// saw the dataset it measures.
	fitted bool
}

var (
	// The build's calibrated probability has a default threshold, chosen on
	// summaries.train: its tr-val column is that threshold's. It ranks the
	// cases as the document score does.
	asBuilt  = scorer{"claimcheck", func(o *outcome) float64 { return o.prob }, claimcheck.ConsistentThreshold, true}
	baseline = scorer{"word overlap", func(o *outcome) float64 { return o.overlap }, math.NaN(), false}
)

// A row of the main table: a name and its cases (indices into the cases).
type row struct {
	name string
	idx  []int
}

// figures are one scorer's measurements on one row; NaN where the data to
// choose a threshold is absent.
type figures struct {
	lodo, trainVal, inSample, auc float64
}

type evaluation struct {
	scorers []scorer
	cases   []*benchCase
	outs    []outcome
	rows    []row
	// lodo[scorer][dataset] is the leave-one-dataset-out threshold of the
	// dataset's rows: chosen on the pool less every case of the dataset.
	lodo     []map[string]float64
	trainVal []float64 // per scorer, chosen on summaries.train; NaN without it
	// heldOut[dataset] are the probabilities of every case under the
	// factors refitted on the train files without the dataset, for each
	// dataset the train files hold (heldOutScores); made on first use.
	heldOut map[string][]float64
}

func newEvaluation(cases []*benchCase, outs []outcome, scorers ...scorer) *evaluation {
	e := &evaluation{cases: cases, outs: outs}
	e.rows = rowsOf(cases)
	for _, s := range scorers {
		e.addScorer(s)
	}
	return e
}

// addScorer adds a scorer to the table and chooses its thresholds.
func (e *evaluation) addScorer(s scorer) {
	var train []int
	for i, c := range e.cases {
		if c.part == partSummariesTrain {
			train = append(train, i)
		}
	}
	t := s.fixed
	if math.IsNaN(t) && len(train) > 0 {
		t, _ = bestThreshold(e.labelled(s, train))
	}
	e.scorers = append(e.scorers, s)
	e.trainVal = append(e.trainVal, t)
	e.lodo = append(e.lodo, e.lodoThresholds(len(e.scorers)-1))
}

// inPool reports whether a case is one thresholds may be chosen on.
func inPool(c *benchCase) bool { return c.part == partBench || c.part == partSummariesTrain }

// datasets returns the datasets of the cases, sorted. A dataset, not a
// row's set, is what LODO leaves out: FRANK's two subsets are one dataset,
// and SummEdits news (bench) and the SummEdits domains of summaries.train
// are one.
func (e *evaluation) datasets() []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range e.cases {
		if !seen[c.Dataset] {
			seen[c.Dataset] = true
			out = append(out, c.Dataset)
		}
	}
	sort.Strings(out)
	return out
}

// lodoScore is the score case i gets under scorer si when dataset d is
// left out: for a fitted scorer and a dataset of the train files, its
// probability under the factors refitted without d; else its own score.
func (e *evaluation) lodoScore(si int, d string, i int) float64 {
	if e.scorers[si].fitted {
		if sc, ok := e.heldOutScores()[d]; ok {
			return sc[i]
		}
	}
	return e.scorers[si].of(&e.outs[i])
}

// lodoThresholds chooses, for each dataset, the threshold of best balanced
// accuracy on the pool less that dataset, under the scores lodoScore gives
// with it left out. A dataset outside the pool (claims.val's) is measured
// at the whole pool's threshold, under its own held-out fit.
func (e *evaluation) lodoThresholds(si int) map[string]float64 {
	out := map[string]float64{}
	var all []int
	for i, c := range e.cases {
		if inPool(c) {
			all = append(all, i)
		}
	}
	if len(all) == 0 {
		return out
	}
	for _, d := range e.datasets() {
		var pool []labelled
		for _, i := range all {
			if e.cases[i].Dataset != d {
				pool = append(pool, labelled{e.lodoScore(si, d, i), e.cases[i].Label})
			}
		}
		if len(pool) > 0 {
			out[d], _ = bestThreshold(pool)
		}
	}
	return out
}

func (e *evaluation) labelled(s scorer, idx []int) []labelled {
	out := make([]labelled, len(idx))
	for k, i := range idx {
		out[k] = labelled{s.of(&e.outs[i]), e.cases[i].Label}
	}
	return out
}

// rowsOf makes the rows of the main table: each benchmark set and all of
// them, each dataset of summaries.val and all of it, each dataset of
// claims.val and all of it.
func rowsOf(cases []*benchCase) []row {
	var rows []row
	for _, p := range []struct{ part, prefix string }{
		{partBench, "bench"}, {partSummariesVal, "val"}, {partClaimsVal, "claims-val"},
	} {
		bySet := map[string][]int{}
		var all []int
		for i, c := range cases {
			if c.part == p.part {
				bySet[c.set] = append(bySet[c.set], i)
				all = append(all, i)
			}
		}
		if len(all) == 0 {
			continue
		}
		var names []string
		for n := range bySet {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			rows = append(rows, row{p.prefix + "/" + n, bySet[n]})
		}
		rows = append(rows, row{p.prefix + " (all)", all})
	}
	return rows
}

// measure computes one scorer's figures on one row.
func (e *evaluation) measure(si int, r row) figures {
	s := e.scorers[si]
	cs := e.labelled(s, r.idx)
	f := figures{lodo: math.NaN(), trainVal: math.NaN()}
	_, f.inSample = bestThreshold(cs)
	f.auc = rocAUC(cs)
	if !math.IsNaN(e.trainVal[si]) {
		f.trainVal = balancedAccuracy(cs, e.trainVal[si])
	}
	if len(e.lodo[si]) > 0 {
		var k tally
		missing := false // a case whose dataset is the whole pool: no other data to choose on
		for _, i := range r.idx {
			d := e.cases[i].Dataset
			t, ok := e.lodo[si][d]
			if !ok {
				missing = true
				break
			}
			k.add(e.lodoScore(si, d, i) >= t, e.cases[i].Label)
		}
		if !missing {
			f.lodo = k.ba()
		}
	}
	return f
}

func pct(x float64) string {
	if math.IsNaN(x) {
		return "-"
	}
	return fmt.Sprintf("%.1f", 100*x)
}

func (e *evaluation) report(w io.Writer, verbose bool) {
	var names, heads []string
	for _, s := range e.scorers {
		names = append(names, fmt.Sprintf("%-29s", s.name))
		heads = append(heads, columns("LODO", "tr-val", "in-BA", "AUC"))
	}
	fmt.Fprintln(w, strings.TrimRight(fmt.Sprintf("%-24s %16s   %s", "", "", strings.Join(names, "   ")), " "))
	fmt.Fprintf(w, "%-24s %16s  %s\n", "set", "cases (C/I)", strings.Join(heads, "  "))
	for _, r := range e.rows {
		c := 0
		for _, i := range r.idx {
			c += e.cases[i].Label
		}
		var cols []string
		for si := range e.scorers {
			f := e.measure(si, r)
			cols = append(cols, columns(pct(f.lodo), pct(f.trainVal), pct(f.inSample), fmt.Sprintf("%.3f", f.auc)))
		}
		fmt.Fprintf(w, "%-24s %16s  %s\n", r.name, fmt.Sprintf("%d (%d/%d)", len(r.idx), c, len(r.idx)-c), strings.Join(cols, "  "))
	}
	fmt.Fprintln(w)
	for si, s := range e.scorers {
		var fams []string
		for f := range e.lodo[si] {
			fams = append(fams, f)
		}
		sort.Strings(fams)
		var parts []string
		for _, f := range fams {
			parts = append(parts, f+" "+threshold(e.lodo[si][f]))
		}
		tv := "tr-val"
		if !math.IsNaN(s.fixed) {
			tv = "tr-val (its default)"
		}
		fmt.Fprintf(w, "%s thresholds: %s %s; LODO, by dataset left out: %s\n", s.name, tv, threshold(e.trainVal[si]), strings.Join(parts, ", "))
	}
	e.pools(w)
	var failed []string
	for _, r := range e.rows {
		n := 0
		for _, i := range r.idx {
			if e.outs[i].err != nil {
				n++
			}
		}
		if n > 0 && !strings.HasSuffix(r.name, "(all)") {
			failed = append(failed, fmt.Sprintf("%s %d", r.name, n))
		}
	}
	if len(failed) > 0 {
		fmt.Fprintf(w, "could not be checked (scored 0): %s\n", strings.Join(failed, ", "))
	}
	if verbose {
		for _, r := range e.rows {
			e.worst(w, r)
		}
	}
}

// pools writes what each dataset's LODO figures rest on: the cases of the
// pool its threshold is chosen on, by part, and how many of its own train
// cases the held-out refit of the factors leaves out (none for a dataset the
// train files lack, whose rows are scored as built).
func (e *evaluation) pools(w io.Writer) {
	if len(e.scorers) == 0 || len(e.lodo[0]) == 0 {
		return
	}
	fitted := false
	for _, s := range e.scorers {
		fitted = fitted || s.fitted
	}
	fmt.Fprintln(w, "LODO, by dataset left out: the pool its threshold is chosen on (bench and summaries.train less every case of the dataset), and its train cases the refit of the factors leaves out")
	for _, d := range e.datasets() {
		in, train := map[string]int{}, map[string]int{}
		total := 0
		for _, c := range e.cases {
			switch {
			case c.Dataset != d && inPool(c):
				in[c.part]++
				total++
			case c.Dataset == d && slices.Contains(factorParts, c.part):
				train[c.part]++
			}
		}
		refit := "factors as built (no train case of it)"
		if _, ok := e.heldOutScores()[d]; ok && fitted {
			var parts []string
			for _, p := range factorParts {
				if train[p] > 0 {
					parts = append(parts, fmt.Sprintf("%d of %s", train[p], p))
				}
			}
			refit = "factors refitted without its " + strings.Join(parts, ", ")
		}
		fmt.Fprintf(w, "  %-14s pool %5d (bench %d, summaries.train %d); %s\n", d, total, in[partBench], in[partSummariesTrain], refit)
	}
}

func columns(cols ...string) string {
	return fmt.Sprintf("%6s %6s %6s %6s", cols[0], cols[1], cols[2], cols[3])
}

func threshold(t float64) string {
	if math.IsNaN(t) {
		return "-"
	}
	return fmt.Sprintf("%.3f", t)
}

// worst lists the consistent cases scored lowest and the inconsistent ones
// scored highest, for error analysis.
func (e *evaluation) worst(w io.Writer, r row) {
	sorted := append([]int(nil), r.idx...)
	sort.SliceStable(sorted, func(a, b int) bool { return e.outs[sorted[a]].score < e.outs[sorted[b]].score })
	fmt.Fprintf(w, "\n%s\n  lowest-scored consistent:\n", r.name)
	for k, n := 0, 0; k < len(sorted) && n < 5; k++ {
		if i := sorted[k]; e.cases[i].Label == 1 {
			fmt.Fprintf(w, "    %.3f %s %.120q\n", e.outs[i].score, e.cases[i].ID, e.cases[i].Derived)
			n++
		}
	}
	fmt.Fprintln(w, "  highest-scored inconsistent:")
	for k, n := len(sorted)-1, 0; k >= 0 && n < 5; k-- {
		if i := sorted[k]; e.cases[i].Label == 0 {
			fmt.Fprintf(w, "    %.3f %s [%s] %.120q\n", e.outs[i].score, e.cases[i].ID, e.cases[i].Kind, e.cases[i].Derived)
			n++
		}
	}
}

// findingTable writes, for each finding kind and each set of each part
// (and each part pooled), the cases it fired on by label and its
// likelihood ratio. Sets a finding never fired on are left out.
func (e *evaluation) findingTable(w io.Writer) {
	type group struct {
		part, set string
		idx       []int
	}
	var groups []group
	for _, p := range append([]string{partBench}, trainParts...) {
		bySet := map[string][]int{}
		var all []int
		for i, c := range e.cases {
			if c.part == p {
				bySet[c.set] = append(bySet[c.set], i)
				all = append(all, i)
			}
		}
		if len(all) == 0 {
			continue
		}
		groups = append(groups, group{p, "(all)", all})
		var names []string
		for n := range bySet {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			groups = append(groups, group{p, n, bySet[n]})
		}
	}
	keySet := map[string]bool{}
	for _, o := range e.outs {
		for _, k := range o.fired {
			keySet[k] = true
		}
	}
	var keys []string
	for k := range keySet {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(w, "%-16s %-16s %-14s %14s %14s %7s\n", "finding", "file", "set", "fired on C", "fired on I", "LR")
	for _, k := range keys {
		for _, g := range groups {
			f := e.firing(k, g.idx)
			if f.consistent+f.inconsistent == 0 {
				continue
			}
			fmt.Fprintf(w, "%-16s %-16s %-14s %14s %14s %7s\n", k, g.part, g.set,
				fmt.Sprintf("%d/%d", f.consistent, f.allConsistent), fmt.Sprintf("%d/%d", f.inconsistent, f.allInconsistent),
				lr(f.ratio()))
		}
	}
}

// firing counts the cases of idx that the finding key fired on, by label.
func (e *evaluation) firing(key string, idx []int) firing {
	var f firing
	for _, i := range idx {
		has := false
		for _, k := range e.outs[i].fired {
			has = has || k == key
		}
		if e.cases[i].Label == 1 {
			f.allConsistent++
			if has {
				f.consistent++
			}
		} else {
			f.allInconsistent++
			if has {
				f.inconsistent++
			}
		}
	}
	return f
}

func lr(x float64) string {
	switch {
	case math.IsNaN(x):
		return "-"
	case math.IsInf(x, 1):
		return "inf"
	}
	return fmt.Sprintf("%.2f", x)
}
