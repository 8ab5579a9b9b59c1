package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFitRule works the Mantel-Haenszel estimate out by hand. D1 has 10
// consistent and 10 inconsistent cases, x firing on 2 and 6 of them: num
// 2*10/20 = 1, den 6*10/20 = 3. D2 has 30 and 10, x firing on 3 and 4: num
// 3*10/40 = .75, den 4*30/40 = 3. The ratio is 1.75/6 = .2917 (pooling the
// counts would give (5/40)/(10/20) = .25, crediting x with D1's share of
// inconsistent cases); shrunk, (1.75+5)/(6+5) = .6136.
func TestFitRule(t *testing.T) {
	var specs []spec
	add := func(set string, label, n, firing int, key string) {
		for i := range n {
			var f []string
			if i < firing {
				f = []string{key}
			}
			specs = append(specs, spec{partSummariesTrain, set, label, 1, f})
		}
	}
	add("D1", 1, 10, 2, "x")
	add("D1", 0, 10, 6, "x")
	add("D2", 1, 30, 3, "x")
	add("D2", 0, 10, 4, "x")
	add("D2", 1, 0, 0, "")
	e := synthetic(specs)
	strata := e.strataOf(partSummariesTrain)
	if len(strata) != 2 || strata[0].name != "summaries.train/D1" {
		t.Fatalf("strata %+v", strata)
	}
	r := e.fitRule("x", strata)
	want := ruleFit{key: "x", fc: 5, nc: 40, fi: 10, ni: 20, num: 1.75, den: 6, raw: 1.75 / 6, shrunk: 6.75 / 11, factor: 0.614}
	if diff := cmp.Diff(want, r, cmp.AllowUnexported(ruleFit{}), cmp.Comparer(near)); diff != "" {
		t.Errorf("fitRule (-want +got):\n%s", diff)
	}
	if r := e.fitRule("never", strata); r.factor != 1 || !math.IsNaN(r.raw) {
		t.Errorf("a rule that never fires: %+v, want factor 1", r)
	}
	// Firing on consistent cases only, the ratio is above 1: capped at 1.
	e = synthetic([]spec{{partSummariesTrain, "D", 1, 1, []string{"y"}}, {partSummariesTrain, "D", 0, 1, nil}})
	if r := e.fitRule("y", e.strataOf(partSummariesTrain)); r.factor != 1 || r.shrunk <= 1 {
		t.Errorf("a rule of consistent cases: %+v, want shrunk > 1 and factor 1", r)
	}
}

// TestFitCurve: cases drawn exactly from the curve a=1, c=-0.5, eps=0.01,
// b=-1 at six scores (10,000 each, the share consistent the curve's
// probability) give that curve back, with eps = 0.01 of least log loss;
// and the curve rises with the score.
func TestFitCurve(t *testing.T) {
	truth := curve{a: 1, c: -0.5, eps: 0.01, b: -1}
	var cs []labelled
	for _, d := range []float64{0, 0.5, 0.8, 0.95, 0.99, 1} {
		pos := int(math.Round(10000 * truth.at(d)))
		for n := range 10000 {
			l := 0
			if n < pos {
				l = 1
			}
			cs = append(cs, labelled{d, l})
		}
	}
	k, losses := fitCurve(cs)
	if k.eps != 0.01 || math.Abs(k.a-1) > 0.01 || math.Abs(k.c+0.5) > 0.01 || math.Abs(k.b+1) > 0.01 {
		t.Errorf("fitCurve = %+v, want %+v", k, truth)
	}
	for _, eps := range epsilonGrid {
		if eps != k.eps && losses[eps] <= losses[k.eps] {
			t.Errorf("eps %g: loss %v not above the chosen %v", eps, losses[eps], losses[k.eps])
		}
	}
	for d := 0.0; d < 1; d += 0.001 {
		if k.at(d+0.001) <= k.at(d) {
			t.Fatalf("the curve falls between %v and %v", d, d+0.001)
		}
	}
	// Consistent cases that score low: the log term would make the curve
	// fall, so it is fitted without it, and still rises.
	cs = lab([]float64{0, 0, 0.9, 0.9, 0.99, 0.99, 1, 1}, []int{1, 1, 0, 1, 0, 1, 1, 1})
	if k, _ := fitCurve(cs); k.c > 0 || k.a < 0 {
		t.Errorf("a falling fit was kept: %+v", k)
	}
}

