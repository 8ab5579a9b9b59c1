package main

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// -designs measures other ways of turning a report into the probability
// that the text is consistent, against the build's: other aggregations of
// the claim scores (the mean, the worst claim, a noisy-or), and logistic
// models over the document score and features every case has (how much of
// the derived text is copied from the source, its length, its number of
// claims). Each design is fitted on summaries.train only and measured as
// the build is: LODO, tr-val (its threshold of best balanced accuracy on
// summaries.train), AUC and the log loss on summaries.val.

// docFeatures are what a design may use of one case.
type docFeatures struct {
	score   float64 // the document score, as built
	mean    float64 // the content-weighted mean of the claim scores
	worst   float64 // the lowest claim score
	noisyOr float64 // the log of the product of the claim scores, each taken at 0.01 or more
	copy2   float64 // the share of the derived text's word bigrams found in the source
	copy3   float64 // the share of its word trigrams found in the source
	copied  float64 // the share of its claims (by content weight) with 90% of their trigrams in the source
	words   float64 // the derived text's words
	claims  float64 // its claims
	// claimP and claimAll come from each claim's score calibrated before
	// aggregation (claimCurve): the build's aggregation of the claim
	// probabilities (content-weighted mean averaged with the lowest), and
	// the log of their product, the probability that every claim holds.
	claimP, claimAll float64
}

// features computes the features of case i from its texts and report.
func (e *evaluation) features(i int) docFeatures {
	c, o := e.cases[i], &e.outs[i]
	sw, dw := words(c.Source), words(c.Derived)
	f := docFeatures{score: o.score, copy2: copyShare(sw, dw, 2), copy3: copyShare(sw, dw, 3), words: float64(len(dw)), claims: float64(len(o.claims)), mean: 1, worst: 1}
	sum, wsum, copied := 0.0, 0.0, 0.0
	for k, cd := range o.claims {
		if k < len(o.claimTexts) && copyShare(sw, words(o.claimTexts[k]), 3) >= 0.9 {
			copied += cd.weight
		}
		s := (combiner{}).claimScore(cd)
		sum += cd.weight * s
		wsum += cd.weight
		f.worst = math.Min(f.worst, s)
		f.noisyOr += math.Log(math.Max(s, 0.01))
	}
	if wsum > 0 {
		f.mean, f.copied = sum/wsum, copied/wsum
	}
	return f
}

// calibrateClaims sets each case's claimP and claimAll: every claim's score
// is read as the probability that the claim is consistent through a curve
// of the build's form fitted on the one-claim texts of summaries.train
// (where the text's label is its claim's), before the claims are
// aggregated.
func (e *evaluation) calibrateClaims(feats []docFeatures) {
	var cs []labelled
	for i, c := range e.cases {
		if c.part == partSummariesTrain && e.outs[i].err == nil && len(e.outs[i].claims) == 1 {
			cs = append(cs, labelled{(combiner{}).claimScore(e.outs[i].claims[0]), c.Label})
		}
	}
	if len(cs) == 0 {
		return
	}
	k, _ := fitCurve(cs)
	for i := range e.outs {
		sum, wsum, worst, all := 0.0, 0.0, 1.0, 0.0
		for _, cd := range e.outs[i].claims {
			p := k.at((combiner{}).claimScore(cd))
			sum += cd.weight * p
			wsum += cd.weight
			worst = math.Min(worst, p)
			all += math.Log(math.Max(p, 1e-6))
		}
		feats[i].claimP, feats[i].claimAll = k.at(1), 0
		if wsum > 0 {
			feats[i].claimP, feats[i].claimAll = (sum/wsum+worst)/2, all
		}
	}
}

// copyShare is the share of the n-grams of derived (word sequences) that
// occur in source; 1 when derived has none.
func copyShare(source, derived []string, n int) float64 {
	have := map[string]bool{}
	for i := 0; i+n <= len(source); i++ {
		have[strings.Join(source[i:i+n], " ")] = true
	}
	all, found := 0, 0
	for i := 0; i+n <= len(derived); i++ {
		all++
		if have[strings.Join(derived[i:i+n], " ")] {
			found++
		}
	}
	if all == 0 {
		return 1
	}
	return float64(found) / float64(all)
}

// A design is one way of scoring a case: a logistic model over x, fitted
// on summaries.train, on its natural mix of datasets and labels or with
// each dataset and label weighted alike (balanced), so that a feature is
// not credited with a dataset's share of consistent cases.
type design struct {
	name     string
	balanced bool
	x        func(f docFeatures) []float64
}

