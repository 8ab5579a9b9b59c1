package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func lab(scores []float64, labels []int) []labelled {
	out := make([]labelled, len(scores))
	for i := range scores {
		out[i] = labelled{scores[i], labels[i]}
	}
	return out
}

func TestBestThreshold(t *testing.T) {
	tests := []struct {
		reason string
		scores []float64
		labels []int
		t, ba  float64
	}{
		{"0.35 and 0.75 both reach 5/6; the lower is taken",
			[]float64{0.9, 0.8, 0.7, 0.4, 0.3, 0.2}, []int{1, 1, 0, 1, 0, 0}, 0.35, 5.0 / 6},
		{"tied scores move together: 0.5 holds one of each, so the cut falls at 0.65 (C 2/3, I 2/2)",
			[]float64{0.8, 0.5, 0.5, 0.2, 0.8}, []int{1, 1, 0, 0, 1}, 0.65, (2.0/3 + 1) / 2},
		{"inconsistent cases only: a cut above them all is perfect",
			[]float64{0.2, 0.4}, []int{0, 0}, 0.4 + 1e-9, 1},
		{"no cases", nil, nil, 0.5, 0},
	}
	for _, tt := range tests {
		cs := lab(tt.scores, tt.labels)
		th, ba := bestThreshold(cs)
		if !near(th, tt.t) || !near(ba, tt.ba) {
			t.Errorf("%s: bestThreshold = %v, %v; want %v, %v", tt.reason, th, ba, tt.t, tt.ba)
		}
		if len(cs) > 0 && !near(balancedAccuracy(cs, th), ba) {
			t.Errorf("%s: balancedAccuracy at the chosen threshold is %v, not %v", tt.reason, balancedAccuracy(cs, th), ba)
		}
	}
	if got := balancedAccuracy(lab([]float64{0.9, 0.8, 0.7, 0.4, 0.3, 0.2}, []int{1, 1, 0, 1, 0, 0}), 0.5); !near(got, 2.0/3) {
		t.Errorf("BA at 0.5 = %v, want 2/3 (C 2/3, I 2/3)", got)
	}
}

func TestRocAUC(t *testing.T) {
	tests := []struct {
		reason string
		scores []float64
		labels []int
		want   float64
	}{
		{"8 of 9 pairs ordered", []float64{0.9, 0.8, 0.7, 0.4, 0.3, 0.2}, []int{1, 1, 0, 1, 0, 0}, 8.0 / 9},
		{"C {.8,.5} against I {.5,.2}: 1 + 1 + a tie + 1 of 4", []float64{0.8, 0.5, 0.5, 0.2}, []int{1, 1, 0, 0}, 3.5 / 4},
		{"reversed", []float64{0.1, 0.9}, []int{1, 0}, 0},
		{"one label only", []float64{0.1, 0.9}, []int{1, 1}, 0.5},
	}
	for _, tt := range tests {
		if got := rocAUC(lab(tt.scores, tt.labels)); !near(got, tt.want) {
			t.Errorf("%s: AUC = %v, want %v", tt.reason, got, tt.want)
		}
	}
}

// synthetic builds cases with fixed outcomes: each spec is part, set,
// label, score.
type spec struct {
	part, set string
	label     int
	score     float64
	fired     []string
}

func synthetic(specs []spec) *evaluation {
	var cases []*benchCase
	var outs []outcome
	for i, s := range specs {
		cases = append(cases, &benchCase{ID: string(rune('a' + i)), part: s.part, set: s.set, Dataset: s.set, Label: s.label})
		outs = append(outs, outcome{score: s.score, overlap: 1 - s.score, fired: s.fired})
	}
	// The score under test has no default threshold of its own.
	return newEvaluation(cases, outs, scorer{"claimcheck", func(o *outcome) float64 { return o.score }, math.NaN(), false}, baseline)
}

