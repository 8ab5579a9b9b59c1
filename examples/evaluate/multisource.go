package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"sort"
	"sync"

	"github.com/newsdesk/claimcheck"
)

// -multisource measures how a claim's verdict is chosen when a derived text
// is checked against several sources at once (Checker.CheckSources, the
// "against all the others" view of examples/outlets, Archive checks). Each
// case's derived text is checked against its own source and against k
// distractors: first up to two other derived texts of the same source (the
// data's other summaries of one article: other versions of the same story,
// which the derived text was not written from), then the sources of other
// cases of its dataset, chosen by a hash of the case's id. The true source
// takes a place among them chosen by the same hash, so that no rule gains
// from ties going to the first source.
//
// Each (derived text, source) pair is checked alone, once; every rule of
// msRules then picks, claim by claim, one of the per-source verdicts, and
// the document score is recomputed from the picks as score.Document does.
// For each rule and row it prints: the share of claims whose label differs
// from the single-source check; the document AUC and balanced accuracy at
// the threshold of best balanced accuracy of the single-source scores of
// summaries.train (one threshold, as a deployment would keep it), with the
// single-source figures beside them; the share of the claims the true
// source contradicts that are no longer contradicted ("hidden"); the share
// of the claims it does not contradict that a distractor makes
// contradicted ("new"); and the share of consistent and inconsistent cases
// with a contradicted claim. Distractors should cost a good rule nothing.
//
// A sample of the cases (every 50th) is also checked with CheckSources over
// all its sources at once, and the run fails when the build's labels differ
// from the simulation of msBuilt: the simulation is of the rule the library
// has.

// msBuilt is the name of the rule that claimcheck's choose implements.
const msBuilt = "aligned-contradiction"

// An msVerdict is one source's verdict on one claim, as a report gives it.
type msVerdict struct {
	label           claimcheck.Label
	score, coverage float64
}

// An msRule picks, for one claim, the verdict among those of its sources
// (in the order the sources were given) that the claim takes, by index.
type msRule struct {
	name string
	doc  string
	pick func(vs []msVerdict) int
}

// scoreFirst is the rule of better alone, without choose's turn to a
// contradiction: the higher score wins, ties to the higher coverage, then
// to the first source.
func scoreFirst(vs []msVerdict) int {
	best := 0
	for i := 1; i < len(vs); i++ {
		if vs[i].score > vs[best].score || vs[i].score == vs[best].score && vs[i].coverage > vs[best].coverage {
			best = i
		}
	}
	return best
}

// byCoverage returns the index of the verdict with the highest coverage
// among those ok admits (ties to the higher score, then the first); -1
// when it admits none.
func byCoverage(vs []msVerdict, ok func(msVerdict) bool) int {
	best := -1
	for i, v := range vs {
		if !ok(v) {
			continue
		}
		if best < 0 || v.coverage > vs[best].coverage || v.coverage == vs[best].coverage && v.score > vs[best].score {
			best = i
		}
	}
	return best
}

// byScore returns the index of the verdict with the highest score among
// those ok admits (ties to the higher coverage, then the first); -1 when
// it admits none.
func byScore(vs []msVerdict, ok func(msVerdict) bool) int {
	best := -1
	for i, v := range vs {
		if ok(v) && (best < 0 || v.score > vs[best].score || v.score == vs[best].score && v.coverage > vs[best].coverage) {
			best = i
		}
	}
	return best
}

// unsupportedGivesWay is score-first, but when the winner w is
// unsupported, the best scored contradiction that aligned(v, w) admits
// wins instead.
func unsupportedGivesWay(vs []msVerdict, aligned func(v, w msVerdict) bool) int {
	w := scoreFirst(vs)
	if vs[w].label != claimcheck.Unsupported {
		return w
	}
	if c := byScore(vs, func(v msVerdict) bool { return v.label == claimcheck.Contradicted && aligned(v, vs[w]) }); c >= 0 {
		return c
	}
	return w
}