func ln(x float64) float64 { return math.Log(math.Max(x, 1e-3)) }

var designs = []design{
	{"score, Platt", false, func(f docFeatures) []float64 { return []float64{f.score} }},
	{"score, ln(1-s)", false, func(f docFeatures) []float64 { return []float64{f.score, math.Log(1 - f.score + 0.001)} }},
	{"mean claim", false, func(f docFeatures) []float64 { return []float64{f.mean} }},
	{"worst claim", false, func(f docFeatures) []float64 { return []float64{f.worst} }},
	{"mean/4+3worst/4", false, func(f docFeatures) []float64 { return []float64{f.mean/4 + 3*f.worst/4} }},
	{"noisy-or", false, func(f docFeatures) []float64 { return []float64{f.noisyOr} }},
	{"mean, worst", true, func(f docFeatures) []float64 { return []float64{f.mean, f.worst} }},
	{"claim P, mean+worst", false, func(f docFeatures) []float64 { return []float64{f.claimP} }},
	{"claim P, all hold", false, func(f docFeatures) []float64 { return []float64{f.claimAll} }},
	{"score, copy", false, func(f docFeatures) []float64 { return []float64{f.score, f.copy3} }},
	{"score, copy (bal)", true, func(f docFeatures) []float64 { return []float64{f.score, f.copy3} }},
	{"score, copy2", false, func(f docFeatures) []float64 { return []float64{f.score, f.copy2} }},
	{"score, copied cl", false, func(f docFeatures) []float64 { return []float64{f.score, f.copied} }},
	{"score, copied (bal)", true, func(f docFeatures) []float64 { return []float64{f.score, f.copied} }},
	{"score*copy", false, func(f docFeatures) []float64 { return []float64{f.score, f.copy3, f.score * f.copy3} }},
	{"score*copy (bal)", true, func(f docFeatures) []float64 { return []float64{f.score, f.copy3, f.score * f.copy3} }},
	{"s, ln(1-s), claims", false, func(f docFeatures) []float64 {
		return []float64{f.score, math.Log(1 - f.score + 0.001), ln(f.claims)}
	}},
	{"s, ln(1-s), words", false, func(f docFeatures) []float64 {
		return []float64{f.score, math.Log(1 - f.score + 0.001), ln(f.words)}
	}},
	{"score, len", false, func(f docFeatures) []float64 { return []float64{f.score, ln(f.words), ln(f.claims)} }},
	{"score, copy, len", false, func(f docFeatures) []float64 { return []float64{f.score, f.copy3, ln(f.words), ln(f.claims)} }},
	{"s, copy, len (bal)", true, func(f docFeatures) []float64 { return []float64{f.score, f.copy3, ln(f.words), ln(f.claims)} }},
}

// designRidge is the L2 penalty of the design fits on their standardised
// features (a handful of coefficients on 6,486 cases: it only keeps them
// finite).
const designRidge = 1.0

// fitDesign fits d on the summaries.train cases and returns its
// probability for every case.
func (e *evaluation) fitDesign(d design, feats []docFeatures) []float64 {
	var train []int
	cell := map[string]float64{}
	for i, c := range e.cases {
		if c.part == partSummariesTrain {
			train = append(train, i)
			cell[fmt.Sprint(c.set, c.Label)]++
		}
	}
	out := make([]float64, len(e.cases))
	if len(train) == 0 {
		return out
	}
	k := len(d.x(feats[train[0]]))
	mu, sd := make([]float64, k), make([]float64, k)
	for _, i := range train {
		for j, v := range d.x(feats[i]) {
			mu[j] += v / float64(len(train))
		}
	}
	for _, i := range train {
		for j, v := range d.x(feats[i]) {
			sd[j] += (v - mu[j]) * (v - mu[j]) / float64(len(train))
		}
	}
	std := func(i int) []float64 {
		x := d.x(feats[i])
		for j := range x {
			x[j] = (x[j] - mu[j]) / (math.Sqrt(sd[j]) + 1e-12)
		}
		return x
	}
	xs, ys, ws := make([][]float64, len(train)), make([]int, len(train)), make([]float64, len(train))
	for n, i := range train {
		xs[n], ys[n], ws[n] = std(i), e.cases[i].Label, 1
		if d.balanced {
			ws[n] = float64(len(train)) / float64(len(cell)) / cell[fmt.Sprint(e.cases[i].set, e.cases[i].Label)]
		}
	}
	w, b := logistic(xs, ys, ws, designRidge)
	for i := range e.cases {
		z := b
		for j, v := range std(i) {
			z += w[j] * v
		}
		out[i] = sigmoid(z)
	}
	return out
}