// TestThresholdsFromOtherData checks each protocol on numbers worked out by
// hand. Bench A: C .9 .6, I .5 .1; bench B: C .8 .4, I .3 .2;
// summaries.train T: C .7, I .65; summaries.val T: C .66, I .3; claims.val
// Z: C .5, I .2.
//
//   - A left out: pool B+T is .2I .3I .4C .65I .7C .8C; the cuts .35 and .675
//     both give (1 + 2/3)/2, the lower is taken; on A, .35 passes both C and
//     the I at .5: BA (1 + 1/2)/2 = .75.
//   - B left out: pool A+T, cuts .55 and .675 tie, .55 taken; on B, C .4
//     fails: (1/2 + 1)/2 = .75.
//   - val T: its family T leaves summaries.train out; pool A+B cuts at .35
//     (.875, tied with .55): C .66 and I .3 both right, 1.
//   - claims Z: no family in the pool, the whole pool's cut .35: 1.
//   - tr-val: T alone cuts at .675: A (1/2 + 1)/2, B the same, val T: C .66
//     fails, (0 + 1)/2; Z: C .5 fails, .5.
//   - bench (all): LODO takes each case's cut from its own set, C 3/4 and
//     I 3/4; in-sample the best single cut (.35 or .55) misses one case of
//     eight on one side, .875; AUC: only .4 C below .5 I, 15 of 16 pairs.
func TestThresholdsFromOtherData(t *testing.T) {
	e := synthetic([]spec{
		{partBench, "A", 1, 0.9, nil}, {partBench, "A", 1, 0.6, nil}, {partBench, "A", 0, 0.5, nil}, {partBench, "A", 0, 0.1, nil},
		{partBench, "B", 1, 0.8, nil}, {partBench, "B", 1, 0.4, nil}, {partBench, "B", 0, 0.3, nil}, {partBench, "B", 0, 0.2, nil},
		{partSummariesTrain, "T", 1, 0.7, nil}, {partSummariesTrain, "T", 0, 0.65, nil},
		{partSummariesVal, "T", 1, 0.66, nil}, {partSummariesVal, "T", 0, 0.3, nil},
		{partClaimsVal, "Z", 1, 0.5, nil}, {partClaimsVal, "Z", 0, 0.2, nil},
	})
	wantT := map[string]float64{"A": 0.35, "B": 0.55, "T": 0.35, "Z": 0.35}
	if diff := cmp.Diff(wantT, e.lodo[0], cmp.Comparer(near)); diff != "" {
		t.Errorf("LODO thresholds (-want +got):\n%s", diff)
	}
	if !near(e.trainVal[0], 0.675) {
		t.Errorf("train-val threshold %v, want .675", e.trainVal[0])
	}
	want := map[string]figures{
		"bench/A":          {lodo: 0.75, trainVal: 0.75, inSample: 1, auc: 1},
		"bench/B":          {lodo: 0.75, trainVal: 0.75, inSample: 1, auc: 1},
		"bench (all)":      {lodo: 0.75, trainVal: 0.75, inSample: 0.875, auc: 15.0 / 16},
		"val/T":            {lodo: 1, trainVal: 0.5, inSample: 1, auc: 1},
		"claims-val/Z":     {lodo: 1, trainVal: 0.5, inSample: 1, auc: 1},
		"val (all)":        {lodo: 1, trainVal: 0.5, inSample: 1, auc: 1},
		"claims-val (all)": {lodo: 1, trainVal: 0.5, inSample: 1, auc: 1},
	}
	got := map[string]figures{}
	for _, r := range e.rows {
		got[r.name] = e.measure(0, r)
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(figures{}), cmp.Comparer(near)); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
	// The baseline scores 1 - score here, so every ranking reverses.
	if f := e.measure(1, e.rows[0]); !near(f.auc, 0) {
		t.Errorf("baseline AUC on reversed scores = %v, want 0", f.auc)
	}
}

