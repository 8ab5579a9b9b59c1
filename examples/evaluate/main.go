// Command evaluate measures claimcheck on human-labelled consistency
// judgements that are never part of this repository: the development parts
// of four public benchmarks, ../shared/bench/*.dev.jsonl (SummEdits news,
// FRANK, BUMP, QAGS), and the train and val files of ../shared/train
// (summaries.{train,val}.jsonl, claims.{train,val}.jsonl), split by article
// so that no val article is in a train file.
//
// Usage:
//
//	go run ./examples/evaluate [-bench DIR] [-train DIR] [-findings FILE] [-v]
//	go run ./examples/evaluate -calibrate [-ablate] [-score DIR] [-o FILE]
//	go run ./examples/evaluate -designs
//	go run ./examples/evaluate -multisource [-k 3] [-siblings 2]
//
// Every case is checked once, on every core (a source shared by many cases
// is parsed and indexed once), and scored twice: by claimcheck's document
// score, and by a plain word-overlap score (the share of the derived text's
// lower-cased content words found in the source), the floor every figure is
// read against. For each row (each set of the benchmarks, FRANK split by
// subset; each dataset of summaries.val and the whole of it; each dataset of
// claims.val and the whole of it) and for both scores it prints:
//
//   - LODO: balanced accuracy with the threshold chosen on other data, leaving
//     the row's dataset out: the threshold is chosen on the pool of the
//     benchmark sets and summaries.train, less every case of the row's own
//     dataset (FRANK's two subsets are one dataset, and SummEdits news and
//     the SummEdits part of summaries.train are one), and applied to the
//     row. A dataset the train files hold is left out of the fit too: its
//     cases, and the pool's, are scored under the factors refitted without
//     it (heldOutScores). A pooled row takes each case's prediction from its
//     own dataset's threshold. claims.val's datasets are not in the pool, so
//     their threshold is the whole pool's, under their own held-out refit.
//     The report lists each dataset's pool.
//   - train→val: the one threshold chosen on summaries.train, applied to
//     every row unchanged.
//   - in-BA: the best balanced accuracy of any threshold on the row itself,
//     a reference that flatters and must never be quoted alone.
//   - AUC: the ROC AUC, the probability that a consistent case scores above
//     an inconsistent one.
//
// -calibrate fits the combiner on the train files only and writes
// score/factors.go (see calibrate.go: each rule's case-level likelihood
// ratio, estimated within each dataset of summaries.train and claims.train
// and pooled, shrunk toward 1 and capped to [0.05, 1]; the content
// exponent; a Platt scaling of the document score and the default
// threshold on summaries.train). It prints the fit, a calibration table by
// tenth of the probability, and the table with the refit as a third
// scorer, predicted from the reports (rebuild and run again to measure
// it); -ablate adds what each factor is worth on each val dataset and
// bench set.
//
// -designs measures other ways of turning the claims into the probability
// that the text is consistent (designs.go): other aggregations of the claim
// scores (the mean, the worst claim, a noisy-or) and logistic models over
// the document score and features every case has (the share of the derived
// text's word trigrams copied from the source, its words, its claims),
// each fitted on summaries.train alone, on its natural mix or with each
// dataset and label weighted alike, and claim scores calibrated before
// they are aggregated (on the one-claim texts of summaries.train). It prints
// LODO/tr-val/AUC for each on every bench set and pooled row, the log loss
// on summaries.val, the build's figures with every threshold chosen for
// the mean balanced accuracy over datasets rather than the pooled one, and
// the share of consistent cases by band of document score and of copying.
//
// -multisource measures the rules for choosing, claim by claim, among the
// verdicts of several sources (multisource.go): each case against its own
// source and -k distractors, against the single-source check.
//
// With -findings FILE it writes, for every rule and kind of finding and every set of
// every file (and each file pooled), on how many consistent and inconsistent
// cases the finding fired at least once, and its likelihood ratio
// P(fires | consistent) / P(fires | inconsistent). -v lists, per row, the
// consistent cases scored lowest and the inconsistent ones scored highest.
//
// Thresholds are chosen to maximise balanced accuracy (the mean of the
// recall on consistent and on inconsistent cases), the protocol of SummaC,
// AggreFact and SummEdits. The standard output is deterministic; the time
// taken goes to the standard error. An absent file is skipped with a
// message; with none, the program says so and exits 0.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

