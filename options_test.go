package claimcheck_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
)

func mustNew(t testing.TB, o claimcheck.Options) *claimcheck.Checker {
	t.Helper()
	c, err := claimcheck.New(o)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLimits(t *testing.T) {
	three := "The dam held. The river rose. The town was saved."
	for _, tc := range []struct {
		reason          string
		opts            claimcheck.Options
		source, derived string
		text, limit     string
		value, max      int
	}{
		{"a source longer than MaxBytes", claimcheck.Options{MaxBytes: 20}, three, "The dam held.", "source", "MaxBytes", len(three), 20},
		{"a derived text longer than MaxBytes", claimcheck.Options{MaxBytes: 20}, "The dam held.", three, "derived", "MaxBytes", len(three), 20},
		{"a source with more sentences than MaxClaims", claimcheck.Options{MaxClaims: 2}, three, "The dam held.", "source", "MaxClaims", 3, 2},
		{"a derived text with more sentences than MaxClaims", claimcheck.Options{MaxClaims: 2}, "The dam held.", three, "derived", "MaxClaims", 3, 2},
	} {
		t.Run(tc.reason, func(t *testing.T) {
			r, err := mustNew(t, tc.opts).Check(tc.source, tc.derived)
			var le *claimcheck.LimitError
			if r != nil || !errors.As(err, &le) {
				t.Fatalf("Check = %v, %v; want a LimitError", r, err)
			}
			want := claimcheck.LimitError{Text: tc.text, Limit: tc.limit, Value: tc.value, Max: tc.max}
			if *le != want {
				t.Errorf("got %+v, want %+v", *le, want)
			}
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.Contains(msg, "Options."+tc.limit) {
				t.Errorf("error %q is not one line naming the limit", msg)
			}
		})
	}
	// At the limit is within it.
	if _, err := mustNew(t, claimcheck.Options{MaxBytes: len(three), MaxClaims: 3}).Check(three, three); err != nil {
		t.Errorf("texts at the limits: %v", err)
	}
	// The defaults let a long text through.
	long := strings.Repeat("The river rose by two metres on Monday. ", 25000) // 1 MB, 25,000 sentences
	if _, err := claimcheck.Check("The river rose by two metres on Monday.", long); err != nil {
		t.Errorf("a 1 MB text with the default limits: %v", err)
	}
}

// stopAfter is a context that is done once its Err has been asked n times:
// it shows where a check looks.
type stopAfter struct {
	context.Context
	n int
}

func (c *stopAfter) Err() error {
	if c.n <= 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

func TestCheckContext(t *testing.T) {
	c := mustNew(t, claimcheck.Options{})
	src, derived := "The dam held. The river rose.", "The dam held. The river rose. The town was saved."
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r, err := c.CheckContext(ctx, src, derived); r != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled context: %v, %v; want context.Canceled", r, err)
	}
	s, err := c.NewSource("s", src)
	if err != nil {
		t.Fatal(err)
	}
	// Asked before the derived text is parsed, then before each claim:
	// stopping at any of them returns the context's error and no report.
	for n := range 4 {
		if r, err := c.CheckSourcesContext(&stopAfter{context.Background(), n}, derived, s); r != nil || !errors.Is(err, context.Canceled) {
			t.Errorf("stopped after %d questions: %v, %v", n, r, err)
		}
	}
	r, err := c.CheckSourcesContext(&stopAfter{context.Background(), 4}, derived, s)
	if err != nil || len(r.Claims) != 3 {
		t.Errorf("a context that is never done: %v, %v", r, err)
	}
	// A nil context is Background: a caller can pass one.
	if _, err := c.CheckSourcesContext(nil, derived, s); err != nil {
		t.Errorf("a nil context: %v", err)
	}
}

// TestNoPanics calls every method on the values a caller can make without
// New and NewSource: each gives an error, never a panic.
func TestNoPanics(t *testing.T) {
	var nilChecker *claimcheck.Checker
	good := mustNew(t, claimcheck.Options{})
	src, err := good.NewSource("s", "The dam held.")
	if err != nil {
		t.Fatal(err)
	}
	usage := func(what string, err error) {
		t.Helper()
		var ue *claimcheck.UsageError
		if !errors.As(err, &ue) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v, want a one-line UsageError", what, err)
		}
	}
	_, err = nilChecker.Check("The dam held.", "The dam held.")
	usage("nil Checker, Check", err)
	_, err = nilChecker.CheckContext(context.Background(), "The dam held.", "The dam held.")
	usage("nil Checker, CheckContext", err)
	_, err = nilChecker.NewSource("s", "The dam held.")
	usage("nil Checker, NewSource", err)
	_, err = nilChecker.CheckSources("The dam held.", src)
	usage("nil Checker, CheckSources", err)
	_, err = good.CheckSources("The dam held.")
	usage("no source", err)
	_, err = good.CheckSources("The dam held.", nil)
	usage("a nil Source", err)
	_, err = good.CheckSources("The dam held.", src, &claimcheck.Source{})
	usage("a zero Source", err)
	var zero claimcheck.Checker // the zero Checker has the default options
	if _, err := zero.Check("The dam held.", "The dam held."); err != nil {
		t.Errorf("the zero Checker: %v", err)
	}
	if (*claimcheck.Source)(nil).Name() != "" || (&claimcheck.Source{}).Name() != "" {
		t.Error("the name of a nil or zero Source is not empty")
	}
}