// TestLODOLeavesOutTheDataset: FRANK's two subsets are two rows but one
// dataset, left out together. Bench frank: cnndm C .9, I .8; xsum C .3,
// I .2; bench Q: C .6, I .5. With frank left out the pool is Q alone, cut
// at .55; were xsum left in the pool for cnndm, the cut would be .25.
func TestLODOLeavesOutTheDataset(t *testing.T) {
	var cases []*benchCase
	var outs []outcome
	for _, c := range []struct {
		dataset, subset string
		label           int
		score           float64
	}{{"frank", "cnndm", 1, 0.9}, {"frank", "cnndm", 0, 0.8}, {"frank", "xsum", 1, 0.3}, {"frank", "xsum", 0, 0.2}, {"q", "", 1, 0.6}, {"q", "", 0, 0.5}} {
		set := c.dataset
		if c.subset != "" {
			set += "-" + c.subset
		}
		cases = append(cases, &benchCase{part: partBench, Dataset: c.dataset, Subset: c.subset, set: set, Label: c.label})
		outs = append(outs, outcome{score: c.score})
	}
	e := newEvaluation(cases, outs, scorer{"s", func(o *outcome) float64 { return o.score }, math.NaN(), false})
	if got := e.lodo[0]["frank"]; !near(got, 0.55) {
		t.Errorf("frank's LODO threshold %v, want .55 (chosen on q alone)", got)
	}
	if _, ok := e.lodo[0]["frank-cnndm"]; ok {
		t.Errorf("a LODO threshold for a subset: %v", e.lodo[0])
	}
	var out bytes.Buffer
	e.report(&out, false)
	if !strings.Contains(out.String(), "  frank          pool     2 (bench 2, summaries.train 0); factors as built") {
		t.Errorf("the pools are not described:\n%s", out.String())
	}
}

// TestLODOWithoutOtherData: when the pool is one dataset, its own rows
// have no other data to choose a threshold on: LODO is "-", not a figure
// from part of the row.
func TestLODOWithoutOtherData(t *testing.T) {
	e := synthetic([]spec{{partBench, "A", 1, 0.9, nil}, {partBench, "A", 0, 0.1, nil}, {partSummariesVal, "V", 1, 0.9, nil}, {partSummariesVal, "V", 0, 0.1, nil}})
	for _, r := range e.rows {
		f := e.measure(0, r)
		switch r.name {
		case "bench/A", "bench (all)":
			if !math.IsNaN(f.lodo) {
				t.Errorf("%s: LODO %v with nothing but its own dataset in the pool; want NaN", r.name, f.lodo)
			}
		case "val/V":
			if f.lodo != 1 {
				t.Errorf("%s: LODO %v; want 1 (the pool A cuts at .5)", r.name, f.lodo)
			}
		}
	}
}

func TestNoTrainingData(t *testing.T) {
	e := synthetic([]spec{{partSummariesVal, "T", 1, 0.6, nil}, {partSummariesVal, "T", 0, 0.4, nil}})
	f := e.measure(0, e.rows[0])
	if !math.IsNaN(f.lodo) || !math.IsNaN(f.trainVal) || f.inSample != 1 {
		t.Errorf("with nothing to choose a threshold on: %+v; want NaN, NaN and in-sample 1", f)
	}
	var out bytes.Buffer
	e.report(&out, false)
	if !strings.Contains(out.String(), "val/T") || !strings.Contains(out.String(), "     -      -  100.0") {
		t.Errorf("report without thresholds:\n%s", out.String())
	}
}

// TestFiring: x fires on 1 of 4 consistent and 1 of 2 inconsistent cases,
// LR (1/4)/(1/2) = 0.5; y on inconsistent ones only, 0; z on a consistent
// one only, infinite.
func TestFiring(t *testing.T) {
	e := synthetic([]spec{
		{partBench, "A", 1, 1, []string{"x", "z"}}, {partBench, "A", 1, 1, nil}, {partBench, "A", 1, 1, nil}, {partBench, "A", 1, 1, nil},
		{partBench, "A", 0, 0, []string{"x", "y"}}, {partBench, "A", 0, 0, nil},
	})
	all := []int{0, 1, 2, 3, 4, 5}
	for _, tt := range []struct {
		key  string
		want firing
		lr   float64
	}{
		{"x", firing{1, 1, 4, 2}, 0.5},
		{"y", firing{0, 1, 4, 2}, 0},
		{"z", firing{1, 0, 4, 2}, math.Inf(1)},
	} {
		f := e.firing(tt.key, all)
		if f != tt.want || f.ratio() != tt.lr {
			t.Errorf("%s: %+v, LR %v; want %+v, LR %v", tt.key, f, f.ratio(), tt.want, tt.lr)
		}
	}
	if r := e.firing("never", all).ratio(); !math.IsNaN(r) {
		t.Errorf("a finding that never fires has LR %v, want NaN", r)
	}
	var out bytes.Buffer
	e.findingTable(&out)
	for _, line := range []string{
		"x                bench            A                         1/4            1/2    0.50",
		"z                bench            (all)                     1/4            0/2     inf",
	} {
		if !strings.Contains(out.String(), line+"\n") {
			t.Errorf("finding table lacks %q:\n%s", line, out.String())
		}
	}
}

