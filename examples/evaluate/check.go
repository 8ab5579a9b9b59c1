package main

import (
	"sort"
	"sync"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/claims"
)

// An outcome is what the checker and the baseline made of one case.
type outcome struct {
	score   float64  // claimcheck's document score; 0 when the case could not be checked
	prob    float64  // the report's calibrated probability of consistency
	overlap float64  // the word-overlap baseline
	refit   float64  // the calibrated score under a refit, when -calibrate made one
	index   int      // the case's index, for scorers that keep their scores by case (-designs)
	fired   []string // the distinct finding keys of the report, sorted
	claims  []claimData
	// claimTexts are the claims' texts, for -designs.
	claimTexts []string
	err        error
}

// checkAll checks every case once with the given number of workers and
// returns the outcomes in the order of the cases. The cases are grouped by
// source text, so that a source shared by many cases (SummEdits edits one
// summary of an article dozens of times) is parsed and indexed once; a
// derived text repeated against the same source is checked once.
func checkAll(cases []*benchCase, workers int) ([]outcome, error) {
	checker, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		return nil, err
	}
	bySource := map[string][]int{}
	var sources []string
	for i, c := range cases {
		if _, ok := bySource[c.Source]; !ok {
			sources = append(sources, c.Source)
		}
		bySource[c.Source] = append(bySource[c.Source], i)
	}
	out := make([]outcome, len(cases))
	bySize(sources, func(s string) int { return len(bySource[s]) }, workers, func(text string) {
		checkGroup(checker, text, cases, bySource[text], out)
	})
	return out, nil
}

// bySize calls do for each source text on workers goroutines and returns
// when all are done. The texts go out in order of their length times uses
// (the number of cases that share each), the biggest groups first, so no
// worker is left with one at the end; texts is sorted so.
func bySize(texts []string, uses func(string) int, workers int, do func(text string)) {
	cost := func(s string) int { return len(s) * uses(s) }
	sort.SliceStable(texts, func(a, b int) bool { return cost(texts[a]) > cost(texts[b]) })
	next := make(chan string)
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for text := range next {
				do(text)
			}
		}()
	}
	for _, s := range texts {
		next <- s
	}
	close(next)
	wg.Wait()
}

// checkGroup checks the cases idx, which share one source text.
func checkGroup(checker *claimcheck.Checker, text string, cases []*benchCase, idx []int, out []outcome) {
	src, srcErr := checker.NewSource("source", text)
	done := map[string]int{} // derived text -> the case that has its outcome
	for _, i := range idx {
		c := cases[i]
		if k, ok := done[c.Derived]; ok {
			out[i] = out[k]
			continue
		}
		done[c.Derived] = i
		o := outcome{overlap: overlap(c.Source, c.Derived), err: srcErr}
		if srcErr == nil {
			var r *claimcheck.Report
			if r, o.err = checker.CheckSources(c.Derived, src); o.err == nil {
				o.score, o.prob, o.fired, o.claims = r.Score, r.Probability, fired(r), claimsOf(r, c.Derived)
				for _, cl := range r.Claims {
					o.claimTexts = append(o.claimTexts, cl.Text)
				}
			}
		}
		out[i] = o
	}
}

// key names a finding in the tables and the fit: its rule's ID.
func key(f *claimcheck.Finding) string { return string(f.Rule) }

// isContent reports whether a finding is the content finding, whose factor
// comes from the coverage.
func isContent(f *claimcheck.Finding) bool { return f.Kind == claimcheck.Content }

// fired returns the distinct keys of the report's findings, and their
// kinds ("kind:number"), sorted: the finding table has a row for each rule
// and each kind.
func fired(r *claimcheck.Report) []string {
	seen := map[string]bool{}
	var keys []string
	for _, c := range r.Claims {
		for i := range c.Findings {
			for _, k := range []string{key(&c.Findings[i]), "kind:" + string(c.Findings[i].Kind)} {
				if !seen[k] {
					seen[k] = true
					keys = append(keys, k)
				}
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// claimWeights returns the weight of each claim of derived in the
// document score (score.Document): its number of content words, at least
// 1, which the report does not give. derived is parsed again, into the
// same statements the check made.
func claimWeights(derived string) []float64 {
	doc := claims.Parse(derived)
	out := make([]float64, len(doc.Statements))
	for i := range doc.Statements {
		n := 0
		for _, t := range doc.Statements[i].Tokens {
			if t.Content() {
				n++
			}
		}
		out[i] = float64(max(1, n))
	}
	return out
}

// claimsOf returns what each claim's score is made of, its weight from
// claimWeights.
func claimsOf(r *claimcheck.Report, derived string) []claimData {
	weights := claimWeights(derived)
	out := make([]claimData, len(r.Claims))
	for i, c := range r.Claims {
		cd := claimData{weight: 1, coverage: c.Coverage}
		if i < len(weights) {
			cd.weight = weights[i]
		}
		for k := range c.Findings {
			f := &c.Findings[k]
			if isContent(f) {
				cd.content, cd.contentFactor = true, f.Factor
				continue
			}
			cd.rules = append(cd.rules, key(f))
			cd.factors = append(cd.factors, f.Factor)
		}
		out[i] = cd
	}
	return out
}
