package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck"
)

// TestMultisourceMeasure counts hidden and new contradictions and changed
// labels on hand-made verdicts, for score-first and the rule kept.
func TestMultisourceMeasure(t *testing.T) {
	C, U, S := claimcheck.Contradicted, claimcheck.Unsupported, claimcheck.Supported
	cases := []*benchCase{{ID: "a", Label: 0}, {ID: "b", Label: 1}}
	ms := []msCase{
		{ // the true source (slot 1) contradicts claim 0; a distractor that
			// bears less gives it a better-scored unsupported verdict
			trueSlot: 1, weights: []float64{1, 1},
			verdicts: [][]msVerdict{
				{{U, 0.38, 0.22}, {U, 0.2, 0.1}},
				{{C, 0.30, 1.0}, {S, 1, 1}},
			},
		},
		{ // the true source (slot 0) leaves claim 0 unsupported; a
			// distractor that bears less contradicts it
			trueSlot: 0, weights: []float64{1},
			verdicts: [][]msVerdict{
				{{U, 0.89, 0.38}},
				{{C, 0.17, 0.26}},
			},
		},
	}
	rule := func(name string) msRule {
		for _, r := range msRules {
			if r.name == name {
				return r
			}
		}
		t.Fatalf("no rule %q", name)
		return msRule{}
	}
	alone := []float64{ms[0].docScore(ms[0].pick(rule("score-first"), false)), ms[1].docScore(ms[1].pick(rule("score-first"), false))}
	for _, tc := range []struct {
		rule                             string
		changed, hidden, newContra, cons int
	}{
		{"score-first", 1, 1, 0, 0},
		{"aligned-contradiction", 0, 0, 0, 0},
		{"contradicted-first", 1, 0, 1, 1},
	} {
		s := msMeasure(cases, ms, []int{0, 1}, rule(tc.rule), alone, 0.5)
		if s.claims != 3 || s.trueContra != 1 || s.changed != tc.changed || s.hidden != tc.hidden || s.newContra != tc.newContra || s.consContra != tc.cons {
			t.Errorf("%s: claims %d, true contradictions %d, changed %d, hidden %d, new %d, consistent cases contradicted %d; want 3, 1, %d, %d, %d, %d",
				tc.rule, s.claims, s.trueContra, s.changed, s.hidden, s.newContra, s.consContra, tc.changed, tc.hidden, tc.newContra, tc.cons)
		}
	}
}

// TestMultisourceSources checks the choice of distractors: the case's own
// source at its slot, other derived texts of the same source first, then
// other sources of its dataset, never its own source or text twice.
func TestMultisourceSources(t *testing.T) {
	cases := []*benchCase{
		{ID: "a", Dataset: "x", Source: "S1", Derived: "D1", part: partBench},
		{ID: "b", Dataset: "x", Source: "S1", Derived: "D2", part: partBench},
		{ID: "c", Dataset: "x", Source: "S2", Derived: "D3", part: partBench},
		{ID: "d", Dataset: "y", Source: "S3", Derived: "D4", part: partBench},
	}
	ms := msSources(cases, 2, 2)
	for i, m := range ms {
		if m.sources[m.trueSlot] != cases[i].Source {
			t.Errorf("case %s: slot %d holds %q, not its source", cases[i].ID, m.trueSlot, m.sources[m.trueSlot])
		}
		seen := map[string]bool{}
		for _, s := range m.sources {
			if seen[s] || s == cases[i].Derived {
				t.Errorf("case %s: sources %q repeat one or hold its own text", cases[i].ID, m.sources)
			}
			seen[s] = true
		}
	}
	if got := ms[0].sources; !strings.Contains(strings.Join(got, " "), "D2") || !strings.Contains(strings.Join(got, " "), "S2") {
		t.Errorf("case a: sources %q; want its sibling D2 and the other source S2", got)
	}
	if got := ms[3].sources; len(got) != 1 {
		t.Errorf("case d, alone in its dataset: sources %q; want its own only", got)
	}
	again := msSources(cases, 2, 2)
	for i := range ms {
		if strings.Join(ms[i].sources, "|") != strings.Join(again[i].sources, "|") || ms[i].trueSlot != again[i].trueSlot {
			t.Errorf("case %s: the choice differs from run to run", cases[i].ID)
		}
	}
}

// TestRunMultisource runs -multisource on toy files: a table per rule, and
// the build's CheckSources agreeing with the simulation of msBuilt.
func TestRunMultisource(t *testing.T) {
	dir := t.TempDir()
	train := filepath.Join(dir, "train")
	os.Mkdir(train, 0o755)
	writeLines(t, filepath.Join(train, "summaries.train.jsonl"),
		`{"id":"c","dataset":"toy","source":"Maria Ortiz, 54, was elected mayor of Springfield on Tuesday.","derived":"Maria Ortiz, 45, was elected mayor of Springfield on Tuesday.","label":0}`,
		`{"id":"d","dataset":"toy","source":"Maria Ortiz of Springfield spoke to reporters on Tuesday.","derived":"Maria Ortiz spoke to reporters.","label":1}`)
	var out, errs bytes.Buffer
	cfg := config{bench: filepath.Join(dir, "none"), train: train, workers: 2, multisource: true, distractors: 1, siblings: 2}
	if err := run(cfg, &out, &errs); err != nil {
		t.Fatal(err)
	}
	for _, r := range msRules {
		if !strings.Contains(out.String(), "\n"+r.name+": ") {
			t.Errorf("no table for %s:\n%s", r.name, out.String())
		}
	}
	if !strings.Contains(errs.String(), "1 sampled cases checked with CheckSources, 0 differ") {
		t.Errorf("standard error: %s", errs.String())
	}
	// Case c: score-first hides the contradiction behind d's source.
	first := out.String()[strings.Index(out.String(), "\nscore-first: "):]
	if !strings.Contains(first, "summaries.train                  2    50.0%  100.0%  100.0%") {
		t.Errorf("score-first should hide c's contradiction:\n%s", first)
	}
}