// TestRescore: a claim of weight 3 with a finding x of factor .5 and a
// content finding (coverage .25, factor .5 in its report), and a claim of
// weight 1 with none. As reported: scores .25 and 1, mean (3*.25+1)/4 =
// .4375, with the worst: (.4375+.25)/2 = .34375. With x at .8 and the
// exponent 1: .2 and 1, mean .4, (.4+.2)/2 = .3.
func TestRescore(t *testing.T) {
	cs := []claimData{
		{weight: 3, coverage: 0.25, content: true, contentFactor: 0.5, rules: []string{"x"}, factors: []float64{0.5}},
		{weight: 1, coverage: 1},
	}
	if got := (combiner{}).rescore(cs); !near(got, 0.34375) {
		t.Errorf("as reported: %v, want .34375", got)
	}
	if got := (combiner{factors: map[string]float64{"x": 0.8}, exponent: 1}).rescore(cs); !near(got, 0.3) {
		t.Errorf("refit: %v, want .3", got)
	}
	if got := (combiner{}).rescore(nil); got != 1 {
		t.Errorf("no claims: %v, want 1", got)
	}
}

// TestCalibrateNeverFitsVal: the val files are for measuring.
func TestCalibrateNeverFitsVal(t *testing.T) {
	e := synthetic([]spec{{partSummariesTrain, "D", 1, 1, nil}})
	if _, err := e.calibrate([]string{"x"}, []string{partSummariesTrain, partSummariesVal}, ""); err == nil {
		t.Error("calibrate accepted summaries.val as fitting data")
	}
}

// TestHeldOutScores: rule x fires on every inconsistent case of
// summaries.train's dataset T and on 3 of its 10 consistent ones, and
// nowhere in U. Fitted without T, x has no
// firing to go on and its factor is 1, so a case with x scores as one
// without; fitted without U, x costs points. A dataset of the bench only
// (B) gets no refit: LODO scores its rows as built.
func TestHeldOutScores(t *testing.T) {
	var cases []*benchCase
	var outs []outcome
	add := func(part, dataset string, label int, rules ...string) int {
		cd := claimData{weight: 1, coverage: 1, rules: rules}
		for range rules {
			cd.factors = append(cd.factors, 0.5)
		}
		cases = append(cases, &benchCase{ID: fmt.Sprint(len(cases)), part: part, set: dataset, Dataset: dataset, Label: label})
		outs = append(outs, outcome{claims: []claimData{cd}, fired: rules})
		return len(cases) - 1
	}
	for k := range 10 {
		if k < 3 {
			add(partSummariesTrain, "T", 1, "x")
		} else {
			add(partSummariesTrain, "T", 1)
		}
		add(partSummariesTrain, "T", 0, "x")
		add(partSummariesTrain, "U", 1)
		add(partSummariesTrain, "U", 0)
	}
	withX, without := add(partBench, "B", 0, "x"), add(partBench, "B", 1)
	e := newEvaluation(cases, outs, asBuilt)
	held := e.heldOutScores()
	if _, ok := held["B"]; ok || len(held) != 2 {
		t.Fatalf("held-out fits for %d datasets (B among them: %v); want T and U only", len(held), ok)
	}
	if a, b := held["T"][withX], held["T"][without]; !near(a, b) {
		t.Errorf("fitted without T: %v with x, %v without; want the same", a, b)
	}
	if a, b := held["U"][withX], held["U"][without]; a >= b {
		t.Errorf("fitted without U: %v with x, %v without; want x to cost", a, b)
	}
	if got, want := e.lodoScore(0, "B", withX), asBuilt.of(&e.outs[withX]); got != want {
		t.Errorf("LODO score of a bench-only dataset's case %v, want the build's %v", got, want)
	}
}