// logistic fits P(y = 1 | x) = sigmoid(w.x + b) by weighted maximum
// likelihood with an L2 penalty lambda on w (not b), by Newton's method.
func logistic(xs [][]float64, ys []int, ws []float64, lambda float64) ([]float64, float64) {
	k := len(xs[0])
	w := make([]float64, k+1) // w[k] is the bias
	x1 := make([]float64, k+1)
	for range 100 {
		g := make([]float64, k+1)
		h := make([][]float64, k+1)
		for j := range h {
			h[j] = make([]float64, k+1)
		}
		for n, x := range xs {
			copy(x1, x)
			x1[k] = 1
			z := 0.0
			for j := range x1 {
				z += w[j] * x1[j]
			}
			p := sigmoid(z)
			d, q := (p-float64(ys[n]))*ws[n], p*(1-p)*ws[n]
			for a := range x1 {
				g[a] += d * x1[a]
				for c := range x1 {
					h[a][c] += q * x1[a] * x1[c]
				}
			}
		}
		for j := range k {
			g[j] += lambda * w[j]
			h[j][j] += lambda
		}
		h[k][k] += 1e-9
		step := solve(h, g)
		if step == nil {
			break
		}
		moved := 0.0
		for j := range w {
			w[j] -= step[j]
			moved += math.Abs(step[j])
		}
		if moved < 1e-10 {
			break
		}
	}
	return w[:k], w[k]
}

// solve solves a x = b by Gaussian elimination with partial pivoting; nil
// when a is singular.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if math.Abs(m[p][c]) < 1e-15 {
			return nil
		}
		m[c], m[p] = m[p], m[c]
		for r := range n {
			if r != c {
				f := m[r][c] / m[c][c]
				for k := c; k <= n; k++ {
					m[r][k] -= f * m[c][k]
				}
			}
		}
	}
	x := make([]float64, n)
	for i := range n {
		x[i] = m[i][n] / m[i][i]
	}
	return x
}

// compareDesigns fits every design and writes, for each, LODO/tr-val/AUC on
// each bench set and pooled row, and the log loss on summaries.val; then
// the share of consistent cases by band of the document score and of the
// copied trigrams.
func (e *evaluation) compareDesigns(w io.Writer) {
	feats := make([]docFeatures, len(e.cases))
	for i := range e.cases {
		feats[i] = e.features(i)
	}
	e.calibrateClaims(feats)
	// The scorers find their case's score by its index, on a copy of the
	// outcomes (a repeated derived text shares its first case's outcome).
	sub := &evaluation{cases: e.cases, outs: append([]outcome(nil), e.outs...), rows: e.rows}
	for i := range sub.outs {
		sub.outs[i].index = i
	}
	sub.addScorer(asBuilt)
	for _, d := range designs {
		p := e.fitDesign(d, feats)
		sub.addScorer(scorer{d.name, func(o *outcome) float64 { return p[o.index] }, math.NaN(), false})
	}
	var rows []row
	for _, r := range e.rows {
		if strings.HasPrefix(r.name, "bench/") || strings.HasSuffix(r.name, "(all)") {
			rows = append(rows, r)
		}
	}
	fmt.Fprintln(w, "designs fitted on summaries.train; each cell LODO/tr-val/AUC:")
	head := fmt.Sprintf("%-18s", "design")
	for _, r := range rows {
		head += fmt.Sprintf(" %16s", strings.TrimPrefix(r.name, "bench/"))
	}
	fmt.Fprintln(w, head+"  val log loss")
	for si, s := range sub.scorers {
		line := fmt.Sprintf("%-18s", s.name)
		for _, r := range rows {
			f := sub.measure(si, r)
			line += fmt.Sprintf(" %16s", fmt.Sprintf("%s/%s/%.3f", pct(f.lodo), pct(f.trainVal), f.auc))
		}
		loss, n := 0.0, 0
		for i, c := range e.cases {
			if c.part == partSummariesVal {
				p := s.of(&sub.outs[i])
				if c.Label == 0 {
					p = 1 - p
				}
				loss -= math.Log(math.Max(p, 1e-12))
				n++
			}
		}
		fmt.Fprintf(w, "%s  %.4f\n", line, loss/float64(max(n, 1)))
	}
	fmt.Fprintln(w)
	sub.meanThresholds(w, rows)
	e.fixedThresholds(w, rows)
	e.copyBands(w, feats)
	e.twoThresholds(w, feats, rows)
}

