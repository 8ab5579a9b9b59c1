package lexicon

import (
	"bytes"
	"compress/gzip"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/newsdesk/claimcheck/internal/lexicon/lexbuild"
)

// TestFlatFile checks that lexicon.bin is what flatten.go makes of
// lexicon.txt.gz today: run go generate ./internal/lexicon after changing
// either the text form or the flat format.
func TestFlatFile(t *testing.T) {
	if olddataErr != nil {
		t.Fatal(olddataErr)
	}
	zr, err := gzip.NewReader(bytes.NewReader(olddata))
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	tabs, err := lexbuild.Parse(string(text))
	if err != nil {
		t.Fatal(err)
	}
	if flat := lexbuild.Encode(tabs); string(flat) != data {
		t.Fatalf("lexicon.bin (%d bytes) is not the flat form of lexicon.txt.gz (%d bytes): run go generate ./internal/lexicon", len(data), len(flat))
	}
	if _, err := open(data); err != nil {
		t.Fatal(err)
	}
}

// TestOpenCorrupt checks that damaged data is an error from open, not a
// panic or a table that reads out of range later.
func TestOpenCorrupt(t *testing.T) {
	for _, n := range []int{0, 4, len(lexbuild.Magic), len(lexbuild.Magic) + 4, 100, len(data) / 2, len(data) - 1} {
		if _, err := open(data[:n]); err == nil {
			t.Errorf("open of the first %d bytes: no error", n)
		}
	}
	if _, err := open("XXXXXXXX" + data[8:]); err == nil {
		t.Error("open with a wrong magic: no error")
	}
}

