package score

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
)

// TestWholeSourceNames checks the look-ups the rules ask of the whole
// source: a word it mentions, in any spelling of a name, and the names
// that have a word.
func TestWholeSourceNames(t *testing.T) {
	src := claims.Parse("The talks failed. Sergei Ivanov met Maria Ortiz in Lyon on Monday. Ortiz left.")
	x := Prepare(align.Prepare(src, align.Options{}))
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"Ivanov", true},
		{"Sergey", true},  // a transliteration of "Sergei"
		{"talks", true},   // any word, not only names
		{"Petrov", false}, // never in the source
		{"the", false},    // function words are left out
		{"", false},
	} {
		if got := x.mentionsWord(claims.NameKey(tt.word)); got != tt.want {
			t.Errorf("mentionsWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	var got []string
	x.namesWithWord(claims.NameKey("Ortiz"), func(si, k int) bool {
		got = append(got, src.Statements[si].Entities()[k].Text())
		return true
	})
	if diff := cmp.Diff([]string{"Maria Ortiz", "Ortiz"}, got); diff != "" {
		t.Errorf("namesWithWord(Ortiz) mismatch (-want +got):\n%s", diff)
	}
	n := 0
	x.namesWithWord(claims.NameKey("Ortiz"), func(int, int) bool { n++; return false })
	if n != 1 {
		t.Errorf("namesWithWord went on after f returned false: %d calls", n)
	}
	if !x.namesPlaceInside("France") || x.namesPlaceInside("Spain") {
		t.Errorf("namesPlaceInside: France %v, Spain %v; want true (Lyon is in France), false", x.namesPlaceInside("France"), x.namesPlaceInside("Spain"))
	}
}

// TestMentionsAnyWord checks the index that answers for every word of the
// source against reading every word: the source's own words, function
// words, short words and one-letter changes of each, which are or are not
// variants of a name.
func TestMentionsAnyWord(t *testing.T) {
	src := claims.Parse("The talks failed. Sergei Ivanov met Maria Ortiz in Lyon on Monday. " +
		"He said it was on. An aide to Mr Kowalczyk, 45, left the Tchaikovsky Hall.")
	x := Prepare(align.Prepare(src, align.Options{}))
	scan := func(key string) bool {
		for _, c := range src.Statements {
			for _, tok := range c.Tokens {
				if tok.Kind == claims.WordToken && sameNameKey(tok.NameKey(), key) {
					return true
				}
			}
		}
		return false
	}
	keys := keyVariants(src)
	found := 0
	for _, k := range keys {
		want := scan(k)
		if got := x.mentionsAnyWord(k); got != want {
			t.Errorf("mentionsAnyWord(%q) = %v, reading the source says %v", k, got, want)
		}
		if want {
			found++
		}
	}
	if found == 0 || found == len(keys) {
		t.Errorf("%d of %d keys found: the test tells nothing", found, len(keys))
	}
}

// TestMentionsWord checks mentionsWord against reading every word of the
// source that is not a function word and has three letters or more, and
// the index of names it asks first (align.Source.HasNameWord) against the
// same reading: it may say no for a word that the source has in lower
// case or in an attribution, never yes for one the source lacks.
func TestMentionsWord(t *testing.T) {
	src := claims.Parse("The talks failed, according to Ivanova. Sergei Ivanov met Maria Ortiz in Lyon on Monday. " +
		"He said the EU was on. An aide to Mr Kowalczyk, 45, left the Tchaikovsky Hall. Al Gore spoke.")
	x := Prepare(align.Prepare(src, align.Options{}))
	scan := func(key string) bool {
		for _, c := range src.Statements {
			for _, tok := range c.Tokens {
				if tok.Kind == claims.WordToken && !tok.Stop() && len(tok.Lower()) >= 3 && sameNameKey(tok.NameKey(), key) {
					return true
				}
			}
		}
		return false
	}
	keys := keyVariants(src)
	found, named := 0, 0
	for _, k := range keys {
		want := scan(k)
		if got := x.mentionsWord(k); got != want {
			t.Errorf("mentionsWord(%q) = %v, reading the source says %v", k, got, want)
		}
		if x.aligned.HasNameWord(k) {
			named++
			if !want {
				t.Errorf("HasNameWord(%q) = true, but the source has no such word", k)
			}
		}
		if want {
			found++
		}
	}
	if found == 0 || found == len(keys) || named == 0 || named == found {
		t.Errorf("%d of %d keys found, %d by the index of names: the test tells nothing", found, len(keys), named)
	}
}

// TestValueIndexes checks the Source's number, date and age indexes
// against reading every number and date of the source: for numbers of many
// shapes (ranges, approximate values, ordinals, percentages, money, counts
// one either side of the source's), with and without a sentence filter.
func TestValueIndexes(t *testing.T) {
	src := claims.Parse("Maria Ortiz, 54, was elected on Tuesday, 3 March 2020. " +
		"From 5 to 10 people were hurt in the 1990s. About 200 workers left on 12 May. " +
		"Sales rose 4.5% to $10bn in 2008 to 2012. He came second of 14 runners. " +
		"The inquiry said 1,000 homes lost power on Friday. Temperatures fell to -3 degrees. The talks resumed on 12 May.")
	x := Prepare(align.Prepare(src, align.Options{}))
	probes := claims.Parse("Ortiz, 54, and Ortiz, 55, and 45 voters. Seven people, 9 people and 11 people were hurt. " +
		"About 180 workers, 230 workers and 260 workers. 4% and 4.5% and $9bn and $11.4bn. " +
		"He came second, then 2nd, then third of 13 or 14 runners. 1,000 or 1,200 homes. " +
		"The 1990s, 1995, 2010, 2013 and March 2020, 3 March, 4 March, Tuesday, Friday, Sunday, 12 May, May 2021. " +
		"It was -3 degrees, then -4 degrees, then 0 degrees. From 1 to 4 and from 8 to 40 people came, then 11 to 30 people.")
	odd := func(si int) bool { return si%2 == 1 }
	agreed := 0
	for _, c := range probes.Statements {
		for k := range c.Numbers() {
			n := &c.Numbers()[k]
			for _, ok := range []func(int) bool{nil, odd} {
				want := false
				for i := range src.Statements {
					for m := range src.Statements[i].Numbers() {
						if numbersAgree(n, &src.Statements[i].Numbers()[m]) && (ok == nil || ok(i)) {
							want = true
						}
					}
				}
				if got := x.statesNumber(n, ok); got != want {
					t.Errorf("statesNumber(%q, filter %v) = %v, reading the source says %v", n.Text, ok != nil, got, want)
				}
				if want {
					agreed++
				}
			}
		}
		for k := range c.Dates() {
			d := &c.Dates()[k]
			for _, ok := range []func(int) bool{nil, odd} {
				want := false
				for i := range src.Statements {
					for m := range src.Statements[i].Dates() {
						want = want || datesAgree(d, &src.Statements[i].Dates()[m]) && (ok == nil || ok(i))
					}
				}
				if got := x.statesDate(d, ok); got != want {
					t.Errorf("statesDate(%q, filter %v) = %v, reading the source says %v", d.Text, ok != nil, got, want)
				}
				if want {
					agreed++
				}
			}
		}
	}
	if agreed == 0 {
		t.Error("no probe agrees with the source: the test tells nothing")
	}
	if a := x.onlyAge(); a == nil || a.Value != 54 {
		t.Errorf("onlyAge = %+v, want 54", a)
	}
	for _, tt := range []struct {
		text string
		want float64 // 0 for none
	}{
		{"Ortiz, 54, left. Ortiz, 54, came back.", 54},
		{"Ortiz, 54, left. Ivanov, 61, came back.", 0},
		{"Ortiz left.", 0},
	} {
		a := Prepare(align.Prepare(claims.Parse(tt.text), align.Options{})).onlyAge()
		if got := 0.0; a != nil {
			got = a.Value
			if got != tt.want {
				t.Errorf("%q: onlyAge = %v, want %v", tt.text, got, tt.want)
			}
		} else if tt.want != 0 {
			t.Errorf("%q: onlyAge = nil, want %v", tt.text, tt.want)
		}
	}
}

// TestNegationIndex checks the Source's negation index against reading
// every token and cue of the source: for each stem a negation governs,
// whether a content word of the stem stands plainly elsewhere, and which
// negations govern it.
func TestNegationIndex(t *testing.T) {
	src := claims.Parse("The council did not approve the budget. The council approved the plan. " +
		"She refused to sign the deal, and he never signed it. Not only the mayor but the board agreed. " +
		"No one saw the budget. They did not know where to start. The deal was signed later.")
	x := Prepare(align.Prepare(src, align.Options{}))
	type at struct{ sentence, cue int }
	governs := map[string][]at{}
	for si := range src.Statements {
		s := &src.Statements[si]
		for ci, cue := range s.Cues() {
			if cue.Kind != claims.Negation || isNotOnly(s, cue.Token()) {
				continue
			}
			var room [negationScope + 1]int
			for _, k := range governed(&room, s, cue.Token()) {
				stem := s.Tokens[k].Stem()
				if g := governs[stem]; len(g) == 0 || g[len(g)-1] != (at{si, ci}) {
					governs[stem] = append(g, at{si, ci})
				}
			}
		}
	}
	plainSome, negatedOnly := 0, 0
	for stem, want := range governs {
		scan := false
		for si := range src.Statements {
			s := &src.Statements[si]
			for k := range s.Tokens {
				if tok := &s.Tokens[k]; tok.Stem() == stem && tok.Content() && !negatedAt(s, k, false) {
					scan = true
				}
			}
		}
		plain, known := x.statesPlainly(stem)
		if !known || plain != scan {
			t.Errorf("statesPlainly(%q) = %v, %v; reading the source says %v", stem, plain, known, scan)
		}
		if scan {
			plainSome++
		} else {
			negatedOnly++
		}
		var got []at
		x.denialsOf(stem, func(s *claims.Statement, cue claims.Cue) bool {
			for si := range src.Statements {
				if &src.Statements[si] == s {
					got = append(got, at{si, slices.Index(s.Cues(), cue)})
				}
			}
			return false
		})
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(at{})); diff != "" {
			t.Errorf("denialsOf(%q) mismatch (-reading +index):\n%s", stem, diff)
		}
	}
	if plainSome == 0 || negatedOnly == 0 {
		t.Errorf("%d governed stems stated plainly too, %d only negated: the test tells little", plainSome, negatedOnly)
	}
	if _, known := x.statesPlainly("zebra"); known {
		t.Error("statesPlainly knows a stem no negation governs")
	}
	calls := 0
	if x.denialsOf(governsKey(governs), func(*claims.Statement, claims.Cue) bool { calls++; return true }) != true || calls != 1 {
		t.Errorf("denialsOf went on after f returned true: %d calls", calls)
	}
}

// governsKey returns the first, in order, of the stems of m.
func governsKey[V any](m map[string]V) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys[0]
}