func TestRuleIDsAndFactorsFile(t *testing.T) {
	dir := t.TempDir()
	src := "package score\n\ntype Rule string\n\nconst (\n\tCD2 Rule = \"CD2\"\n\tAB1 Rule = \"AB1\"\n\tCO1 Rule = \"CO1\"\n)\n\nconst other = 1\n"
	os.WriteFile(filepath.Join(dir, "rules.go"), []byte(src), 0o644)
	os.WriteFile(filepath.Join(dir, "rules_test.go"), []byte("package score\n\nconst ZZ9 Rule = \"ZZ9\"\n"), 0o644)
	ids, err := ruleIDs(dir)
	if diff := cmp.Diff([]string{"AB1", "CD2", "CO1"}, ids); diff != "" || err != nil {
		t.Errorf("ruleIDs: %v (-want +got):\n%s", err, diff)
	}
	os.WriteFile(filepath.Join(dir, "bad.go"), []byte("package score\n\nconst EF3 Rule = \"ef3\"\n"), 0o644)
	if _, err := ruleIDs(dir); err == nil {
		t.Error("a rule whose value is not its name was accepted")
	}
	if _, err := ruleIDs(t.TempDir()); err == nil {
		t.Error("a folder without rules gave no error")
	}

	cal := &calibration{
		rules:     []ruleFit{{key: "AB1", fc: 5, nc: 40, fi: 10, ni: 20, raw: 0.2917, factor: 0.614}, {key: "CD2", nc: 40, ni: 20, raw: math.NaN(), factor: 1}},
		combiner:  combiner{exponent: 0.5},
		exponents: map[float64]float64{0.5: 0.7},
		curve:     curve{a: 3.25, c: -0.4, eps: 0.01, b: -2.5},
		epsLoss:   map[float64]float64{0.01: 0.55},
		threshold: 0.44, trainBA: 0.687,
	}
	var b bytes.Buffer
	if err := writeFactors(&b, cal, "CO1", fitData{factorParts: []string{partSummariesTrain}, cases: map[string][2]int{partSummariesTrain: {40, 20}}}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"// Code generated by go run ./examples/evaluate -calibrate; DO NOT EDIT.\n\npackage score\n",
		"summaries.train (40 consistent, 20 inconsistent cases)",
		"\tAB1: 0.614, // C 5/40, I 10/20; ratio 0.29\n",
		"\tCD2: 1,     // C 0/40, I 0/20; ratio -\n",
		"\tcontentExponent = 0.5\n",

		"const ConsistentThreshold = 0.44\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("factors file lacks %q:\n%s", want, b.String())
		}
	}
	// gofmt aligns the constants of one block: compare with runs of blanks
	// as one space.
	spaced := regexp.MustCompile(`[ \t]+`).ReplaceAllString(b.String(), " ")
	for _, want := range []string{"\n plattA = 3.25\n", "\n plattLog = -0.4\n", "\n plattEpsilon = 0.01\n", "\n plattB = -2.5\n", "0.01: 0.5500,"} {
		if !strings.Contains(spaced, want) {
			t.Errorf("factors file lacks %q:\n%s", want, b.String())
		}
	}
}

// TestCopyShare: "the cat sat on" has the trigrams "the cat sat" (in the
// source) and "cat sat on" (not): 1/2. Bigrams: "the cat", "cat sat" in
// it, "sat on" not: 2/3. A text too short for a trigram counts as copied.
func TestCopyShare(t *testing.T) {
	src := words("The cat sat by the door.")
	if got := copyShare(src, words("the cat sat on"), 3); !near(got, 0.5) {
		t.Errorf("trigrams: %v, want .5", got)
	}
	if got := copyShare(src, words("the cat sat on"), 2); !near(got, 2.0/3) {
		t.Errorf("bigrams: %v, want 2/3", got)
	}
	if got := copyShare(src, words("cat"), 3); got != 1 {
		t.Errorf("no trigram: %v, want 1", got)
	}
}

