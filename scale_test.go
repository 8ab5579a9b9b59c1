package claimcheck_test

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// newsText returns about size bytes of varied, deterministic, news-like
// source text and a derived text about a tenth as long that rewrites every
// tenth sentence of it: clauses reordered, with now and then a number or a
// name changed. Names are made of syllables, so that a longer text names
// more people, as an archive does.
func newsText(size int, seed uint64) (source, derived string) {
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
	for n := 0; src.Len() < size; n++ {
		who, where, role := pick(people), pick(places), pick(roles)
		verb, thing, day := pick(verbs), pick(things), pick(days)
		count, noun := 10+r.IntN(990), pick(nouns)
		fmt.Fprintf(&src, "%s, %s %s, %s on %s that the %s had been %s after %d %s complained. ",
			who, role, where, pick(said), day, thing, verb, count, noun)
		if n%10 != 0 {
			continue
		}
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