// TestSpellsOut checks the index of the quarters and halves of a year that
// the source spells out.
func TestSpellsOut(t *testing.T) {
	x := Prepare(align.Prepare(claims.Parse("Sales rose in the third quarter. Costs fell in the first-half. A second look."), align.Options{}))
	for _, tt := range []struct {
		ordinal int
		half    bool
		want    bool
	}{
		{3, false, true}, {1, true, true}, // "third quarter", "first-half"
		{3, true, false}, {1, false, false}, {2, false, false}, {2, true, false}, // "second look" is no period
		{0, false, false}, {5, true, false},
	} {
		if got := x.spellsOut(tt.ordinal, tt.half); got != tt.want {
			t.Errorf("spellsOut(%d, half %v) = %v, want %v", tt.ordinal, tt.half, got, tt.want)
		}
	}
}

// TestSourceConcurrentFirstUse checks that the indexes a Source builds on
// first use give, to goroutines that ask at once of a fresh Source, what
// they give one goroutine asking alone (go test -race checks the building).
func TestSourceConcurrentFirstUse(t *testing.T) {
	doc := claims.Parse("Sergei Ivanov, 54, did not sign the deal in Lyon on Monday, March 3, 2025. " +
		"The National Health Service paid 1.2 million euros in the third quarter. Ivanov signed it later.")
	ask := func(x *Source) []bool {
		n := &doc.Statements[1].Numbers()[0]
		d := &doc.Statements[0].Dates()[0]
		plain, known := x.statesPlainly(doc.Statements[0].Tokens[7].Stem())
		return []bool{
			x.mentionsWord(claims.NameKey("Sergey")), x.mentionsAnyWord(claims.NameKey("on")),
			x.mentionsAnyWord(""), x.namesPlaceInside("France"), x.abbreviates("NHS"),
			x.statesNumber(n, nil), x.statesDate(d, nil), x.onlyAge() != nil, x.spellsOut(3, false),
			plain, known, x.denialsOf(doc.Statements[0].Tokens[7].Stem(), func(*claims.Statement, claims.Cue) bool { return true }),
		}
	}
	want := ask(Prepare(align.Prepare(doc, align.Options{})))
	if !slices.Contains(want, true) {
		t.Fatalf("every look-up is false: %v", want)
	}
	built := Prepare(align.Prepare(doc, align.Options{}))
	built.Build()
	if diff := cmp.Diff(want, ask(built)); diff != "" {
		t.Errorf("a source built at once answers otherwise (-on first use +built):\n%s", diff)
	}
	x := Prepare(align.Prepare(doc, align.Options{}))
	got := make([][]bool, 8)
	done := make(chan int)
	for g := range got {
		go func() {
			if g%2 == 1 {
				x.Build() // as an archive does while others check
			}
			got[g] = ask(x)
			done <- g
		}()
	}
	for range got {
		<-done
	}
	for g := range got {
		if diff := cmp.Diff(want, got[g]); diff != "" {
			t.Errorf("goroutine %d mismatch (-alone +at once):\n%s", g, diff)
		}
	}
}