// TestLogistic: with no penalty, one feature at 0 and 1 gives TestPlatt's
// answer (b = -ln 3, w = 2 ln 3); weighting the consistent case at 0 by 3
// makes P(1 | x=0) = 3/6: b = 0.
func TestLogistic(t *testing.T) {
	xs := [][]float64{{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}}
	ys := []int{1, 0, 0, 0, 1, 1, 1, 0}
	ws := []float64{1, 1, 1, 1, 1, 1, 1, 1}
	w, b := logistic(xs, ys, ws, 0)
	if math.Abs(w[0]-2*math.Log(3)) > 1e-6 || math.Abs(b+math.Log(3)) > 1e-6 {
		t.Errorf("logistic = %v, %v; want %v, %v", w, b, 2*math.Log(3), -math.Log(3))
	}
	ws[0] = 3
	if _, b := logistic(xs, ys, ws, 0); math.Abs(b) > 1e-6 {
		t.Errorf("weighted: b = %v, want 0", b)
	}
	// A penalty pulls the slope toward 0.
	if w2, _ := logistic(xs, ys, ws, 10); math.Abs(w2[0]) >= math.Abs(w[0]) {
		t.Errorf("penalised slope %v not below %v", w2[0], w[0])
	}
}

// TestFitDesignTrainOnly: the designs are fitted on summaries.train alone,
// so flipping every val label leaves every probability as it was.
func TestFitDesignTrainOnly(t *testing.T) {
	var specs []spec
	for i := range 40 {
		specs = append(specs, spec{partSummariesTrain, "D", i % 2, float64(i%2)*0.5 + float64(i%5)/10, nil})
		specs = append(specs, spec{partSummariesVal, "D", i % 3 % 2, float64(i%7) / 7, nil})
	}
	e := synthetic(specs)
	d := design{"score", false, func(f docFeatures) []float64 { return []float64{f.score} }}
	feats := func(e *evaluation) []docFeatures {
		out := make([]docFeatures, len(e.cases))
		for i := range out {
			out[i] = docFeatures{score: e.outs[i].score}
		}
		return out
	}
	before := e.fitDesign(d, feats(e))
	for _, c := range e.cases {
		if c.part == partSummariesVal {
			c.Label = 1 - c.Label
		}
	}
	if diff := cmp.Diff(before, e.fitDesign(d, feats(e))); diff != "" {
		t.Errorf("val labels changed the fit (-before +after):\n%s", diff)
	}
	// Case 0 (train) scores 0, case 2 (train) .6: the fit ranks them so.
	if before[0] >= before[2] {
		t.Errorf("the fit does not rank by score: %v", before[:3])
	}
}

// TestBestMeanThreshold: A C .9 I .5, B C .8 I .6, C C .45 I .4. At .7
// (between .6 and .8) A and B are right and C half: mean 5/6; at .425 only
// C is right: 2/3. D has consistent cases only, which no threshold can
// score on both sides: it is left out (counted, its C at .1 would pull the
// cut below .1).
func TestBestMeanThreshold(t *testing.T) {
	cs := lab([]float64{0.9, 0.5, 0.8, 0.6, 0.45, 0.4, 0.1, 0.1}, []int{1, 0, 1, 0, 1, 0, 1, 1})
	gs := []string{"A", "A", "B", "B", "C", "C", "D", "D"}
	if th, m := bestMeanThreshold(cs, gs); !near(th, 0.7) || !near(m, 5.0/6) {
		t.Errorf("bestMeanThreshold = %v, %v; want .7, 5/6", th, m)
	}
	one := lab([]float64{0.9, 0.5, 0.8, 0.6, 0.45, 0.4}, []int{1, 0, 1, 0, 1, 0})
	wantT, wantBA := bestThreshold(one)
	if th, m := bestMeanThreshold(one, make([]string, len(one))); !near(th, wantT) || !near(m, wantBA) {
		t.Errorf("one group: %v, %v; want bestThreshold's %v, %v", th, m, wantT, wantBA)
	}
}
