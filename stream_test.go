package claimcheck_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
)

// streamed collects a Stream into a Report: its claims as they come, then
// the totals.
func streamed(t *testing.T, c *claimcheck.Checker, derived string, sources ...*claimcheck.Source) *claimcheck.Report {
	t.Helper()
	st, err := c.Stream(context.Background(), derived, sources...)
	if err != nil {
		t.Fatal(err)
	}
	var cls []claimcheck.Claim
	for cl, err := range st.Claims() {
		if err != nil {
			t.Fatal(err)
		}
		cls = append(cls, cl)
	}
	if len(cls) != st.Len() {
		t.Errorf("%d claims streamed, Len says %d", len(cls), st.Len())
	}
	r, err := st.Report()
	if err != nil {
		t.Fatal(err)
	}
	if r.Claims != nil {
		t.Errorf("Stream.Report has %d claims, want nil", len(r.Claims))
	}
	r.Claims = cls
	return r
}

// TestStreamMatchesCheck checks that a Stream gives, claim by claim and in
// its totals, the report CheckSources gives (which the golden reports
// hold), on the bundled pairs, several sources at once, and generated text
// of a few hundred claims: with each text parsed whole, as Stream parses a
// short one, and window by window, as it parses a long one (windows of the
// fewest claims a judgement reads, and of 100).
func TestStreamMatchesCheck(t *testing.T) {
	for _, w := range []struct {
		name   string
		claims int // 0: parsed whole
	}{{"whole", 0}, {"windows-of-11", 11}, {"windows-of-100", 100}} {
		t.Run(w.name, func(t *testing.T) {
			if w.claims > 0 {
				defer claimcheck.WindowedStreams(w.claims)()
			}
			testStreamMatchesCheck(t)
		})
	}
}

func testStreamMatchesCheck(t *testing.T) {
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	genSource, genDerived := newsPair(200<<10, 7, 3, 5)
	for _, tc := range []struct {
		name    string
		sources []string
		derived string
		reason  string
	}{
		{"001-against-000", []string{readArticle(t, "000")}, readArticle(t, "001"), "a rewrite"},
		{"003-against-002", []string{readArticle(t, "002")}, readArticle(t, "003"), "a tabloid rewrite with captions and quotations"},
		{"two-sources", []string{readArticle(t, "000"), readArticle(t, "002")}, readArticle(t, "003"), "evidence names its source"},
		{"generated", []string{genSource}, genDerived, "a long text, a number or a name changed now and then"},
		{"one-claim", []string{"The mayor opened the library on Monday."}, "The mayor opened the library on Friday.", "the shortest text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srcs := make([]*claimcheck.Source, len(tc.sources))
			for i, s := range tc.sources {
				if srcs[i], err = c.NewSource(string(rune('a'+i))+".txt", s); err != nil {
					t.Fatal(err)
				}
			}
			want, err := c.CheckSources(tc.derived, srcs...)
			if err != nil {
				t.Fatal(err)
			}
			got := streamed(t, c, tc.derived, srcs...)
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("Stream differs from CheckSources (%s) (-check +stream):\n%s", tc.reason, d)
			}
			if tc.derived[want.Claims[len(want.Claims)-1].Start:want.Claims[len(want.Claims)-1].End] != want.Claims[len(want.Claims)-1].Text {
				t.Error("the last claim's offsets do not point into the whole derived text")
			}
		})
	}
}

