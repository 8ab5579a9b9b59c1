// Command evaluate measures claimcheck on human-labelled fact-checking
// benchmarks: the development files ../shared/bench/*.dev.jsonl (SummEdits,
// FRANK, BUMP, QAGS), which are never part of this repository.
//
// Usage:
//
//	go run ./examples/evaluate [-bench DIR] [-v]
//
// For each set (FRANK split by subset) it prints the balanced accuracy with
// a threshold on the document score chosen by two-fold cross-validation
// (the threshold is chosen on one half and measured on the other, both
// ways), the ROC AUC, the AUC within articles (over the pairs of a
// consistent and an inconsistent case of the same source article: SummEdits
// and BUMP edit one summary many times, and their development parts have few
// articles, so the pooled AUC there mostly measures how the articles
// differ), the recall on inconsistent cases per error kind, how many
// consistent cases got a contradicted claim, and the speed. It uses every
// core. When the files are absent it says so and exits 0.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsdesk/claimcheck"
)

// A benchCase is one line of a *.dev.jsonl file.
type benchCase struct {
	ID      string `json:"id"`
	Dataset string `json:"dataset"`
	Subset  string `json:"subset"`
	Source  string `json:"source"`
	Derived string `json:"derived"`
	Label   int    `json:"label"` // 1 consistent, 0 inconsistent
	Kind    string `json:"kind"`
}

// A result is the checker's outcome on one case.
type result struct {
	c            *benchCase
	score        float64
	contradicted bool // some claim was labelled contradicted
	err          error
}

func main() {
	dir := flag.String("bench", filepath.Join("..", "shared", "bench"), "folder of the *.dev.jsonl files")
	verbose := flag.Bool("v", false, "list the worst-scored consistent and best-scored inconsistent cases")
	flag.Parse()
	files, _ := filepath.Glob(filepath.Join(*dir, "*.dev.jsonl"))
	if len(files) == 0 {
		fmt.Printf("evaluate: no *.dev.jsonl files in %s; nothing to measure (the benchmarks live in ../shared/bench, outside this repository)\n", *dir)
		return
	}
	var cases []*benchCase
	for _, f := range files {
		cs, err := readCases(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evaluate:", err)
			os.Exit(2)
		}
		cases = append(cases, cs...)
	}
	start := time.Now()
	checker, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(2)
	}
	results := checkAll(checker, cases, runtime.NumCPU())
	elapsed := time.Since(start)
	bytes := 0
	for _, c := range cases {
		bytes += len(c.Source) + len(c.Derived)
	}
	report(os.Stdout, results, *verbose)
	fmt.Printf("\n%d cases, %.1f MB in %.2fs on %d cores: %.2f MB/s\n", len(cases), float64(bytes)/1e6,
		elapsed.Seconds(), runtime.NumCPU(), float64(bytes)/1e6/elapsed.Seconds())
}

func readCases(path string) ([]*benchCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*benchCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	for n := 1; sc.Scan(); n++ {
		var c benchCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		out = append(out, &c)
	}
	return out, sc.Err()
}