// A benchCase is one line of a *.jsonl file, with the part it came from.
type benchCase struct {
	ID      string `json:"id"`
	Dataset string `json:"dataset"`
	Subset  string `json:"subset"`
	Source  string `json:"source"`
	Derived string `json:"derived"`
	Label   int    `json:"label"` // 1 consistent, 0 inconsistent
	Kind    kind   `json:"kind"`

	part string // bench, summaries.train, summaries.val, claims.train or claims.val
	set  string // the benchmark set (FRANK by subset) or the dataset
}

// A kind is the dataset's error type for an inconsistent case, where it
// names one: a string, or a list of them in the files that give several
// (kept joined by commas).
type kind string

// UnmarshalJSON reads a kind given as a string or as a list of strings.
func (k *kind) UnmarshalJSON(b []byte) error {
	var list []string
	if err := json.Unmarshal(b, &list); err == nil {
		*k = kind(strings.Join(list, ","))
		return nil
	}
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s != nil {
		*k = kind(*s)
	}
	return nil
}

// The parts, in the order they are read and reported.
const (
	partBench          = "bench"
	partSummariesTrain = "summaries.train"
	partSummariesVal   = "summaries.val"
	partClaimsTrain    = "claims.train"
	partClaimsVal      = "claims.val"
)

var trainParts = []string{partSummariesTrain, partSummariesVal, partClaimsTrain, partClaimsVal}

type config struct {
	bench, train string
	findings     string // file for the finding table; "" for none, "-" for standard output
	verbose      bool
	calibrate    bool   // fit the factors and write them to factorsOut
	ablate       bool   // with calibrate: what each factor is worth on val and bench
	designs      bool   // compare other document scores and calibrations, fitted on summaries.train
	scoreDir     string // package score's folder, whose Rule constants the factors file covers
	factorsOut   string
	workers      int
	multisource  bool // measure the choice among several sources' verdicts (multisource.go)
	distractors  int  // with multisource: distractor sources per case
	siblings     int  // with multisource: of them, at most this many other derived texts of the same source
}

func main() {
	var cfg config
	flag.StringVar(&cfg.bench, "bench", filepath.Join("..", "shared", "bench"), "folder of the benchmarks' *.dev.jsonl files")
	flag.StringVar(&cfg.train, "train", filepath.Join("..", "shared", "train"), "folder of summaries.{train,val}.jsonl and claims.{train,val}.jsonl")
	flag.StringVar(&cfg.findings, "findings", "", "write each finding's firing counts and likelihood ratio per set to this file (- for standard output)")
	flag.BoolVar(&cfg.verbose, "v", false, "list the worst-scored consistent and best-scored inconsistent cases of each row")
	flag.BoolVar(&cfg.calibrate, "calibrate", false, "fit the factors on the train files and write score/factors.go")
	flag.BoolVar(&cfg.ablate, "ablate", false, "with -calibrate: print what each fitted factor is worth on each val dataset and bench set")
	flag.BoolVar(&cfg.designs, "designs", false, "compare other aggregations of the claim scores and calibrations over document features (copying, length), each fitted on summaries.train")
	flag.StringVar(&cfg.scoreDir, "score", "score", "folder of package score")
	flag.StringVar(&cfg.factorsOut, "o", filepath.Join("score", "factors.go"), "where -calibrate writes the factors")
	flag.BoolVar(&cfg.multisource, "multisource", false, "check each case against its source and -k distractors, and compare the rules for choosing among several sources' verdicts (multisource.go)")
	flag.IntVar(&cfg.distractors, "k", 3, "with -multisource: distractor sources per case")
	flag.IntVar(&cfg.siblings, "siblings", 2, "with -multisource: of the distractors, at most this many other derived texts of the case's source (other versions of the story)")
	flag.Parse()
	cfg.workers = runtime.NumCPU()
	if err := run(cfg, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(2)
	}
}