// TestStreamResumes checks that breaking out of the loop and ranging again
// goes on with the next claim, and that Report refuses to give totals
// before the last claim is judged.
func TestStreamResumes(t *testing.T) {
	source, derived := readArticle(t, "002"), readArticle(t, "003")
	want, err := claimcheck.Check(source, derived)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := claimcheck.New(claimcheck.Options{})
	src, err := c.NewSource("source", source)
	if err != nil {
		t.Fatal(err)
	}
	st, err := c.Stream(context.Background(), derived, src)
	if err != nil {
		t.Fatal(err)
	}
	var got []claimcheck.Claim
	for len(got) < st.Len() {
		for cl, err := range st.Claims() {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, cl)
			if len(got)%3 == 0 {
				break
			}
		}
		if len(got) < st.Len() {
			var ue *claimcheck.UsageError
			if _, err := st.Report(); !errors.As(err, &ue) {
				t.Fatalf("Report after %d of %d claims: %v, want a *UsageError", len(got), st.Len(), err)
			}
		}
	}
	for cl := range st.Claims() {
		t.Fatalf("a range after the last claim yields %q", cl.Text)
	}
	if d := cmp.Diff(want.Claims, got); d != "" {
		t.Errorf("claims in pieces differ from Check's (-check +stream):\n%s", d)
	}
	r, err := st.Report()
	if err != nil {
		t.Fatal(err)
	}
	if r.Score != want.Score || r.Supported != want.Supported || r.Contradicted != want.Contradicted || r.Unsupported != want.Unsupported {
		t.Errorf("totals %v %d/%d/%d, want %v %d/%d/%d", r.Score, r.Supported, r.Contradicted, r.Unsupported,
			want.Score, want.Supported, want.Contradicted, want.Unsupported)
	}
}

// TestStreamStops checks that a Stream stops when its context is done,
// between one claim and the next, and keeps saying why.
func TestStreamStops(t *testing.T) {
	c, _ := claimcheck.New(claimcheck.Options{})
	src, err := c.NewSource("source", readArticle(t, "002"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, err := c.Stream(ctx, readArticle(t, "003"), src)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, err := range st.Claims() {
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("error %v, want context.Canceled", err)
			}
			break
		}
		n++
		if n == 2 {
			cancel()
		}
	}
	if n != 2 {
		t.Errorf("%d claims judged, want 2 (the context was cancelled after the second)", n)
	}
	for _, err := range st.Claims() {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("a range after the stop yields %v, want context.Canceled", err)
		}
	}
	if _, err := st.Report(); !errors.Is(err, context.Canceled) {
		t.Errorf("Report after the stop: %v, want context.Canceled", err)
	}
	if _, err := c.Stream(ctx, "The mayor spoke.", src); !errors.Is(err, context.Canceled) {
		t.Errorf("Stream with a done context: %v, want context.Canceled", err)
	}
}

// TestStreamErrors checks that Stream refuses what CheckSources refuses,
// with the same errors, before judging anything.
func TestStreamErrors(t *testing.T) {
	t.Run("whole", testStreamErrors)
	t.Run("windowed", func(t *testing.T) {
		defer claimcheck.WindowedStreams(11)()
		testStreamErrors(t)
	})
}

func testStreamErrors(t *testing.T) {
	c, _ := claimcheck.New(claimcheck.Options{MaxBytes: 100})
	src, err := c.NewSource("wire", "The mayor opened the library on Monday.")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		c       *claimcheck.Checker
		derived string
		sources []*claimcheck.Source
	}{
		{"nil checker", nil, "The mayor spoke.", []*claimcheck.Source{src}},
		{"no source", c, "The mayor spoke.", nil},
		{"foreign source", c, "The mayor spoke.", []*claimcheck.Source{{}}},
		{"empty", c, "  \n", []*claimcheck.Source{src}},
		{"invalid UTF-8", c, "The mayor \xff spoke.", []*claimcheck.Source{src}},
		{"too long", c, strings.Repeat("The mayor spoke. ", 10), []*claimcheck.Source{src}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, want := tc.c.CheckSources(tc.derived, tc.sources...)
			st, got := tc.c.Stream(nil, tc.derived, tc.sources...)
			if want == nil || got == nil || got.Error() != want.Error() || st != nil {
				t.Errorf("Stream: %v (stream %v), want CheckSources' error %v", got, st, want)
			}
		})
	}
}