// twoThresholds fits, on summaries.train, a rule with two thresholds on the
// build's probability: a higher one for texts that copy at least a share k
// of their trigrams from the source, which would let the near-copies of
// CNN/DM-like sets be held to a higher score than abstractive summaries.
// k, and the two thresholds are chosen by a grid for the best mean
// balanced accuracy over the datasets of summaries.train (each dataset
// counting once), or for the best on all of it pooled; k = 2 is one
// threshold. It writes each fit's balanced accuracy on every row.
func (e *evaluation) twoThresholds(w io.Writer, feats []docFeatures, rows []row) {
	strata := e.strataOf(partSummariesTrain)
	rule := func(i int, k, hi, lo float64) bool {
		t := lo
		if feats[i].copy3 >= k {
			t = hi
		}
		return e.outs[i].prob >= t
	}
	baOf := func(idx []int, k, hi, lo float64) float64 {
		var v tally
		for _, i := range idx {
			v.add(rule(i, k, hi, lo), e.cases[i].Label)
		}
		return v.ba()
	}
	for _, obj := range []string{"mean", "pooled"} {
		var pooled []int
		for _, s := range strata {
			pooled = append(pooled, s.idx...)
		}
		best, bk, bh, bl := -1.0, 0.0, 0.0, 0.0
		for _, k := range []float64{0.4, 0.5, 0.6, 0.7, 0.8, 2} {
			for hi := 0.30; hi <= 0.80; hi += 0.01 {
				for lo := 0.30; lo <= 0.55; lo += 0.01 {
					m := 0.0
					if obj == "mean" {
						for _, s := range strata {
							m += baOf(s.idx, k, hi, lo) / float64(len(strata))
						}
					} else {
						m = baOf(pooled, k, hi, lo)
					}
					if m > best+1e-9 {
						best, bk, bh, bl = m, k, hi, lo
					}
				}
			}
		}
		line := fmt.Sprintf("two thresholds fitted for the %s BA of summaries.train: copy >= %.1f: %.2f, else %.2f (train %.1f):", obj, bk, bh, bl, 100*best)
		for _, r := range rows {
			line += fmt.Sprintf(" %s %.1f", strings.TrimPrefix(r.name, "bench/"), 100*baOf(r.idx, bk, bh, bl))
		}
		fmt.Fprintln(w, line)
	}
}