// TestPlaceAt checks that where a feature is comes back from its 32-bit
// placeAt as it went in: in the bits, and, past them (a sentence past
// 1<<22, a 256th name of a sentence), through the index's far places;
// and that the bits leave lastOfKey alone.
func TestPlaceAt(t *testing.T) {
	places := []featurePlace{{0, 0}, {3, 7}, {1<<22 - 1, 255}, {5, 256}, {1 << 22, 0}, {1<<31 - 1, 1<<31 - 1}}
	var far farPlaces
	ats := make([]placeAt, len(places))
	for i, p := range places {
		ats[i] = far.placeAt(int(p.sentence), int(p.index))
	}
	if len(far) != 3 {
		t.Errorf("%d places went far, want 3 (%v)", len(far), far)
	}
	for i, p := range places {
		if ats[i]&lastOfKey != 0 {
			t.Errorf("place %v has lastOfKey set: %#x", p, ats[i])
		}
		if s, k := far.place(ats[i]); s != int(p.sentence) || k != int(p.index) {
			t.Errorf("place %v came back as %d, %d", p, s, k)
		}
	}
}

// keyVariants returns the name keys of src's tokens, each with one letter
// changed, dropped or added at every place, and three keys that are no
// word of news or none of src: keys that a look-up by name key should
// find, find near, or not find.
func keyVariants(src *claims.Document) []string {
	keys := []string{"", "zzzzzz", "paris"}
	for _, c := range src.Statements {
		for _, tok := range c.Tokens {
			k := tok.NameKey()
			keys = append(keys, k)
			for i := range len(k) {
				keys = append(keys, k[:i]+"q"+k[i+1:], k[:i]+k[i+1:], k[:i]+"x"+k[i:])
			}
		}
	}
	return keys
}
