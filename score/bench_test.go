package score_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/benchdata"
	"github.com/newsdesk/claimcheck/internal/cputime"
	"github.com/newsdesk/claimcheck/score"
)

// BenchmarkJudge measures the judging path alone: every claim of the
// derived texts of ../shared/bench (the bundled article pairs without
// them) judged with JudgeIn against its source, every text parsed before
// the timer starts, so that parsing does not count. It reports the
// process's CPU time a loop, GC included (cpu-ns/op), which other jobs on
// shared cores disturb less than the wall time.
//
//   - warm: each distinct source prepared once, before the timer starts:
//     the indexes a source builds on first use are built in the first
//     loop and kept, so the figure is what a claim costs against a source
//     that has answered claims before;
//
//   - fresh: each distinct source prepared again in every loop
//     (align.Prepare and Prepare of its parsed document, as the batch of
//     examples/check -jsonl prepares each once), each checked by the few
//     claims of its texts only.
//
//     go test -run '^$' -bench 'Judge/' -benchmem -count 6 ./score
func BenchmarkJudge(b *testing.B) {
	type pair struct {
		src *claims.Document
		doc *claims.Document
	}
	parsed := map[string]*claims.Document{}
	var pairs []pair
	var order []*claims.Document // the distinct sources, in order of first use
	size, claimsN := 0, 0
	for _, c := range judgeCases(b) {
		s, ok := parsed[c.Source]
		if !ok {
			s = claims.Parse(c.Source)
			parsed[c.Source] = s
			order = append(order, s)
		}
		d := claims.Parse(c.Derived)
		pairs = append(pairs, pair{s, d})
		size += len(c.Derived)
		claimsN += len(d.Statements)
	}
	b.Logf("%d claims of %d derived texts against %d sources", claimsN, len(pairs), len(parsed))
	prepare := func() map[*claims.Document]*score.Source {
		prepared := make(map[*claims.Document]*score.Source, len(order))
		for _, d := range order {
			prepared[d] = score.Prepare(align.Prepare(d, align.Options{}))
		}
		return prepared
	}
	judgeAll := func(prepared map[*claims.Document]*score.Source) (supported int) {
		for _, p := range pairs {
			for i := range p.doc.Statements {
				if score.JudgeIn(prepared[p.src], p.doc, i, score.Options{}).Label == score.Supported {
					supported++
				}
			}
		}
		return supported
	}
	for _, fresh := range []bool{false, true} {
		name := "warm"
		if fresh {
			name = "fresh"
		}
		b.Run(name, func(b *testing.B) {
			var prepared map[*claims.Document]*score.Source
			if !fresh {
				prepared = prepare()
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			supported := 0
			start := cputime.Used()
			for b.Loop() {
				if fresh {
					prepared = prepare()
				}
				supported += judgeAll(prepared)
			}
			b.ReportMetric(float64((cputime.Used()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
			if supported == 0 {
				b.Fatal("no claim supported")
			}
		})
	}
}

// A judgeCase is a source and a derived text.
type judgeCase = benchdata.Pair

// judgeCases returns the cases of ../shared/bench/*.dev.jsonl, in file
// then line order, or the bundled article pairs (001 against 000, 003
// against 002) when they are absent.
func judgeCases(b *testing.B) []judgeCase {
	b.Helper()
	cases, err := benchdata.Read(filepath.Join("..", "..", "shared", "bench"))
	if err != nil {
		b.Fatal(err)
	}
	if len(cases) > 0 {
		return cases
	}
	article := func(name string) string {
		m, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", name+"_*.txt"))
		if len(m) != 1 {
			b.Fatalf("article %s not found", name)
		}
		t, err := os.ReadFile(m[0])
		if err != nil {
			b.Fatal(err)
		}
		return string(t)
	}
	return []judgeCase{{Source: article("000"), Derived: article("001")}, {Source: article("002"), Derived: article("003")}}
}

// BenchmarkJudgeLongClaim judges a claim of a sentence as long as a
// sentence may be (claims' 4,000 bytes) against a source that says the
// same three times, for text with a value or a relative date in every few words:
// the rules that ask, of each value of the claim, how much of the claim an
// aligned sentence carries (sharedWords, aboutSame) ask it of every value,
// and one that did so at a cost of its own per source value and with each
// word's weight computed afresh made judging cubic in the sentence's
// length.
//
//	go test -run '^$' -bench 'JudgeLongClaim' -benchmem -count 6 ./score
func BenchmarkJudgeLongClaim(b *testing.B) {
	for _, tc := range []struct{ name, unit string }{
		{"reldates", "last week this year next month today "},
		{"numbers", "the club paid 5 players £5 a week and 12 more of 40 staff "},
	} {
		b.Run(tc.name, func(b *testing.B) {
			text := strings.Repeat(tc.unit, 3900/len(tc.unit)) + "."
			x := score.Prepare(align.Prepare(claims.Parse(strings.Repeat(text+"\n\n", 3)), align.Options{}))
			judgeOneClaim(b, x, text)
		})
	}
}

// BenchmarkJudgeElsewhere judges a claim whose value the aligned sentence
// states otherwise against a source of 4,000 more sentences that state
// the claim's value and share little else with it: NU asks of each whether
// it is about the same thing as the claim (aboutSame, through carried),
// and the cost of that question, once per sentence, was a search of each
// claim word in the sentence's words and a weight made for each.
//
//	go test -run '^$' -bench 'JudgeElsewhere' -benchmem -count 6 ./score
func BenchmarkJudgeElsewhere(b *testing.B) {
	text, x := manyValues("Profits of the firm rose by 7 as sales grew strongly.", "5")
	doc := claims.Parse("Profits of the firm rose by 5 as sales grew strongly.")
	if v := score.JudgeIn(x, doc, 0, score.Options{}); v.Label != score.Contradicted {
		b.Fatalf("label %v, want contradicted", v.Label)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		score.JudgeIn(x, doc, 0, score.Options{})
	}
}

// BenchmarkJudgeClauses judges claims of every length up to a long
// sentence's, each of whose numbers the aligned sentence does not state,
// against a source of 4,000 more sentences that state a value near each in
// its role: NU reads, for each number of the claim, the source values near
// it (at most clauseCandidates of them) for the words around them
// (clauseRival), so that the cost per byte of claim stays the same as the
// claim grows.
//
//	go test -run '^$' -bench 'JudgeClauses' -benchmem -count 6 ./score
func BenchmarkJudgeClauses(b *testing.B) {
	_, x := manyValues("Profits of the firm rose strongly this year, its chief said.", "$6")
	for _, n := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("numbers=%d", n), func(b *testing.B) {
			judgeOneClaim(b, x, strings.Repeat("profits of the firm rose by $5, ", n)+"its chief said.")
		})
	}
}

// judgeOneClaim benchmarks judging text, which must be one claim, against
// source x, once before the timer starts, its bytes those of the claim.
func judgeOneClaim(b *testing.B, x *score.Source, text string) {
	b.Helper()
	doc := claims.Parse(text)
	if len(doc.Statements) != 1 {
		b.Fatalf("%d claims, want 1", len(doc.Statements))
	}
	score.JudgeIn(x, doc, 0, score.Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		score.JudgeIn(x, doc, 0, score.Options{})
	}
}

// manyValues returns, prepared, a source of the sentence first and 4,000
// more that state value and share little else with it, and its text.
func manyValues(first, value string) (string, *score.Source) {
	var sb strings.Builder
	sb.WriteString(first)
	for i := range 4000 {
		fmt.Fprintf(&sb, " The total was %s on day %d.", value, i)
	}
	return sb.String(), score.Prepare(align.Prepare(claims.Parse(sb.String()), align.Options{}))
}
