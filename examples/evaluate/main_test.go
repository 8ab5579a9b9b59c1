package main

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck"
)

func TestMetrics(t *testing.T) {
	scores := []float64{0.9, 0.8, 0.7, 0.4, 0.3, 0.2}
	labels := []int{1, 1, 0, 1, 0, 0}
	if got := rocAUC(scores, labels); math.Abs(got-8.0/9) > 1e-9 {
		t.Errorf("AUC = %v, want 8/9", got)
	}
	// Thresholds 0.35 and 0.75 both reach 5/6; the lower is taken.
	th, ba := bestThreshold(scores, labels)
	if math.Abs(ba-5.0/6) > 1e-9 || th != 0.35 {
		t.Errorf("best threshold %v BA %v; want 0.35 with BA 5/6", th, ba)
	}
	if got := balancedAccuracy(scores, labels, 0.5); math.Abs(got-2.0/3) > 1e-9 {
		t.Errorf("BA at 0.5 = %v, want 2/3", got)
	}
	if _, ba := bestThreshold(nil, nil); ba != 0 {
		t.Errorf("empty input: BA %v", ba)
	}
	perfect := []int{1, 1, 1, 0, 0, 0}
	folds := []int{0, 1, 0, 1, 0, 1}
	if cv, pred := crossValidate(scores, perfect, folds); cv != 1 || pred[0] || !pred[5] {
		t.Errorf("cross-validated BA on separable data = %v, %v", cv, pred)
	}
}

func TestArticleAUC(t *testing.T) {
	mk := func(source string, label int, score float64) result {
		return result{c: &benchCase{Source: source, Label: label}, score: score}
	}
	// Article A: its consistent case beats one of its two inconsistent ones
	// and ties the other; article B's consistent case is below every
	// inconsistent case of A, which must not count: 1.5 of 3 pairs.
	rs := []result{mk("A", 1, 0.8), mk("A", 0, 0.5), mk("A", 0, 0.8), mk("B", 1, 0.1), mk("B", 0, 0.9)}
	if got, ok := articleAUC(rs); !ok || math.Abs(got-0.5) > 1e-9 {
		t.Errorf("articleAUC = %v, %v; want 0.5", got, ok)
	}
	if _, ok := articleAUC([]result{mk("A", 1, 1), mk("B", 0, 0)}); ok {
		t.Error("no article with both labels must give no figure")
	}
}

// TestSmoke checks a handful of cases end to end, as the real run does.
func TestSmoke(t *testing.T) {
	cases := []*benchCase{
		{ID: "a", Dataset: "toy", Source: "The dam held on Monday.", Derived: "The dam held on Monday.", Label: 1},
		{ID: "b", Dataset: "toy", Source: "The dam held on Monday.", Derived: "The dam broke on Tuesday.", Label: 0, Kind: "date"},
		{ID: "c", Dataset: "frank", Subset: "xsum", Source: "Ortiz, 54, won.", Derived: "Ortiz, 45, won.", Label: 0, Kind: "EntE"},
		{ID: "d", Dataset: "toy", Source: "The dam held.", Derived: "", Label: 1},
	}
	checker, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs := checkAll(checker, cases, 2)
	if rs[0].score != 1 || rs[1].score >= 1 || rs[3].err == nil {
		t.Errorf("results %+v", rs)
	}
	var out bytes.Buffer
	report(&out, rs, true)
	for _, want := range []string{"toy", "frank-xsum", "cv-BA", "could not be checked"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}