func TestOverlap(t *testing.T) {
	tests := []struct {
		source, derived string
		want            float64
	}{
		{"The dam held on Monday.", "The dam broke on Monday.", 2.0 / 3}, // dam, broke, monday
		{"The dam held.", "THE DAM HELD!", 1},
		{"The dam held.", "It was the one.", 1}, // no content word
		{"Floods in 2024.", "Floods, floods in 2025.", 2.0 / 3},
	}
	for _, tt := range tests {
		if got := overlap(tt.source, tt.derived); !near(got, tt.want) {
			t.Errorf("overlap(%q, %q) = %v, want %v", tt.source, tt.derived, got, tt.want)
		}
	}
}

// TestCheckAll checks cases end to end: a shared source is prepared once
// and gives what Check gives, the order of the cases is kept whatever the
// number of workers, and a case that cannot be checked carries its error.
func TestCheckAll(t *testing.T) {
	src := "The dam held on Monday. Ortiz, 54, won the vote in Lyon."
	cases := []*benchCase{
		{ID: "a", Source: src, Derived: "The dam held on Monday.", Label: 1},
		{ID: "b", Source: src, Derived: "The dam broke on Tuesday.", Label: 0},
		{ID: "c", Source: "Ortiz, 54, won.", Derived: "Ortiz, 45, won.", Label: 0},
		{ID: "d", Source: src, Derived: "", Label: 1},
		{ID: "e", Source: src, Derived: "Ortiz, 45, won the vote.", Label: 0},
		{ID: "f", Source: src, Derived: "The dam broke on Tuesday.", Label: 0},
	}
	one, err := checkAll(cases, 1)
	if err != nil {
		t.Fatal(err)
	}
	two, _ := checkAll(cases, 2)
	for i, c := range cases {
		if one[i].score != two[i].score || strings.Join(one[i].fired, ",") != strings.Join(two[i].fired, ",") {
			t.Errorf("%s: 1 worker %+v, 2 workers %+v", c.ID, one[i], two[i])
		}
		r, err := claimcheck.Check(c.Source, c.Derived)
		if (err != nil) != (one[i].err != nil) || err == nil && r.Score != one[i].score {
			t.Errorf("%s: checkAll %+v; Check %v, %v", c.ID, one[i], r, err)
		}
	}
	if one[1].score >= one[0].score || one[3].err == nil || one[5].score != one[1].score {
		t.Errorf("outcomes %+v", one)
	}
	if got := strings.Join(one[2].fired, ","); got != "NU1,kind:number" {
		t.Errorf("45 for 54 fired %q, want NU1, a changed number, and its kind", got)
	}
	// The report's pieces: "Ortiz, 45, won the vote." has four content
	// words, all carried, and a changed number.
	if diff := cmp.Diff([]claimData{{weight: 4, coverage: 1, rules: []string{"NU1"}, factors: []float64{one[4].claims[0].factors[0]}}},
		one[4].claims, cmp.AllowUnexported(claimData{})); diff != "" {
		t.Errorf("claim data (-want +got):\n%s", diff)
	}
}