var msRules = []msRule{
	{"score-first", "the higher score wins; ties to the higher coverage", scoreFirst},
	{"supported-first", "a supported verdict (the best score) wins; else the source that bears most (highest coverage)", func(vs []msVerdict) int {
		if best := byScore(vs, func(v msVerdict) bool { return v.label == claimcheck.Supported }); best >= 0 {
			return best
		}
		return byCoverage(vs, func(msVerdict) bool { return true })
	}},
	{"coverage-first", "the source that bears most (highest coverage) wins, whatever its label", func(vs []msVerdict) int {
		return byCoverage(vs, func(msVerdict) bool { return true })
	}},
	{"aligned-contradiction", "score-first, but when the winner is unsupported, a contradiction from a source aligned at least as well as the winner wins (the best scored of them)", func(vs []msVerdict) int {
		return unsupportedGivesWay(vs, func(v, w msVerdict) bool { return v.coverage >= w.coverage })
	}},
	{"aligned-contradiction-strict", "as aligned-contradiction, the contradiction aligned more strongly than the winner", func(vs []msVerdict) int {
		return unsupportedGivesWay(vs, func(v, w msVerdict) bool { return v.coverage > w.coverage })
	}},
	{"aligned-contradiction-min", "as aligned-contradiction, the contradiction also aligned on at least MinCoverage (0.5) of the claim", func(vs []msVerdict) int {
		return unsupportedGivesWay(vs, func(v, w msVerdict) bool {
			return v.coverage >= w.coverage && v.coverage >= claimcheck.DefaultMinCoverage
		})
	}},
	{"aligned-contradiction-by-coverage", "as aligned-contradiction, also over a contradicted winner, the best aligned contradiction winning", func(vs []msVerdict) int {
		w := scoreFirst(vs)
		if vs[w].label == claimcheck.Supported {
			return w
		}
		cov := vs[w].coverage
		if c := byCoverage(vs, func(v msVerdict) bool { return v.label == claimcheck.Contradicted && v.coverage >= cov }); c >= 0 {
			return c
		}
		return w
	}},
	{"aligned-contradiction-any", "as aligned-contradiction, over a supported winner too", func(vs []msVerdict) int {
		w := scoreFirst(vs)
		cov := vs[w].coverage
		if c := byCoverage(vs, func(v msVerdict) bool { return v.label == claimcheck.Contradicted && v.coverage >= cov }); c >= 0 {
			return c
		}
		return w
	}},
	{"contradicted-first", "a contradiction wins over unsupported (the best aligned of them); supported wins over both", func(vs []msVerdict) int {
		w := scoreFirst(vs)
		if vs[w].label == claimcheck.Supported {
			return w
		}
		if c := byCoverage(vs, func(v msVerdict) bool { return v.label == claimcheck.Contradicted }); c >= 0 {
			return c
		}
		return w
	}},
}

// msCase is one case's checks: for each claim, the verdict of each source.
type msCase struct {
	trueSlot int           // the place of the case's own source among its sources
	sources  []string      // the texts, in the order they are given
	weights  []float64     // per claim: its content words, at least 1
	verdicts [][]msVerdict // per source, per claim; nil for a source that could not be read
	err      error
}

