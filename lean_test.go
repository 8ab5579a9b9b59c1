package claimcheck_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
)

// TestLeanSourceSameReports holds the reports of lean sources (see
// claimcheck.LeanSources), parsed again in tiny windows under a tiny
// cache so that nearly every statement a claim reads is parsed anew and
// windows are let go while their statements are in use, byte for byte to
// those of the same sources held whole: over the bundled article pairs and
// every case of ../shared/bench, the cases of each source checked by
// several goroutines at once against one lean source, and with a Checker
// of another MaxEvidence, which indexes the lean source again from its
// outline.
func TestLeanSourceSameReports(t *testing.T) {
	type pair struct{ source, derived string }
	pairs := []pair{
		{readArticle(t, "000"), readArticle(t, "001")},
		{readArticle(t, "002"), readArticle(t, "003")},
		{readArticle(t, "001"), readArticle(t, "000")}, // the other way round too
	}
	if files, _ := filepath.Glob(filepath.Join("..", "shared", "bench", "*.dev.jsonl")); len(files) == 0 {
		t.Log("../shared/bench absent: the bundled articles only")
	} else {
		cases, _ := benchCases(t)
		for _, c := range cases {
			pairs = append(pairs, pair{c.Source, c.Derived})
		}
		if testing.Short() {
			pairs = pairs[:len(pairs)/8]
		}
	}
	// The derived texts of each source, in order of the source's first case.
	var sources []string
	derived := map[string][]string{}
	for _, p := range pairs {
		if derived[p.source] == nil {
			sources = append(sources, p.source)
		}
		derived[p.source] = append(derived[p.source], p.derived)
	}
	checkers := map[string]*claimcheck.Checker{}
	for name, opts := range map[string]claimcheck.Options{"default": {}, "MaxEvidence 1": {MaxEvidence: 1}} {
		c, err := claimcheck.New(opts)
		if err != nil {
			t.Fatal(err)
		}
		checkers[name] = c
	}
	maker := checkers["default"]
	// reports returns the JSON reports of each derived text against src,
	// checked by c concurrently.
	reports := func(c *claimcheck.Checker, src *claimcheck.Source, ds []string) []string {
		out := make([]string, len(ds))
		var wg sync.WaitGroup
		for k, d := range ds {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r, err := c.CheckSources(d, src)
				if err != nil {
					out[k] = "error: " + err.Error()
					return
				}
				b, err := json.Marshal(r)
				if err != nil {
					out[k] = "error: " + err.Error()
					return
				}
				out[k] = string(b)
			}()
		}
		wg.Wait()
		return out
	}
	for _, cfg := range []struct{ window, cache int }{{1, 1}, {5, 4 << 10}} {
		t.Run(fmt.Sprintf("window %d cache %d", cfg.window, cfg.cache), func(t *testing.T) {
			differ, n := 0, 0
			for _, text := range sources {
				whole, err := maker.NewSource("source", text)
				if err != nil {
					continue // a text with no sentences, refused either way
				}
				restore := claimcheck.LeanSources(0, cfg.window, cfg.cache)
				lean, err := maker.NewSource("source", text)
				restore()
				if err != nil {
					t.Fatalf("lean source refused where the whole one is not: %v", err)
				}
				if claimcheck.IsLean(whole) || !claimcheck.IsLean(lean) {
					t.Fatal("the hook did not choose the backing")
				}
				for _, name := range []string{"default", "MaxEvidence 1"} {
					c := checkers[name]
					want := reports(c, whole, derived[text])
					restore := claimcheck.LeanSources(0, cfg.window, cfg.cache) // for the MaxEvidence 1 index
					got := reports(c, lean, derived[text])
					restore()
					for k := range want {
						n++
						if want[k] != got[k] {
							if differ++; differ <= 3 {
								t.Errorf("%s: report %d of a source of %d bytes differs (-whole +lean):\n%s", name, k, len(text), cmp.Diff(want[k], got[k]))
							}
						}
					}
				}
			}
			if differ > 0 {
				t.Errorf("%d of %d reports differ", differ, n)
			}
			t.Logf("%d reports over %d sources, the same", n, len(sources))
		})
	}
}
