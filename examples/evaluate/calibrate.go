package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
)

// A claimData is what a claim's score is made of, as its report gives it:
// the findings' rules, the coverage and the claim's content weight. From it
// the document score can be recomputed under other factors, which is how
// -calibrate measures a refit before it writes it.
type claimData struct {
	weight   float64 // the claim's content words (at least 1), its weight in the document score
	coverage float64 // the share of its content the source carries
	content  bool    // it has a content finding, whose factor is coverage^exponent
	// contentFactor is the content finding's factor as the report gives it.
	contentFactor float64
	rules         []string  // the key of each other finding, one per finding
	factors       []float64 // their factors as the report gives them
}

// contentRule is the ID of the content rule, whose factor comes from the
// coverage and is not fitted.
const contentRule = "CO1"

// docWorst is the weight of the lowest claim score in the document score;
// calibrate writes it into score/factors.go, so this is its source.
const docWorst = 0.5

// A combiner is a set of factors and a content exponent: what turns a
// claim's findings into its score. The zero combiner keeps every factor
// the reports gave, so it reproduces the build's scores (but for the
// calibration of the document score, which is monotone).
type combiner struct {
	factors  map[string]float64 // by finding key; a key it lacks keeps the factor its report gave
	exponent float64            // 0: the content factor the report gave
}

// rescore recomputes a document score from its claims under c, as
// score.Document does: the content-weighted mean of the claim scores
// averaged with the lowest. No claims give 1.
func (c combiner) rescore(cs []claimData) float64 {
	if len(cs) == 0 {
		return 1
	}
	sum, wsum, worst := 0.0, 0.0, 1.0
	for _, cd := range cs {
		s := c.claimScore(cd)
		sum += cd.weight * s
		wsum += cd.weight
		worst = math.Min(worst, s)
	}
	return (1-docWorst)*(sum/wsum) + docWorst*worst
}

// claimScore recomputes a claim's score under c: the product of its
// findings' factors, in [0,1].
func (c combiner) claimScore(cd claimData) float64 {
	s := 1.0
	for k, r := range cd.rules {
		f, ok := c.factors[r]
		if !ok {
			f = cd.factors[k]
		}
		s *= f
	}
	switch {
	case cd.content && c.exponent == 0:
		s *= cd.contentFactor
	case cd.content:
		s *= math.Pow(cd.coverage, c.exponent)
	}
	return math.Max(0, math.Min(1, s))
}

// A stratum is one dataset's cases in a fit: the ratios are estimated
// within each dataset and then pooled, so that a rule that fires often in
// a dataset of mostly inconsistent cases does not look like evidence of
// inconsistency for that alone.
type stratum struct {
	name string
	idx  []int
}

// A ruleFit is one rule's refitted factor and the counts behind it.
type ruleFit struct {
	key                 string
	fc, nc, fi, ni      int     // cases it fired on, by label, and the cases of each label
	num, den            float64 // Mantel-Haenszel numerator and denominator
	raw, shrunk, factor float64
}

// shrinkage is the pseudo-count s of the likelihood-ratio estimate (num +
// s) / (den + s): the weight of a prior ratio of 1, equal to 20 firings on
// a balanced dataset (10 on each label, each counted 1/2). A rule that
// fired on 10 inconsistent cases and no consistent one gets 0.5; on 100,
// 0.09.
const shrinkage = 5.0

// Factor bounds: a finding never raises a claim's score, and no single
// finding takes it below a twentieth.
const minFactor, maxFactor = 0.05, 1.0

// fitRule estimates P(fires | consistent) / P(fires | inconsistent) at the
// case level with the Mantel-Haenszel risk-ratio estimator over the strata,
// num = sum fc_d nI_d / N_d, den = sum fi_d nC_d / N_d, shrinks it toward 1
// by shrinkage and caps it to [minFactor, maxFactor].
func (e *evaluation) fitRule(key string, strata []stratum) ruleFit {
	r := ruleFit{key: key}
	for _, s := range strata {
		f := e.firing(key, s.idx)
		n := float64(f.allConsistent + f.allInconsistent)
		if n == 0 {
			continue
		}
		r.fc, r.nc, r.fi, r.ni = r.fc+f.consistent, r.nc+f.allConsistent, r.fi+f.inconsistent, r.ni+f.allInconsistent
		r.num += float64(f.consistent) * float64(f.allInconsistent) / n
		r.den += float64(f.inconsistent) * float64(f.allConsistent) / n
	}
	r.raw = math.NaN()
	if r.den > 0 {
		r.raw = r.num / r.den
	}
	r.shrunk = (r.num + shrinkage) / (r.den + shrinkage)
	r.factor = round3(math.Max(minFactor, math.Min(maxFactor, r.shrunk))) // as the file writes it
	return r
}