func run(cfg config, stdout, stderr io.Writer) error {
	cases, err := load(cfg, stderr)
	if err != nil {
		return err
	}
	if len(cases) == 0 {
		fmt.Fprintf(stdout, "evaluate: no labelled cases in %s or %s; nothing to measure (they live in ../shared, outside this repository)\n", cfg.bench, cfg.train)
		return nil
	}
	if cfg.multisource {
		return runMultisource(cfg, cases, stdout, stderr)
	}
	start := time.Now()
	outs, err := checkAll(cases, cfg.workers)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	bytes := 0
	for _, c := range cases {
		bytes += len(c.Source) + len(c.Derived)
	}
	fmt.Fprintf(stderr, "evaluate: %d cases, %.1f MB checked in %.2fs on %d cores: %.2f MB/s\n", len(cases),
		float64(bytes)/1e6, elapsed.Seconds(), cfg.workers, float64(bytes)/1e6/elapsed.Seconds())
	e := newEvaluation(cases, outs, asBuilt, baseline)
	if auc, built := e.rescoreCheck(); math.Abs(auc-built) > 0.002 {
		return fmt.Errorf("the document scores recomputed from the reports rank the cases otherwise than the build (AUC %.4f against %.4f): the recomputation has drifted from score.Document", auc, built)
	}
	if cfg.calibrate {
		if err := e.refit(cfg, stdout); err != nil {
			return err
		}
	}
	e.report(stdout, cfg.verbose)
	fmt.Fprintln(stdout)
	e.insetTable(stdout)
	if cfg.designs {
		fmt.Fprintln(stdout)
		e.compareDesigns(stdout)
	}
	if cfg.findings != "" {
		w, closeFn := stdout, func() error { return nil }
		if cfg.findings != "-" {
			f, err := os.Create(cfg.findings)
			if err != nil {
				return err
			}
			w, closeFn = f, f.Close
		}
		e.findingTable(w)
		if err := closeFn(); err != nil {
			return err
		}
	}
	return nil
}

// load reads the benchmark files, then the train and val files, skipping
// (with a message) those that are absent.
func load(cfg config, stderr io.Writer) ([]*benchCase, error) {
	var cases []*benchCase
	files, _ := filepath.Glob(filepath.Join(cfg.bench, "*.dev.jsonl"))
	sort.Strings(files)
	if len(files) == 0 {
		fmt.Fprintf(stderr, "evaluate: no *.dev.jsonl in %s: skipping the benchmarks\n", cfg.bench)
	}
	for _, f := range files {
		cs, err := readCases(f, partBench)
		if err != nil {
			return nil, err
		}
		cases = append(cases, cs...)
	}
	for _, p := range trainParts {
		f := filepath.Join(cfg.train, p+".jsonl")
		if _, err := os.Stat(f); err != nil {
			fmt.Fprintf(stderr, "evaluate: no %s: skipping it\n", f)
			continue
		}
		cs, err := readCases(f, p)
		if err != nil {
			return nil, err
		}
		cases = append(cases, cs...)
	}
	return cases, nil
}

func readCases(path, part string) ([]*benchCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*benchCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	for n := 1; sc.Scan(); n++ {
		c := &benchCase{part: part}
		if err := json.Unmarshal(sc.Bytes(), c); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if c.Label != 0 && c.Label != 1 {
			return nil, fmt.Errorf("%s:%d: label %d is neither 0 nor 1", path, n, c.Label)
		}
		c.set = c.Dataset
		if part == partBench && c.Dataset == "frank" {
			c.set = "frank-" + c.Subset
		}
		out = append(out, c)
	}
	return out, sc.Err()
}