func msHash(parts ...string) uint64 {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// msSources chooses each case's sources: its own, up to two other derived
// texts of the same source, and other cases' sources of the same part and
// dataset, k distractors in all where the data has them.
func msSources(cases []*benchCase, k, siblings int) []msCase {
	bySource := map[string][]int{}
	type group struct{ part, dataset string }
	sourcesOf := map[group][]string{}
	for i, c := range cases {
		if _, ok := bySource[c.Source]; !ok {
			g := group{c.part, c.Dataset}
			sourcesOf[g] = append(sourcesOf[g], c.Source)
		}
		bySource[c.Source] = append(bySource[c.Source], i)
	}
	out := make([]msCase, len(cases))
	for i, c := range cases {
		var ds []string
		seen := map[string]bool{c.Source: true, c.Derived: true}
		// Siblings: other summaries of the same article, by hash order.
		sib := append([]int(nil), bySource[c.Source]...)
		sort.Slice(sib, func(a, b int) bool {
			return msHash(c.ID, cases[sib[a]].ID, cases[sib[a]].Derived) < msHash(c.ID, cases[sib[b]].ID, cases[sib[b]].Derived)
		})
		for _, j := range sib {
			if len(ds) == min(siblings, k) {
				break
			}
			if d := cases[j].Derived; !seen[d] {
				seen[d] = true
				ds = append(ds, d)
			}
		}
		pool := sourcesOf[group{c.part, c.Dataset}]
		for try := 0; len(ds) < k && try < 4*k; try++ {
			s := pool[msHash(c.ID, c.Derived, fmt.Sprint(try))%uint64(len(pool))]
			if !seen[s] {
				seen[s] = true
				ds = append(ds, s)
			}
		}
		slot := int(msHash(c.ID, c.Derived, "slot") % uint64(len(ds)+1))
		srcs := append([]string(nil), ds[:slot]...)
		srcs = append(srcs, c.Source)
		srcs = append(srcs, ds[slot:]...)
		out[i] = msCase{trueSlot: slot, sources: srcs}
	}
	return out
}

// msCheck checks every case's derived text against each of its sources,
// grouping the work by source text so that each is prepared once.
func msCheck(cases []*benchCase, ms []msCase, workers int) error {
	checker, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		return err
	}
	type job struct{ c, slot int }
	jobs := map[string][]job{}
	var texts []string
	for i := range ms {
		ms[i].verdicts = make([][]msVerdict, len(ms[i].sources))
		ms[i].weights = claimWeights(cases[i].Derived)
		for s, text := range ms[i].sources {
			if _, ok := jobs[text]; !ok {
				texts = append(texts, text)
			}
			jobs[text] = append(jobs[text], job{i, s})
		}
	}
	var mu sync.Mutex
	bySize(texts, func(s string) int { return len(jobs[s]) }, workers, func(text string) {
		src, srcErr := checker.NewSource("source", text)
		for _, j := range jobs[text] {
			var vs []msVerdict
			var err error
			if srcErr == nil {
				var r *claimcheck.Report
				if r, err = checker.CheckSources(cases[j.c].Derived, src); err == nil {
					for _, cl := range r.Claims {
						vs = append(vs, msVerdict{cl.Label, cl.Score, cl.Coverage})
					}
				}
			} else {
				err = srcErr
			}
			mu.Lock()
			if err == nil {
				ms[j.c].verdicts[j.slot] = vs
			} else if j.slot == ms[j.c].trueSlot {
				ms[j.c].err = err
			}
			mu.Unlock()
		}
	})
	return nil
}

// msPicked is a case under one rule: each claim's verdict, and the source it
// came from.
type msPicked struct {
	vs    []msVerdict
	slots []int
}

// pick applies a rule to a case, over the sources in slots (indices into
// its sources; those that could not be read are left out).
func (m *msCase) pick(r msRule, all bool) msPicked {
	var slots []int
	for s, v := range m.verdicts {
		if v != nil && (all || s == m.trueSlot) {
			slots = append(slots, s)
		}
	}
	out := msPicked{}
	n := len(m.verdicts[m.trueSlot])
	for c := 0; c < n; c++ {
		vs := make([]msVerdict, len(slots))
		for k, s := range slots {
			vs[k] = m.verdicts[s][c]
		}
		k := r.pick(vs)
		out.vs = append(out.vs, vs[k])
		out.slots = append(out.slots, slots[k])
	}
	return out
}

// docScore is score.Document over the picked verdicts.
func (m *msCase) docScore(p msPicked) float64 {
	if len(p.vs) == 0 {
		return 1
	}
	sum, wsum, worst := 0.0, 0.0, 1.0
	for c, v := range p.vs {
		w := 1.0
		if c < len(m.weights) {
			w = m.weights[c]
		}
		sum += w * v.score
		wsum += w
		worst = math.Min(worst, v.score)
	}
	return (1-docWorst)*(sum/wsum) + docWorst*worst
}

