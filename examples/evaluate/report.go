package main

import (
	"fmt"
	"io"
	"math"
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
}

var (
	// The build's calibrated probability has a default threshold, chosen on
	// summaries.train: its tr-val column is that threshold's. It ranks the
	// cases as the document score does.
	asBuilt  = scorer{"claimcheck", func(o *outcome) float64 { return o.prob }, claimcheck.ConsistentThreshold}
	baseline = scorer{"word overlap", func(o *outcome) float64 { return o.overlap }, math.NaN()}
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
	// thresholds[scorer][family] is the leave-one-dataset-out threshold of
	// the family; "" is the threshold of the whole pool, for families
	// outside it.
	lodo     []map[string]float64
	trainVal []float64 // per scorer, chosen on summaries.train; NaN without it
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
	e.lodo = append(e.lodo, e.lodoThresholds(s))
}

// inPool reports whether a case is one thresholds may be chosen on.
func inPool(c *benchCase) bool { return c.part == partBench || c.part == partSummariesTrain }

// lodoThresholds chooses, for each dataset of the pool, the threshold on
// the pool less that dataset, and under "" the threshold on the whole pool.
func (e *evaluation) lodoThresholds(s scorer) map[string]float64 {
	out := map[string]float64{}
	var families []string
	seen := map[string]bool{}
	var all []int
	for i, c := range e.cases {
		if !inPool(c) {
			continue
		}
		all = append(all, i)
		if !seen[c.set] {
			seen[c.set] = true
			families = append(families, c.set)
		}
	}
	if len(all) == 0 {
		return out
	}
	out[""], _ = bestThreshold(e.labelled(s, all))
	for _, f := range families {
		var pool []int
		for _, i := range all {
			if e.cases[i].set != f {
				pool = append(pool, i)
			}
		}
		if len(pool) > 0 {
			out[f], _ = bestThreshold(e.labelled(s, pool))
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
		var tp, p, tn, n int
		for k, i := range r.idx {
			t, ok := e.lodo[si][e.cases[i].set]
			if !ok {
				t = e.lodo[si][""]
			}
			if cs[k].label == 1 {
				p++
				if cs[k].score >= t {
					tp++
				}
			} else {
				n++
				if cs[k].score < t {
					tn++
				}
			}
		}
		f.lodo = ba(tp, p, tn, n)
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
			name := f
			if f == "" {
				name = "(none)"
			}
			parts = append(parts, name+" "+threshold(e.lodo[si][f]))
		}
		tv := "tr-val"
		if !math.IsNaN(s.fixed) {
			tv = "tr-val (its default)"
		}
		fmt.Fprintf(w, "%s thresholds: %s %s; LODO, by dataset left out: %s\n", s.name, tv, threshold(e.trainVal[si]), strings.Join(parts, ", "))
	}
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
