package claims_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/claims"
)

// newsText returns about 1 MiB of news: the bundled articles repeated.
func newsText(b *testing.B) string {
	all := strings.Join(articles(b), "\n\n")
	return strings.Repeat(all, (1<<20)/len(all)+1)
}

func BenchmarkSegment(b *testing.B) {
	src := newsText(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		claims.Segment(src)
	}
}

func BenchmarkParse(b *testing.B) {
	src := newsText(b)
	claims.Parse(src) // warm the stem cache, as a long-running checker has it
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		claims.Parse(src)
	}
}