// msVerify checks every 50th case with CheckSources over all its sources
// and compares the labels and scores with the simulation of msBuilt.
func msVerify(cases []*benchCase, ms []msCase) (checked, differ int, err error) {
	checker, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		return 0, 0, err
	}
	var built msRule
	for _, r := range msRules {
		if r.name == msBuilt {
			built = r
		}
	}
	for i := 0; i < len(ms); i += 50 {
		m := &ms[i]
		if m.err != nil {
			continue
		}
		var srcs []*claimcheck.Source
		all := true
		for s, text := range m.sources {
			src, err := checker.NewSource(fmt.Sprint("s", s), text)
			if err != nil {
				all = false
				break
			}
			srcs = append(srcs, src)
		}
		if !all {
			continue
		}
		r, err := checker.CheckSources(cases[i].Derived, srcs...)
		if err != nil {
			continue
		}
		checked++
		p := m.pick(built, true)
		for c, cl := range r.Claims {
			if c >= len(p.vs) || cl.Label != p.vs[c].label || cl.Score != p.vs[c].score {
				differ++
				break
			}
		}
	}
	return checked, differ, nil
}

// msStats are one rule's figures on one row.
type msStats struct {
	claims, changed                 int
	trueContra, hidden              int // claims the true source contradicts; of them, not contradicted under the rule
	hiddenUnsup                     int // of the hidden, those that the rule labels unsupported
	notContra, newContra            int // claims it does not contradict; of them, contradicted under the rule
	consistent, inconsistent        int
	consContra, inconsContra        int // cases with a contradicted claim under the rule
	consContraAlone, inconsContraAl int // the same, single source
	auc, ba, aucAlone, baAlone      float64
}

func runMultisource(cfg config, cases []*benchCase, stdout, stderr io.Writer) error {
	k := cfg.distractors
	ms := msSources(cases, k, cfg.siblings)
	if err := msCheck(cases, ms, cfg.workers); err != nil {
		return err
	}
	checked, differ, err := msVerify(cases, ms)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "evaluate: -multisource: %d sampled cases checked with CheckSources, %d differ from the simulation of %s\n", checked, differ, msBuilt)
	if differ > 0 {
		return fmt.Errorf("-multisource: %d of %d sampled cases differ between CheckSources and the simulation of %q: msBuilt is not the rule the library has", differ, checked, msBuilt)
	}
	// The threshold: best balanced accuracy of the single-source scores on
	// summaries.train.
	alone := make([]float64, len(cases))
	for i := range ms {
		if ms[i].err == nil {
			alone[i] = ms[i].docScore(ms[i].pick(msRules[0], false))
		}
	}
	var train []labelled
	for i, c := range cases {
		if c.part == partSummariesTrain && ms[i].err == nil {
			train = append(train, labelled{alone[i], c.Label})
		}
	}
	t, _ := bestThreshold(train)
	rows := msRows(cases)
	nd := 0
	for i := range ms {
		nd += len(ms[i].sources) - 1
	}
	fmt.Fprintf(stdout, "Several sources: each derived text against its own source and %d distractors (%.2f a case on average: up to %d other summaries of its article, then other cases' sources of its dataset); threshold %.3f on the document score (best balanced accuracy of the single-source scores on summaries.train).\n", k, float64(nd)/float64(len(ms)), cfg.siblings, t)
	fmt.Fprintln(stdout, "changed: claims whose label differs from the single-source check; hidden: of the claims the true source contradicts, those no longer contradicted (as-uns: of them, those now unsupported rather than supported); new: of the others, those made contradicted; contra cons/incons: cases with a contradicted claim, consistent/inconsistent (single source in brackets); NaN where a row has none to count.")
	for _, r := range msRules {
		fmt.Fprintf(stdout, "\n%s: %s\n", r.name, r.doc)
		fmt.Fprintf(stdout, "  %-26s %7s %8s %7s %7s %7s %14s %14s %17s %17s\n", "row", "claims", "changed", "hidden", "as-uns", "new", "AUC (alone)", "BA (alone)", "contra cons", "contra incons")
		for _, row := range rows {
			s := msMeasure(cases, ms, row.idx, r, alone, t)
			fmt.Fprintf(stdout, "  %-26s %7d %7.1f%% %6.1f%% %6.1f%% %6.2f%% %6.3f (%.3f) %6.1f (%5.1f) %7.1f%% (%5.1f%%) %7.1f%% (%5.1f%%)\n", row.name, s.claims,
				share(s.changed, s.claims), share(s.hidden, s.trueContra), share(s.hiddenUnsup, s.trueContra), share(s.newContra, s.notContra), s.auc, s.aucAlone, 100*s.ba, 100*s.baAlone,
				share(s.consContra, s.consistent), share(s.consContraAlone, s.consistent), share(s.inconsContra, s.inconsistent), share(s.inconsContraAl, s.inconsistent))
		}
	}
	return nil
}