func writeLines(t *testing.T, path string, lines ...string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	bench, train := filepath.Join(dir, "bench"), filepath.Join(dir, "train")
	os.Mkdir(bench, 0o755)
	os.Mkdir(train, 0o755)
	writeLines(t, filepath.Join(bench, "toy.dev.jsonl"),
		`{"id":"a","dataset":"frank","subset":"xsum","source":"The dam held on Monday.","derived":"The dam held on Monday.","label":1}`,
		`{"id":"b","dataset":"frank","subset":"xsum","source":"The dam held on Monday.","derived":"The dam broke on Tuesday.","label":0,"kind":"CircE"}`)
	writeLines(t, filepath.Join(train, "summaries.train.jsonl"),
		`{"id":"c","dataset":"toy","source":"Ortiz, 54, won.","derived":"Ortiz won.","label":1}`,
		`{"id":"d","dataset":"toy","source":"Ortiz, 54, won.","derived":"Ortiz, 45, won.","label":0,"kind":["number","other"]}`)
	findings := filepath.Join(dir, "findings.txt")
	var out, errs bytes.Buffer
	cfg := config{bench: bench, train: train, findings: findings, workers: 2}
	if err := run(cfg, &out, &errs); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"bench/frank-xsum", "bench (all)", "LODO", "word overlap"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	for _, want := range []string{"no " + filepath.Join(train, "claims.val.jsonl"), "4 cases"} {
		if !strings.Contains(errs.String(), want) {
			t.Errorf("standard error lacks %q:\n%s", want, errs.String())
		}
	}
	table, err := os.ReadFile(findings)
	if err != nil || !strings.Contains(string(table), "NU1              summaries.train  toy                       0/1            1/1    0.00\n") {
		t.Errorf("finding table %q, %v", table, err)
	}
	var again bytes.Buffer
	run(config{bench: bench, train: train, workers: 1}, &again, &bytes.Buffer{})
	if again.String() != out.String() {
		t.Errorf("two runs differ:\n%s\n%s", out.String(), again.String())
	}

	// -calibrate on the toy files: a factors file with a row for every rule
	// of package score, and the refit beside the build in the table.
	out.Reset()
	cal := cfg
	cal.calibrate, cal.scoreDir, cal.factorsOut = true, filepath.Join("..", "..", "score"), filepath.Join(dir, "factors.go")
	if err := run(cal, &out, &errs); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(cal.factorsOut)
	if err != nil || !strings.HasPrefix(string(src), "// Code generated by go run ./examples/evaluate -calibrate; DO NOT EDIT.") ||
		!strings.Contains(string(src), "\tNU1: ") || !strings.Contains(out.String(), "refit (predicted)") {
		t.Errorf("-calibrate wrote %q (%v) and printed:\n%s", src, err, out.String())
	}

	// -designs on the toy files: a row for every design, the fixed
	// thresholds and the copy bands, after the main table.
	out.Reset()
	des := cfg
	des.findings, des.designs = "", true
	if err := run(des, &out, &errs); err != nil {
		t.Fatal(err)
	}
	for _, d := range append([]design{{name: "claimcheck"}}, designs...) {
		if n := strings.Count(out.String(), fmt.Sprintf("\n%-18s ", d.name)); n != 1 {
			t.Errorf("-designs printed %d rows for %q:\n%s", n, d.name, out.String())
		}
	}
	for _, want := range []string{"designs fitted on summaries.train", "at a fixed threshold", "share consistent (cases)", "two thresholds fitted"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("-designs lacks %q:\n%s", want, out.String())
		}
	}

	out.Reset()
	if err := run(config{bench: filepath.Join(dir, "none"), train: filepath.Join(dir, "none")}, &out, &errs); err != nil ||
		!strings.Contains(out.String(), "nothing to measure") {
		t.Errorf("without data: %v, %q", err, out.String())
	}
	writeLines(t, filepath.Join(bench, "bad.dev.jsonl"), `{"id":"x","label":2}`)
	if err := run(cfg, &out, &errs); err == nil || !strings.Contains(err.Error(), "bad.dev.jsonl:1") {
		t.Errorf("a label of 2 gave %v, want an error naming the line", err)
	}
}