// TestSourceFromAnotherChecker checks that a Source gives the verdicts of
// the Checker that uses it, not of the one that made it, and that a text
// beyond the user's limits is refused however it was made.
func TestSourceFromAnotherChecker(t *testing.T) {
	source := "Maria Ortiz was elected mayor of Springfield on Tuesday. She won 54 percent of the vote. " +
		"The turnout was the lowest in decades."
	derived := "Maria Ortiz was elected mayor of Springfield on Tuesday with 54 percent of the vote, on the lowest turnout in decades."
	one := mustNew(t, claimcheck.Options{MaxEvidence: 1})
	three := mustNew(t, claimcheck.Options{MaxEvidence: 3})
	want1, err := one.Check(source, derived)
	if err != nil {
		t.Fatal(err)
	}
	want3, err := three.Check(source, derived)
	if err != nil {
		t.Fatal(err)
	}
	if cmp.Equal(want1, want3) {
		t.Fatal("MaxEvidence 1 and 3 give the same report: the test shows nothing")
	}
	for _, tc := range []struct {
		maker, user *claimcheck.Checker
		want        *claimcheck.Report
	}{{one, three, want3}, {three, one, want1}, {one, one, want1}} {
		s, err := tc.maker.NewSource("source", source)
		if err != nil {
			t.Fatal(err)
		}
		for range 2 { // the second time, from the index kept
			got, err := tc.user.CheckSources(derived, s)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("a Source made with another MaxEvidence (-the user's own, +got):\n%s", d)
			}
		}
	}
	big := mustNew(t, claimcheck.Options{})
	s, err := big.NewSource("archive", source)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range []claimcheck.Options{{MaxBytes: 50}, {MaxClaims: 2}} {
		_, err := mustNew(t, o).CheckSources(derived, s)
		var le *claimcheck.LimitError
		if !errors.As(err, &le) || le.Text != "archive" {
			t.Errorf("a Source beyond the user's limits %+v: %v, want a LimitError naming it", o, err)
		}
	}
}

// FuzzOptions checks any options with any texts: New accepts them or gives
// an *OptionError; a check gives a report or a typed error (*InputError,
// *LimitError), never a panic; and a Source made by one Checker gives the
// verdicts that another gives on the text itself.
func FuzzOptions(f *testing.F) {
	f.Add(0.0, 0, 0, 0, "Maria Ortiz, 54, was elected mayor.", "Maria Ortiz, 45, was elected mayor.")
	f.Add(math.NaN(), -1, -5, -1, "a", "b")
	f.Add(1.0, 1000, 10, 1, "The dam held. The river rose.", "The river rose. The dam held.")
	f.Add(0.3, 2, 1<<30, 1<<30, "It rained.", "It \xffrained.")
	f.Add(math.Inf(1), 1001, 0, 0, "", "")
	f.Fuzz(func(t *testing.T, minCov float64, maxEv, maxBytes, maxClaims int, source, derived string) {
		opts := claimcheck.Options{MinCoverage: minCov, MaxEvidence: maxEv, MaxBytes: maxBytes, MaxClaims: maxClaims}
		c, err := claimcheck.New(opts)
		if err != nil {
			var oe *claimcheck.OptionError
			if !errors.As(err, &oe) || c != nil {
				t.Fatalf("New(%+v) = %v, %v; want an OptionError", opts, c, err)
			}
			return
		}
		typed := func(err error) bool {
			var ie *claimcheck.InputError
			var le *claimcheck.LimitError
			return errors.As(err, &ie) || errors.As(err, &le)
		}
		r, err := c.Check(source, derived)
		if err != nil {
			if !typed(err) || r != nil {
				t.Fatalf("Check: %v (%T)", err, err)
			}
			return
		}
		if r.Score < 0 || r.Score > 1 || math.IsNaN(r.Score) {
			t.Fatalf("document score %v", r.Score)
		}
		// The same source made by a Checker with other options.
		src, err := mustNew(t, claimcheck.Options{MaxBytes: 1 << 30, MaxClaims: 1 << 30}).NewSource("source", source)
		if err != nil {
			t.Fatalf("NewSource with the widest limits: %v", err)
		}
		got, err := c.CheckSources(derived, src)
		if err != nil {
			t.Fatalf("CheckSources with a Source made elsewhere: %v", err)
		}
		if d := cmp.Diff(r, got); d != "" {
			t.Fatalf("a Source made by another Checker changes the report (-own, +other):\n%s", d)
		}
	})
}

// TestSourceConcurrentCheckers uses one Source from Checkers with several
// MaxEvidence settings at once (run with -race): each gets its own
// verdicts.
func TestSourceConcurrentCheckers(t *testing.T) {
	source := "Maria Ortiz was elected mayor of Springfield on Tuesday. She won 54 percent of the vote. " +
		"The turnout was the lowest in decades."
	derived := "Maria Ortiz was elected mayor of Springfield on Tuesday with 54 percent of the vote, on the lowest turnout in decades."
	s, err := mustNew(t, claimcheck.Options{}).NewSource("source", source)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 30)
	for i := range 30 {
		c := mustNew(t, claimcheck.Options{MaxEvidence: 1 + i%3})
		want, err := c.Check(source, derived)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := c.CheckSources(derived, s)
			if err != nil {
				errs <- err.Error()
			} else if d := cmp.Diff(want, got); d != "" {
				errs <- d
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