// checkAll checks every case with the given number of workers; results are
// in the order of the cases.
func checkAll(checker *claimcheck.Checker, cases []*benchCase, workers int) []result {
	out := make([]result, len(cases))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				c := cases[i]
				r, err := checker.Check(c.Source, c.Derived)
				res := result{c: c, err: err}
				if err == nil {
					res.score = r.Score
					res.contradicted = r.Contradicted > 0
				}
				out[i] = res
			}
		}()
	}
	for i := range cases {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// setName groups cases: FRANK by subset, the others by dataset.
func setName(c *benchCase) string {
	if c.Dataset == "frank" {
		return "frank-" + c.Subset
	}
	return c.Dataset
}

func report(w io.Writer, results []result, verbose bool) {
	groups := map[string][]result{}
	var names []string
	for _, r := range results {
		n := setName(r.c)
		if _, ok := groups[n]; !ok {
			names = append(names, n)
		}
		groups[n] = append(groups[n], r)
	}
	sort.Strings(names)
	fmt.Fprintf(w, "%-16s %6s %6s %8s %8s %8s %7s %s\n", "set", "cases", "cv-BA", "in-BA", "AUC", "art-AUC", "C-contr", "recall on inconsistent, by kind (CV thresholds)")
	for _, n := range names {
		rs := groups[n]
		m := measure(rs)
		fmt.Fprintf(w, "%-16s %6d %6.1f %8.1f %8.3f %8s %6.1f%% %s\n", n, len(rs), 100*m.cvBA, 100*m.inBA, m.auc,
			m.articleAUC, 100*m.consistentContradicted, m.kindRecall)
		if m.errors > 0 {
			fmt.Fprintf(w, "%-16s %d cases could not be checked (scored 0)\n", "", m.errors)
			if verbose {
				shown := 0
				for _, r := range rs {
					if r.err != nil && shown < 3 {
						fmt.Fprintf(w, "    %s: %v\n", r.c.ID, r.err)
						shown++
					}
				}
			}
		}
		if verbose {
			worst(w, rs)
		}
	}
}

type metrics struct {
	cvBA, inBA, auc        float64
	articleAUC             string // "-" when no article has cases of both labels
	consistentContradicted float64
	kindRecall             string
	errors                 int
}

func measure(rs []result) metrics {
	var m metrics
	scores := make([]float64, len(rs))
	labels := make([]int, len(rs))
	folds := make([]int, len(rs))
	consistent, cc := 0, 0
	for i, r := range rs {
		scores[i], labels[i] = r.score, r.c.Label
		folds[i] = fold(r.c.ID)
		if r.err != nil {
			m.errors++
		}
		if r.c.Label == 1 {
			consistent++
			if r.contradicted {
				cc++
			}
		}
	}
	if consistent > 0 {
		m.consistentContradicted = float64(cc) / float64(consistent)
	}
	m.auc = rocAUC(scores, labels)
	m.articleAUC = "-"
	if a, ok := articleAUC(rs); ok {
		m.articleAUC = fmt.Sprintf("%.3f", a)
	}
	_, m.inBA = bestThreshold(scores, labels)
	var predicted []bool
	m.cvBA, predicted = crossValidate(scores, labels, folds)
	// Recall on inconsistent cases per kind, with the CV predictions.
	hit, all := map[string]int{}, map[string]int{}
	for i, r := range rs {
		if r.c.Label != 0 {
			continue
		}
		for _, k := range kinds(r.c.Kind) {
			all[k]++
			if predicted[i] {
				hit[k]++
			}
		}
	}
	var ks []string
	for k := range all {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var parts []string
	for _, k := range ks {
		if all[k] >= 5 {
			parts = append(parts, fmt.Sprintf("%s %.0f%% (%d)", k, 100*float64(hit[k])/float64(all[k]), all[k]))
		}
	}
	m.kindRecall = strings.Join(parts, ", ")
	return m
}

func kinds(k string) []string {
	if k == "" {
		return []string{"unnamed"}
	}
	return strings.Split(k, ",")
}

// fold assigns a case to one of two folds by a hash of its id, so the split
// is fixed and independent of file order.
func fold(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % 2)
}

// crossValidate chooses the threshold on each fold and applies it to the
// other; it returns the mean balanced accuracy of the two held-out folds and
// each case's held-out prediction (true = predicted inconsistent).
func crossValidate(scores []float64, labels, folds []int) (float64, []bool) {
	predicted := make([]bool, len(scores))
	total := 0.0
	for test := 0; test < 2; test++ {
		var trS, teS []float64
		var trL, teL []int
		var teIdx []int
		for i := range scores {
			if folds[i] == test {
				teS, teL, teIdx = append(teS, scores[i]), append(teL, labels[i]), append(teIdx, i)
			} else {
				trS, trL = append(trS, scores[i]), append(trL, labels[i])
			}
		}
		t, _ := bestThreshold(trS, trL)
		total += balancedAccuracy(teS, teL, t)
		for _, i := range teIdx {
			predicted[i] = scores[i] < t
		}
	}
	return total / 2, predicted
}

// balancedAccuracy is the mean of the recall on consistent cases (score >=
// t) and on inconsistent ones (score < t).
func balancedAccuracy(scores []float64, labels []int, t float64) float64 {
	var tp, p, tn, n float64
	for i, s := range scores {
		if labels[i] == 1 {
			p++
			if s >= t {
				tp++
			}
		} else {
			n++
			if s < t {
				tn++
			}
		}
	}
	switch {
	case p == 0 && n == 0:
		return 0
	case p == 0:
		return tn / n
	case n == 0:
		return tp / p
	}
	return (tp/p + tn/n) / 2
}

// bestThreshold returns the threshold that maximises balanced accuracy, the
// midpoint between two adjacent distinct scores, and that accuracy.
func bestThreshold(scores []float64, labels []int) (float64, float64) {
	if len(scores) == 0 {
		return 0.5, 0
	}
	uniq := append([]float64(nil), scores...)
	sort.Float64s(uniq)
	cands := []float64{uniq[0] - 1e-9}
	for i := 1; i < len(uniq); i++ {
		if uniq[i] != uniq[i-1] {
			cands = append(cands, (uniq[i]+uniq[i-1])/2)
		}
	}
	cands = append(cands, uniq[len(uniq)-1]+1e-9)
	bestT, bestBA := cands[0], -1.0
	for _, t := range cands {
		if ba := balancedAccuracy(scores, labels, t); ba > bestBA {
			bestT, bestBA = t, ba
		}
	}
	return bestT, bestBA
}

// rocAUC is the probability that a consistent case scores above an
// inconsistent one, ties counting half.
func rocAUC(scores []float64, labels []int) float64 {
	var pos, neg []float64
	for i, s := range scores {
		if labels[i] == 1 {
			pos = append(pos, s)
		} else {
			neg = append(neg, s)
		}
	}
	if len(pos) == 0 || len(neg) == 0 {
		return 0.5
	}
	sort.Float64s(neg)
	total := 0.0
	for _, p := range pos {
		below := sort.SearchFloat64s(neg, p)
		ties := sort.SearchFloat64s(neg, p+1e-12) - below
		total += float64(below) + float64(ties)/2
	}
	return total / float64(len(pos)*len(neg))
}

// articleAUC is the probability that a consistent case scores above an
// inconsistent case of the same source article, ties counting half, over
// all such pairs; false when there is none.
func articleAUC(rs []result) (float64, bool) {
	bySource := map[string][]result{}
	for _, r := range rs {
		bySource[r.c.Source] = append(bySource[r.c.Source], r)
	}
	won, pairs := 0.0, 0
	for _, group := range bySource {
		for _, p := range group {
			if p.c.Label != 1 {
				continue
			}
			for _, n := range group {
				if n.c.Label != 0 {
					continue
				}
				pairs++
				switch {
				case p.score > n.score:
					won++
				case p.score == n.score:
					won += 0.5
				}
			}
		}
	}
	if pairs == 0 {
		return 0, false
	}
	return won / float64(pairs), true
}

// worst lists the consistent cases scored lowest and the inconsistent ones
// scored highest, for error analysis.
func worst(w io.Writer, rs []result) {
	sorted := append([]result(nil), rs...)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].score < sorted[b].score })
	fmt.Fprintln(w, "  lowest-scored consistent:")
	for i, n := 0, 0; i < len(sorted) && n < 5; i++ {
		if r := sorted[i]; r.c.Label == 1 {
			fmt.Fprintf(w, "    %.3f %s %.120q\n", r.score, r.c.ID, r.c.Derived)
			n++
		}
	}
	fmt.Fprintln(w, "  highest-scored inconsistent:")
	for i, n := len(sorted)-1, 0; i >= 0 && n < 5; i-- {
		if r := sorted[i]; r.c.Label == 0 {
			fmt.Fprintf(w, "    %.3f %s [%s] %.120q\n", r.score, r.c.ID, r.c.Kind, r.c.Derived)
			n++
		}
	}
}