// fixedThresholds writes the balanced accuracy of the build's probability
// at a few fixed thresholds on each row: how far one threshold is from
// suiting every kind of text.
func (e *evaluation) fixedThresholds(w io.Writer, rows []row) {
	ts := []float64{0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7}
	fmt.Fprintln(w, "balanced accuracy of claimcheck's probability at a fixed threshold:")
	line := fmt.Sprintf("%-18s", "")
	for _, t := range ts {
		line += fmt.Sprintf(" %5.2f", t)
	}
	fmt.Fprintln(w, line)
	for _, r := range rows {
		cs := make([]labelled, len(r.idx))
		for k, i := range r.idx {
			cs[k] = labelled{e.outs[i].prob, e.cases[i].Label}
		}
		line := fmt.Sprintf("%-18s", strings.TrimPrefix(r.name, "bench/"))
		for _, t := range ts {
			line += fmt.Sprintf(" %5.1f", 100*balancedAccuracy(cs, t))
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintln(w)
}

// copyBands writes the share of consistent cases (and the cases) by band
// of the document score and of the copied trigrams, for summaries.train
// pooled, each of its datasets and each bench set.
func (e *evaluation) copyBands(w io.Writer, feats []docFeatures) {
	scoreBands := []float64{0.8, 0.95, 0.9995} // [0,.8) [.8,.95) [.95,1) 1
	copyBands := []float64{0.2, 0.6}           // [0,.2) [.2,.6) [.6,1]
	band := func(cuts []float64, x float64) int {
		k := 0
		for k < len(cuts) && x >= cuts[k] {
			k++
		}
		return k
	}
	fmt.Fprintln(w, "share consistent (cases) by document score, then by the share of trigrams copied from the source (<.2, .2-.6, >=.6):")
	fmt.Fprintf(w, "%-26s %-31s %-31s %-31s %s\n", "", "score < .8", ".8-.95", ".95-1", "1")
	var pooled []int
	for i, c := range e.cases {
		if c.part == partSummariesTrain {
			pooled = append(pooled, i)
		}
	}
	strata := append([]stratum{{partSummariesTrain + " (all)", pooled}}, e.strataOf(partSummariesTrain, partBench)...)
	for _, s := range strata {
		var n, c [4][3]int
		for _, i := range s.idx {
			a, b := band(scoreBands, feats[i].score), band(copyBands, feats[i].copy3)
			n[a][b]++
			c[a][b] += e.cases[i].Label
		}
		line := fmt.Sprintf("%-26s", s.name)
		for a := range 4 {
			for b := range 3 {
				cell := "-"
				if n[a][b] > 0 {
					cell = fmt.Sprintf("%.2f (%d)", float64(c[a][b])/float64(n[a][b]), n[a][b])
				}
				line += fmt.Sprintf(" %-10s", cell)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	fmt.Fprintln(w)
}

// bestMeanThreshold returns the threshold of best mean balanced accuracy
// over the groups of cs (each group, a dataset, counting once; a group of
// one label is left out), and that mean: a threshold chosen so that it
// suits every kind of text alike rather than the commonest. Candidates are
// as bestThreshold's.
func bestMeanThreshold(cs []labelled, group []string) (float64, float64) {
	type sides struct{ c, i []float64 }
	byGroup := map[string]*sides{}
	var names []string
	var all []float64
	for k, c := range cs {
		g := byGroup[group[k]]
		if g == nil {
			g = &sides{}
			byGroup[group[k]] = g
			names = append(names, group[k])
		}
		if c.label == 1 {
			g.c = append(g.c, c.score)
		} else {
			g.i = append(g.i, c.score)
		}
		all = append(all, c.score)
	}
	if len(all) == 0 {
		return 0.5, 0
	}
	sort.Strings(names)
	var gs []*sides
	for _, n := range names {
		if g := byGroup[n]; len(g.c) > 0 && len(g.i) > 0 {
			sort.Float64s(g.c)
			sort.Float64s(g.i)
			gs = append(gs, g)
		}
	}
	if len(gs) == 0 {
		return 0.5, 0
	}
	sort.Float64s(all)
	cands := []float64{all[0] - 1e-9}
	for k := 1; k < len(all); k++ {
		if all[k] != all[k-1] {
			cands = append(cands, (all[k-1]+all[k])/2)
		}
	}
	cands = append(cands, all[len(all)-1]+1e-9)
	bestT, bestBA := cands[0], -1.0
	for _, t := range cands {
		m := 0.0
		for _, g := range gs {
			passC := len(g.c) - sort.SearchFloat64s(g.c, t)
			failI := sort.SearchFloat64s(g.i, t)
			m += (float64(passC)/float64(len(g.c)) + float64(failI)/float64(len(g.i))) / 2
		}
		if m /= float64(len(gs)); m > bestBA+1e-12 {
			bestT, bestBA = t, m
		}
	}
	return bestT, bestBA
}

// meanThresholds writes, for the first scorer (the build), LODO and tr-val
// on each row with every threshold chosen by bestMeanThreshold, each
// dataset of the pool counting once, instead of for the pooled balanced
// accuracy.
func (e *evaluation) meanThresholds(w io.Writer, rows []row) {
	choose := func(idx []int, d string) float64 {
		cs := make([]labelled, len(idx))
		gs := make([]string, len(idx))
		for k, i := range idx {
			cs[k], gs[k] = labelled{e.lodoScore(0, d, i), e.cases[i].Label}, e.cases[i].set
		}
		t, _ := bestMeanThreshold(cs, gs)
		return t
	}
	var train, pool []int
	for i, c := range e.cases {
		if c.part == partSummariesTrain {
			train = append(train, i)
		}
		if inPool(c) {
			pool = append(pool, i)
		}
	}
	tv := choose(train, "")
	lodo := map[string]float64{}
	for _, d := range e.datasets() {
		var p []int
		for _, i := range pool {
			if e.cases[i].Dataset != d {
				p = append(p, i)
			}
		}
		lodo[d] = choose(p, d)
	}
	line := fmt.Sprintf("%s, thresholds for the mean BA over datasets (LODO/tr-val; tr-val %.3f, LODO without summedits %.3f):", e.scorers[0].name, tv, lodo["summedits"])
	for _, r := range rows {
		var v tally
		tr := make([]labelled, len(r.idx))
		for k, i := range r.idx {
			d := e.cases[i].Dataset
			tr[k] = labelled{e.scorers[0].of(&e.outs[i]), e.cases[i].Label}
			v.add(e.lodoScore(0, d, i) >= lodo[d], e.cases[i].Label)
		}
		line += fmt.Sprintf(" %s %s/%s", strings.TrimPrefix(r.name, "bench/"), pct(v.ba()), pct(balancedAccuracy(tr, tv)))
	}
	fmt.Fprintln(w, line)
	fmt.Fprintln(w)
}