func share(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return 100 * float64(a) / float64(b)
}

// msRows are the rows of the -multisource table: each bench set, the bench
// pooled, each part of ../shared/train, and each dataset of summaries.val.
func msRows(cases []*benchCase) []row {
	byName := map[string][]int{}
	var names []string
	add := func(name string, i int) {
		if _, ok := byName[name]; !ok {
			names = append(names, name)
		}
		byName[name] = append(byName[name], i)
	}
	for i, c := range cases {
		if c.part == partBench {
			add("bench/"+c.set, i)
		}
	}
	sort.Strings(names)
	for i, c := range cases {
		if c.part == partBench {
			add("bench (all)", i)
		}
	}
	for _, p := range trainParts {
		for i, c := range cases {
			if c.part == p {
				add(p, i)
			}
		}
		if p != partSummariesVal {
			continue
		}
		// summaries.val by dataset, the held-out rows closest to news.
		var sets []string
		for i, c := range cases {
			if c.part == p {
				name := p + "/" + c.Dataset
				if _, ok := byName[name]; !ok {
					sets = append(sets, name)
				}
				byName[name] = append(byName[name], i)
			}
		}
		sort.Strings(sets)
		names = append(names, sets...)
	}
	var out []row
	for _, n := range names {
		out = append(out, row{n, byName[n]})
	}
	return out
}

func msMeasure(cases []*benchCase, ms []msCase, idx []int, r msRule, alone []float64, t float64) msStats {
	var s msStats
	var with, without []labelled
	for _, i := range idx {
		m := &ms[i]
		if m.err != nil {
			continue
		}
		single := m.pick(msRules[0], false)
		p := m.pick(r, true)
		contra, contraAlone := false, false
		for c := range p.vs {
			s.claims++
			a, b := single.vs[c].label, p.vs[c].label
			if a != b {
				s.changed++
			}
			if a == claimcheck.Contradicted {
				s.trueContra++
				contraAlone = true
				if b != claimcheck.Contradicted {
					s.hidden++
				}
				if b == claimcheck.Unsupported {
					s.hiddenUnsup++
				}
			} else {
				s.notContra++
				if b == claimcheck.Contradicted {
					s.newContra++
				}
			}
			if b == claimcheck.Contradicted {
				contra = true
			}
		}
		label := cases[i].Label
		if label == 1 {
			s.consistent++
			s.consContra += b2i(contra)
			s.consContraAlone += b2i(contraAlone)
		} else {
			s.inconsistent++
			s.inconsContra += b2i(contra)
			s.inconsContraAl += b2i(contraAlone)
		}
		with = append(with, labelled{m.docScore(p), label})
		without = append(without, labelled{alone[i], label})
	}
	s.auc, s.aucAlone = rocAUC(with), rocAUC(without)
	s.ba, s.baAlone = balancedAccuracy(with, t), balancedAccuracy(without, t)
	return s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
