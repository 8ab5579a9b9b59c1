package claimcheck_test

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// newsText returns about size bytes of varied, deterministic, news-like
// source text and a derived text about a tenth as long that rewrites every
// tenth sentence of it: clauses reordered, with now and then a number or a
// name changed. Names are made of syllables, so that a longer text names
// more people, as an archive does.
func newsText(size int, seed uint64) (source, derived string) {
	return newsPair(size, seed, 10, 0)
}

// newsPair is newsText rewriting one sentence in every (1 for all of
// them) and, when para is above 0, ending a paragraph (a blank line) after
// every para sentences of each text.
func newsPair(size int, seed uint64, every, para int) (source, derived string) {
	r := rand.New(rand.NewPCG(seed, 1))
	pick := func(words []string) string { return words[r.IntN(len(words))] }
	syllables := []string{"ka", "lo", "mi", "ren", "sto", "vi", "dan", "or", "bel", "tu", "zan", "pe", "ri", "mar", "gu", "hel"}
	name := func() string {
		var b strings.Builder
		for range 2 + r.IntN(2) {
			b.WriteString(pick(syllables))
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var people, places []string
	for range 200 + size/500 {
		people = append(people, name()+" "+name())
	}
	for range 50 + size/5000 {
		places = append(places, name())
	}
	roles := []string{"the mayor of", "a senator from", "the police chief in", "a spokesman for the council of", "the governor of", "a teacher in"}
	verbs := []string{"opened", "closed", "rebuilt", "inspected", "funded", "criticised", "approved", "rejected", "delayed", "visited"}
	things := []string{"bridge", "hospital", "school", "factory", "road", "stadium", "library", "port", "railway line", "power station"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	nouns := []string{"workers", "residents", "patients", "pupils", "visitors", "officers", "families", "voters"}
	said := []string{"said", "told reporters", "announced", "confirmed", "denied"}
	var src, der strings.Builder
	nd := 0 // sentences of the derived text
	for n := 0; src.Len() < size; n++ {
		if para > 0 && n > 0 && n%para == 0 {
			src.WriteString("\n\n")
		}
		who, where, role := pick(people), pick(places), pick(roles)
		verb, thing, day := pick(verbs), pick(things), pick(days)
		count, noun := 10+r.IntN(990), pick(nouns)
		fmt.Fprintf(&src, "%s, %s %s, %s on %s that the %s had been %s after %d %s complained. ",
			who, role, where, pick(said), day, thing, verb, count, noun)
		if n%every != 0 {
			continue
		}
		if para > 0 && nd > 0 && nd%para == 0 {
			der.WriteString("\n\n")
		}
		nd++
		switch r.IntN(4) {
		case 0:
			count += 1 + r.IntN(50)
		case 1:
			who = pick(people)
		}
		fmt.Fprintf(&der, "After %d %s complained, the %s was %s, %s said on %s. ",
			count, noun, thing, verb, who, day)
	}
	return src.String(), der.String()
}

// BenchmarkCheckScaling checks a derived text a tenth as long as its
// source at 100 KB and 1 MB of source (10 MB too unless -test.short): the
// time per byte should not grow with the input.
func BenchmarkCheckScaling(b *testing.B) {
	for _, size := range []int{100 << 10, 1 << 20, 10 << 20} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			if size > 1<<20 && (testing.Short() || flag.Lookup("test.benchtime").Value.String() == "1s") {
				b.Skip("10 MB only with an explicit -test.benchtime, and never under -test.short")
			}
			src, der := newsText(size, 1)
			benchCheck(b, src, der)
		})
	}
}

// TestWritePair writes a generated pair to files for measuring the whole
// process (peak memory of examples/check, docs/figures.md "Peak memory") when
// CLAIMCHECK_PAIR names a directory: CLAIMCHECK_PAIR_MB megabytes of source
// (default 10), a derived text rewriting one sentence in every CLAIMCHECK_PAIR_EVERY
// (default 10: a derived text about a fourteenth of the source; 1 gives two
// thirds of it), paragraphs of five sentences. Without CLAIMCHECK_PAIR it
// is skipped: the pairs are too large to keep in the repository.
//
//	CLAIMCHECK_PAIR=/tmp/pair CLAIMCHECK_PAIR_MB=63 CLAIMCHECK_PAIR_EVERY=1 go test -run TestWritePair .
func TestWritePair(t *testing.T) {
	dir := os.Getenv("CLAIMCHECK_PAIR")
	if dir == "" {
		t.Skip("set CLAIMCHECK_PAIR to a directory to write a generated pair there")
	}
	mb, every := envInt(t, "CLAIMCHECK_PAIR_MB", 10), envInt(t, "CLAIMCHECK_PAIR_EVERY", 10)
	src, der := newsPair(mb*1_000_000, 1, every, 5)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"source.txt": src, "derived.txt": der} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%s: source %d bytes, derived %d bytes", dir, len(src), len(der))
}

// envInt reads a positive integer from the environment, def when unset.
func envInt(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive integer", name, v)
	}
	return n
}