// words returns every stem the old tables know, sorted, and some that are
// not stems of the lexicon: each stem with a letter added, and the
// comparative and superlative forms Antonyms takes apart.
func words() []string {
	oldonce.Do(oldload)
	set := map[string]bool{"": true, "zzzqx": true}
	for _, m := range []map[string][]int32{oldtab.groups} {
		for s := range m {
			set[s] = true
		}
	}
	for s, ants := range oldtab.antonyms {
		set[s] = true
		for _, a := range ants {
			set[a] = true
		}
	}
	for s := range oldtab.senses {
		set[s] = true
	}
	for s := range oldtab.common {
		set[s] = true
	}
	for _, m := range oldtab.members {
		for _, s := range m {
			set[s] = true
		}
	}
	out := make([]string, 0, 4*len(set))
	for s := range set {
		out = append(out, s, s+"q", s+"er", s+"est")
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// pick returns some words of ws chosen by a fixed sequence: the neighbours
// of i and three far away.
func pick(ws []string, i int) []string {
	var out []string
	for _, d := range []int{1, 4, 7, 1009, 30011, 77773} {
		out = append(out, ws[(i+d)%len(ws)])
	}
	return out
}

// TestFlatSameAnswers compares every look-up of the flat form with the old
// decoded form (old_test.go), on every stem the lexicon has and others it
// has not.
func TestFlatSameAnswers(t *testing.T) {
	if olddataErr != nil {
		t.Fatal(olddataErr)
	}
	ws := words()
	isStem := map[string]bool{}
	for s := range oldtab.groups {
		isStem[s] = true
	}
	for s := range oldtab.antonyms {
		isStem[s] = true
	}
	for s := range oldtab.senses {
		isStem[s] = true
	}
	// Stems that share a hypernym: the pairs Kin says yes to.
	byKind := map[int32][]string{}
	for s, sp := range oldtab.senses {
		for _, id := range oldtab.senseIDs[sp.start : sp.start+sp.n] {
			for _, h := range oldup(id) {
				if len(byKind[h]) < 4 {
					byKind[h] = append(byKind[h], s)
				}
			}
		}
	}
	var nRelated, nAnt, nKin, nCommon, fails int
	fail := func(format string, args ...any) {
		if fails++; fails <= 20 {
			t.Errorf(format, args...)
		}
	}
	step := 1
	if testing.Short() {
		step = 16 // -short compares one word in 16
	}
	for i := 0; i < len(ws); i += step {
		w := ws[i]
		if got, want := Related(w), oldRelated(w); !slices.Equal(got, want) {
			fail("Related(%q) = %q, old %q", w, got, want)
		} else if len(got) > 0 {
			nRelated++
		}
		if got, want := Common(w), oldCommon(w); got != want {
			fail("Common(%q) = %v, old %v", w, got, want)
		} else if got {
			nCommon++
		}
		others := append(pick(ws, i), oldtab.antonyms[w]...)
		others = append(others, oldRelated(w)...)
		sp := oldtab.senses[w]
		for _, id := range oldtab.senseIDs[sp.start : sp.start+sp.n] {
			for _, h := range oldup(id) {
				others = append(others, byKind[h]...)
			}
		}
		pairs := func(x string) [][2]string {
			if isStem[w] { // words made from stems are compared on their own
				return [][2]string{{w, x}, {x, w}, {w + "er", x + "er"}, {w + "est", x + "est"}}
			}
			return [][2]string{{w, x}, {x, w}}
		}
		for _, x := range others {
			for _, p := range pairs(x) {
				if got, want := Antonyms(p[0], p[1]), oldAntonyms(p[0], p[1]); got != want {
					fail("Antonyms(%q, %q) = %v, old %v", p[0], p[1], got, want)
				} else if got {
					nAnt++
				}
			}
			gk, gok := Kin(w, x)
			wk, wok := oldKin(w, x)
			if gk != wk || gok != wok {
				fail("Kin(%q, %q) = %q %v, old %q %v", w, x, gk, gok, wk, wok)
			} else if gok {
				nKin++
			}
		}
	}
	// Every test above must have met its yes answers, or it proved nothing.
	if nRelated < 10000/step || nAnt < 10000/step || nKin < 10000/step || nCommon < 40000/step {
		t.Errorf("too few yes answers compared: %d Related, %d Antonyms, %d Kin, %d Common", nRelated, nAnt, nKin, nCommon)
	}
	t.Logf("%d words: %d with synonyms, %d antonym pairs, %d kin pairs, %d common", len(ws), nRelated, nAnt, nKin, nCommon)
}

// TestFlatSamePlaces compares Inside, Around and Has with the old form on
// every place name the lexicon has, as written in lower case and in title
// case, against the places around it and others.
func TestFlatSamePlaces(t *testing.T) {
	if olddataErr != nil {
		t.Fatal(olddataErr)
	}
	oldonce.Do(oldload)
	names := []string{"Qorvix", ""}
	for n := range oldtab.places {
		names = append(names, n)
	}
	slices.Sort(names)
	namesOf := map[int32][]string{}
	for _, n := range names {
		for _, id := range oldplaceList(n) {
			namesOf[id] = append(namesOf[id], n)
		}
	}
	var nInside, nHas, fails int
	for i, n := range names {
		title := strings.ToUpper(n[:min(1, len(n))]) + n[min(1, len(n)):]
		others := pick(names, i)
		oldup4(oldplaceList(n), func(q int32) bool {
			others = append(others, namesOf[q]...)
			return true
		})
		around, oldAround := Around([]string{title, others[0]}), oldAround([]string{title, others[0]})
		for _, o := range others {
			for _, p := range [][2]string{{title, o}, {o, n}, {n, strings.ToUpper(o)}} {
				if got, want := Inside(p[0], p[1]), oldInside(p[0], p[1]); got != want {
					if fails++; fails <= 20 {
						t.Errorf("Inside(%q, %q) = %v, old %v", p[0], p[1], got, want)
					}
				} else if got {
					nInside++
				}
			}
			if got, want := around.Has(o), oldAround.Has(o); got != want {
				if fails++; fails <= 20 {
					t.Errorf("Around(%q, %q).Has(%q) = %v, old %v", title, others[0], o, got, want)
				}
			} else if got {
				nHas++
			}
		}
	}
	if nInside < 3000 || nHas < 3000 {
		t.Errorf("too few yes answers compared: %d Inside, %d Has", nInside, nHas)
	}
	t.Logf("%d place names: %d inside, %d around", len(names), nInside, nHas)
}

// BenchmarkLookup compares the look-ups that parsing and alignment make for
// every word, in the flat form and the old decoded form, over a fixed
// sample of stems and non-stems.
func BenchmarkLookup(b *testing.B) {
	if olddataErr != nil {
		b.Fatal(olddataErr)
	}
	ws := words()
	sample := make([]string, 0, 1024)
	for i := 0; len(sample) < cap(sample); i += 193 {
		sample = append(sample, ws[i%len(ws)])
	}
	forms := []struct {
		name     string
		common   func(string) bool
		antonyms func(a, b string) bool
		kin      func(a, b string) (string, bool)
	}{
		{"flat", Common, Antonyms, Kin},
		{"old", oldCommon, oldAntonyms, oldKin},
	}
	for _, f := range forms {
		b.Run("Common/"+f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, w := range sample {
					f.common(w)
				}
			}
		})
		b.Run("Antonyms/"+f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for i, w := range sample {
					f.antonyms(w, sample[(i+1)%len(sample)])
				}
			}
		})
		b.Run("Kin/"+f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for i, w := range sample {
					f.kin(w, sample[(i+1)%len(sample)])
				}
			}
		})
	}
}

func TestStemParts(t *testing.T) {
	f := lexicon()
	for _, p := range [][2]string{{"lat", "e"}, {"big", ""}, {"", "big"}, {"increas", ""}, {"zzq", "e"}, {"", ""}} {
		if got, want := f.stemParts(p[0], p[1]), f.stems.findKey([]byte(p[0]+p[1])); got != want {
			t.Errorf("stemParts(%q, %q) = %d, want %d", p[0], p[1], got, want)
		}
		if fnv(fnv(fnvBasis, p[0]), p[1]) != lexbuild.Hash(p[0]+p[1]) {
			t.Errorf("fnv does not continue lexbuild.Hash on %q", p)
		}
	}
}