// A curve is the calibration of the document score d:
// P(consistent) = sigmoid(a d + c ln(1 - d + eps) + b), as score.Probability
// computes it.
type curve struct{ a, b, c, eps float64 }

func (k curve) at(d float64) float64 {
	d = math.Max(0, math.Min(1, d))
	return sigmoid(k.a*d + k.c*math.Log(1-d+k.eps) + k.b)
}

// epsilonGrid are the offsets eps of the log term tried; the one of least
// log loss on summaries.train is kept.
var epsilonGrid = []float64{0.001, 0.003, 0.01, 0.03, 0.1}

// fitCurve fits a curve to cs by maximum likelihood (Newton's method, a
// tiny ridge that keeps it finite on separable data) for each eps of the
// grid, and keeps the one of least log loss. The curve must rise with d:
// a fit with a < 0 or c > 0 is refitted with one term, then with none. The
// coefficients are rounded to four places, as the factors file writes them,
// before the loss is measured. It returns each eps's log loss too.
func fitCurve(cs []labelled) (curve, map[float64]float64) {
	const ridge = 1e-6
	fit := func(eps float64, useD, useLog bool) curve {
		var xs [][]float64
		ys, ws := make([]int, len(cs)), make([]float64, len(cs))
		for n, c := range cs {
			var x []float64
			if useD {
				x = append(x, c.score)
			}
			if useLog {
				x = append(x, math.Log(1-math.Max(0, math.Min(1, c.score))+eps))
			}
			xs = append(xs, x)
			ys[n], ws[n] = c.label, 1
		}
		w, b := logistic(xs, ys, ws, ridge)
		k := curve{b: b, eps: eps}
		if useD {
			k.a, w = w[0], w[1:]
		}
		if useLog {
			k.c = w[0]
		}
		return k
	}
	loss := func(k curve) float64 {
		l := 0.0
		for _, c := range cs {
			p := k.at(c.score)
			if c.label == 0 {
				p = 1 - p
			}
			l -= math.Log(math.Max(p, 1e-12))
		}
		return l / float64(max(1, len(cs)))
	}
	losses := map[float64]float64{}
	best, bestLoss := curve{}, math.Inf(1)
	for _, eps := range epsilonGrid {
		// Both terms; where that falls, one of them; where both fall, none.
		epsBest, epsLoss := curve{}, math.Inf(1)
		for _, terms := range [][2]bool{{true, true}, {true, false}, {false, true}, {false, false}} {
			k := fit(eps, terms[0], terms[1])
			k.a, k.b, k.c = round4(k.a), round4(k.b), round4(k.c)
			if k.a < 0 || k.c > 0 {
				continue
			}
			if l := loss(k); l < epsLoss-1e-12 {
				epsBest, epsLoss = k, l
			}
			break
		}
		losses[eps] = epsLoss
		if epsLoss < bestLoss-1e-12 {
			best, bestLoss = epsBest, epsLoss
		}
	}
	return best, losses
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// meanAUC is the mean of the ROC AUCs of the strata, each dataset counting
// once: the objective the content exponent is chosen on.
func meanAUC(strata []stratum, score func(i int) float64, label func(i int) int) float64 {
	total, n := 0.0, 0
	for _, s := range strata {
		cs := make([]labelled, len(s.idx))
		for k, i := range s.idx {
			cs[k] = labelled{score(i), label(i)}
		}
		total += rocAUC(cs)
		n++
	}
	if n == 0 {
		return math.NaN()
	}
	return total / float64(n)
}

// strataOf returns one stratum per set of the given parts, in a fixed order.
func (e *evaluation) strataOf(parts ...string) []stratum {
	var out []stratum
	for _, p := range parts {
		bySet := map[string][]int{}
		for i, c := range e.cases {
			if c.part == p {
				bySet[c.set] = append(bySet[c.set], i)
			}
		}
		var names []string
		for n := range bySet {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			out = append(out, stratum{p + "/" + n, bySet[n]})
		}
	}
	return out
}

// factorParts are the files the factors are fitted on.
var factorParts = []string{partSummariesTrain, partClaimsTrain}

// heldOutScores returns, for each dataset of the train files, every case's
// probability under the factors, content exponent and curve refitted
// (calibrate) without that dataset's cases: what the LODO column measures
// a fitted scorer by, so that a dataset is left out of the fit as well as
// out of the threshold's pool. A case that could not be checked scores 0,
// as in the build. The rules are those that fired on some case (one that
// never fires changes no score). Made once; a dataset whose removal leaves
// nothing to fit on is left out of the map.
func (e *evaluation) heldOutScores() map[string][]float64 {
	if e.heldOut != nil {
		return e.heldOut
	}
	e.heldOut = map[string][]float64{}
	seen := map[string]bool{}
	var keys, fitted []string
	for i, c := range e.cases {
		for _, cd := range e.outs[i].claims {
			for _, r := range cd.rules {
				if !seen[r] {
					seen[r] = true
					keys = append(keys, r)
				}
			}
		}
		if slices.Contains(factorParts, c.part) && !seen["dataset "+c.Dataset] {
			seen["dataset "+c.Dataset] = true
			fitted = append(fitted, c.Dataset)
		}
	}
	sort.Strings(keys)
	for _, d := range fitted {
		cal, err := e.calibrate(keys, factorParts, d)
		if err != nil {
			continue
		}
		sc := make([]float64, len(e.cases))
		for i := range e.outs {
			if e.outs[i].err == nil {
				sc[i] = cal.probability(cal.combiner.rescore(e.outs[i].claims))
			}
		}
		e.heldOut[d] = sc
	}
	return e.heldOut
}

// A calibration is everything -calibrate fits.
type calibration struct {
	rules     []ruleFit
	combiner  combiner
	exponents map[float64]float64 // exponent tried -> mean AUC on the exponent strata
	curve     curve               // the calibration of the document score
	epsLoss   map[float64]float64 // eps tried -> log loss on summaries.train
	threshold float64             // on the calibrated probability
	trainBA   float64
}

// exponentGrid are the content exponents tried.
var exponentGrid = []float64{0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 1, 1.25, 1.5, 2}

// calibrate fits the factors on factorParts, the content exponent and the
// Platt scaling on summaries.train, and the default threshold on the
// calibrated probability of summaries.train, each without the cases of the
// dataset leftOut ("" leaves none out). It never reads val cases.
func (e *evaluation) calibrate(keys []string, factorParts []string, leftOut string) (*calibration, error) {
	for _, p := range factorParts {
		if p == partSummariesVal || p == partClaimsVal {
			return nil, fmt.Errorf("calibrate: %s is for measuring, never for fitting", p)
		}
	}
	without := func(ss []stratum) []stratum {
		return slices.DeleteFunc(ss, func(s stratum) bool { return len(s.idx) > 0 && e.cases[s.idx[0]].Dataset == leftOut })
	}
	strata := without(e.strataOf(factorParts...))
	cal := &calibration{combiner: combiner{factors: map[string]float64{}}, exponents: map[float64]float64{}}
	for _, k := range keys {
		r := e.fitRule(k, strata)
		cal.rules = append(cal.rules, r)
		cal.combiner.factors[k] = r.factor
	}
	train := without(e.strataOf(partSummariesTrain))
	if len(train) == 0 {
		return nil, fmt.Errorf("calibrate: no summaries.train cases to calibrate the document score on")
	}
	label := func(i int) int { return e.cases[i].Label }
	best := math.Inf(-1)
	for _, x := range exponentGrid {
		c := combiner{factors: cal.combiner.factors, exponent: x}
		auc := meanAUC(train, func(i int) float64 { return c.rescore(e.outs[i].claims) }, label)
		cal.exponents[x] = auc
		if auc > best+1e-9 {
			best, cal.combiner.exponent = auc, x
		}
	}
	var all []labelled
	for _, s := range train {
		for _, i := range s.idx {
			all = append(all, labelled{cal.combiner.rescore(e.outs[i].claims), e.cases[i].Label})
		}
	}
	cal.curve, cal.epsLoss = fitCurve(all)
	for k := range all {
		all[k].score = cal.probability(all[k].score)
	}
	t, _ := bestThreshold(all)
	cal.threshold = math.Round(t*100) / 100
	cal.trainBA = balancedAccuracy(all, cal.threshold)
	return cal, nil
}

// probability maps a document score to the calibrated probability that
// the text is consistent.
func (c *calibration) probability(s float64) float64 { return c.curve.at(s) }

// rescoreCheck compares the pooled AUC of the document scores recomputed by
// the zero combiner with the build's own: the recomputation must rank the
// cases as score.Document does, or no refit it predicts can be trusted.
func (e *evaluation) rescoreCheck() (recomputed, built float64) {
	var a, b []labelled
	for i := range e.outs {
		if e.outs[i].err != nil {
			continue
		}
		a = append(a, labelled{combiner{}.rescore(e.outs[i].claims), e.cases[i].Label})
		b = append(b, labelled{e.outs[i].score, e.cases[i].Label})
	}
	return rocAUC(a), rocAUC(b)
}

// refit fits the factors, prints what it fitted, adds the refit to the
// table as a scorer with its default threshold, and writes the factors
// file.
func (e *evaluation) refit(cfg config, w io.Writer) error {
	ids, err := ruleIDs(cfg.scoreDir)
	if err != nil {
		return err
	}
	ids = slices.DeleteFunc(ids, func(id string) bool { return id == contentRule })
	cal, err := e.calibrate(ids, factorParts, "")
	if err != nil {
		return err
	}
	current := map[string]float64{}
	for i := range e.outs {
		for _, cd := range e.outs[i].claims {
			for k, r := range cd.rules {
				if _, ok := current[r]; !ok {
					current[r] = cd.factors[k]
				}
			}
		}
	}
	fmt.Fprintf(w, "refit on %s, by dataset (bench and val not fitted on):\n", strings.Join(factorParts, " + "))
	fmt.Fprintf(w, "%-6s %14s %14s %7s %7s %7s %7s\n", "rule", "fired on C", "fired on I", "ratio", "shrunk", "factor", "was")
	for _, r := range cal.rules {
		was := "-"
		if f, ok := current[r.key]; ok {
			was = fmt.Sprintf("%.3f", f)
		}
		fmt.Fprintf(w, "%-6s %14s %14s %7s %7.3f %7.3f %7s\n", r.key, fmt.Sprintf("%d/%d", r.fc, r.nc), fmt.Sprintf("%d/%d", r.fi, r.ni),
			lr(r.raw), r.shrunk, r.factor, was)
	}
	var grid []string
	for _, x := range exponentGrid {
		grid = append(grid, fmt.Sprintf("%g %.4f", x, cal.exponents[x]))
	}
	fmt.Fprintf(w, "content exponent by mean AUC over summaries.train's datasets: %s; chosen %g\n", strings.Join(grid, ", "), cal.combiner.exponent)
	grid = grid[:0]
	for _, x := range epsilonGrid {
		grid = append(grid, fmt.Sprintf("%g %.4f", x, cal.epsLoss[x]))
	}
	fmt.Fprintf(w, "offset of the log term by log loss on summaries.train: %s; chosen %g\n", strings.Join(grid, ", "), cal.curve.eps)
	fmt.Fprintf(w, "calibration: P(consistent) = 1/(1+exp(-(%g raw + %g ln(1 - raw + %g) + %g))); default threshold %.2f (BA %.1f on summaries.train)\n\n",
		cal.curve.a, cal.curve.c, cal.curve.eps, cal.curve.b, cal.threshold, 100*cal.trainBA)
	for i := range e.outs {
		e.outs[i].refit = cal.probability(cal.combiner.rescore(e.outs[i].claims))
	}
	e.reliability(w, func(i int) float64 { return e.outs[i].refit })
	if cfg.ablate {
		e.ablate(w, cal.combiner, ids)
	}
	e.addScorer(scorer{"refit (predicted)", func(o *outcome) float64 { return o.refit }, cal.threshold, true})
	d := fitData{factorParts: factorParts, cases: map[string][2]int{}}
	for _, c := range e.cases {
		n := d.cases[c.part]
		n[1-c.Label]++
		d.cases[c.part] = n
	}
	return writeFile(cfg.factorsOut, func(out io.Writer) error { return writeFactors(out, cal, contentRule, d) })
}

// reliability writes, per tenth of the calibrated probability, the cases
// of each part that fall in it, their mean probability and the share of
// them humans judged consistent: calibrated, the two agree.
func (e *evaluation) reliability(w io.Writer, prob func(i int) float64) {
	parts := []string{partSummariesTrain, partSummariesVal, partBench}
	fmt.Fprintln(w, "calibration by tenth of the probability (cases, mean probability, share consistent):")
	line := fmt.Sprintf("%-10s", "")
	for _, p := range parts {
		line += fmt.Sprintf(" %-24s", p)
	}
	fmt.Fprintln(w, strings.TrimRight(line, " "))
	for bin := range 10 {
		line := fmt.Sprintf("%.1f-%.1f   ", float64(bin)/10, float64(bin+1)/10)
		for _, p := range parts {
			n, sum, pos := 0, 0.0, 0
			for i, c := range e.cases {
				if c.part != p {
					continue
				}
				q := prob(i)
				if min(int(q*10), 9) != bin {
					continue
				}
				n++
				sum += q
				pos += c.Label
			}
			if n == 0 {
				line += fmt.Sprintf(" %-24s", "-")
				continue
			}
			line += fmt.Sprintf(" %-24s", fmt.Sprintf("%5d %.2f %.2f", n, sum/float64(n), float64(pos)/float64(n)))
		}
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	fmt.Fprintln(w)
}

// ablate writes, for each rule, what its factor is worth on each val
// dataset and bench set: the ROC AUC under the combiner less the AUC with
// that rule's factor set to 1, and on how many cases it fired. A rule helps
// on a dataset when it fired on at least minFirings cases there and the AUC
// drops by more than 0.002 without it. The factor is set to 1 rather than
// the rule removed, so a contradiction it would still mark, and the words
// it explains to the content rule, are not measured here.
func (e *evaluation) ablate(w io.Writer, c combiner, keys []string) {
	const minFirings = 30
	var rows []row
	for _, r := range e.rows {
		if !strings.HasSuffix(r.name, "(all)") && !strings.HasPrefix(r.name, "claims-val/") {
			rows = append(rows, r)
		}
	}
	auc := func(c combiner, r row) float64 {
		cs := make([]labelled, len(r.idx))
		for k, i := range r.idx {
			cs[k] = labelled{c.rescore(e.outs[i].claims), e.cases[i].Label}
		}
		return rocAUC(cs)
	}
	base := make([]float64, len(rows))
	for k, r := range rows {
		base[k] = auc(c, r)
	}
	fmt.Fprintf(w, "what each factor is worth: AUC with it less AUC with it at 1, x100, where it fired on %d or more cases (firings in brackets)\n", minFirings)
	for _, key := range keys {
		if f, ok := c.factors[key]; !ok || f >= 1 {
			continue
		}
		off := combiner{factors: map[string]float64{}, exponent: c.exponent}
		for k, v := range c.factors {
			off.factors[k] = v
		}
		off.factors[key] = 1
		helps, hurts := 0, 0
		var parts []string
		for k, r := range rows {
			f := e.firing(key, r.idx)
			n := f.consistent + f.inconsistent
			if n < minFirings {
				continue
			}
			d := base[k] - auc(off, r)
			switch {
			case d > 0.002:
				helps++
			case d < -0.002:
				hurts++
			}
			parts = append(parts, fmt.Sprintf("%s %+.1f (%d)", r.name, 100*d, n))
		}
		fmt.Fprintf(w, "%s %.3f: helps on %d, hurts on %d: %s\n", key, c.factors[key], helps, hurts, strings.Join(parts, ", "))
	}
	fmt.Fprintln(w)
}
