package claims_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

// statementsEqual compares statements field by field, the unexported
// ones of tokens, their words and entities included.
var statementsEqual = cmp.Options{claims.TokensEqual, cmp.AllowUnexported(claims.Entity{}, claims.Number{}, claims.Date{}, claims.Quote{}, claims.Cue{})}

// checkOutline checks that the statements an Outline of src parses,
// window by window at each of the sizes, equal Parse's, and so do its
// length and excluded pieces.
func checkOutline(t *testing.T, src string, sizes ...int) {
	t.Helper()
	d := claims.Parse(src)
	o := claims.MakeOutline(src)
	if o.Len() != len(d.Statements) {
		t.Fatalf("Outline.Len() = %d, Parse gives %d statements", o.Len(), len(d.Statements))
	}
	if diff := cmp.Diff(d.Excluded, o.Excluded()); diff != "" {
		t.Fatalf("Outline.Excluded() mismatch (-Parse +Outline):\n%s", diff)
	}
	for _, w := range sizes {
		sts := d.Statements[:0:0] // nil when Parse gives nil
		for lo := 0; lo < o.Len(); lo += w {
			sts = append(sts, o.Statements(lo, min(o.Len(), lo+w))...)
		}
		want, got := claims.Flatten(d.Statements), claims.Flatten(sts)
		if reflect.DeepEqual(want, got) {
			continue // cmp.Diff says the same, in many times the time
		}
		if diff := cmp.Diff(want, got, statementsEqual); diff != "" {
			t.Fatalf("windows of %d statements mismatch (-Parse +Outline):\n%s", w, diff)
		}
	}
}

// generated returns news-like text of sentences made from word lists, in
// paragraphs, with names, numbers, dates, quotations that span sentences
// and paragraphs, and a headline in title case now and then.
func generated(n int) string {
	people := []string{"Mara Velt", "Josef Orlan", "Ines Darrow", "Tuvo Kamar"}
	places := []string{"Kelvin", "Orvale", "Santa Rita", "Port Aldo"}
	verbs := []string{"opened", "closed", "Funded", "approved", "delayed"}
	things := []string{"bridge", "Hospital", "school", "port", "power station"}
	var b strings.Builder
	for i := range n {
		p, q, v, th := people[i%4], places[(i/4)%4], verbs[(i/3)%5], things[(i/7)%5]
		switch i % 11 {
		case 0:
			b.WriteString("\n\nNew " + th + " Plans For " + q + " Approved\n\n")
		case 3:
			b.WriteString("“The " + th + " was " + v + ". It will stay so,” " + p + " said on Monday. ")
		case 5:
			b.WriteString("\"We were told " + p + " " + v + " it.\n\nNobody asked us. ")
		case 8:
			b.WriteString("He said 1,200 people in " + q + " " + v + " the " + th + " in early 2022. ")
		default:
			b.WriteString(p + ", the mayor of " + q + ", " + v + " the " + th + " after " + string(rune('2'+i%7)) + "0 residents complained. ")
		}
	}
	return b.String()
}

// TestOutlineMatchesParse checks that an Outline's windows give Parse's
// statements exactly: on the bundled articles, alone and together (a
// window then cuts quotations and paragraphs), in lower case (names by
// dictionary), on generated text of several thousand sentences (more than
// one chunk of the first pass), and on every distinct text of
// ../shared/bench when it is there.
func TestOutlineMatchesParse(t *testing.T) {
	arts := articles(t)
	all := strings.Join(arts, "\n\n")
	for i, src := range arts {
		t.Run(filepath.Base(string(rune('0'+i))), func(t *testing.T) { checkOutline(t, src, 1, 2, 3, 8, 1000) })
	}
	t.Run("together", func(t *testing.T) { checkOutline(t, all, 1, 5, 64) })
	t.Run("lower-case", func(t *testing.T) { checkOutline(t, strings.ToLower(all), 1, 7) })
	t.Run("generated", func(t *testing.T) { checkOutline(t, generated(5000), 1, 9, 4096) })
	t.Run("lower-case names marked across chunks", func(t *testing.T) {
		// The evidence that "sterling" is a name ("sterling said") lies
		// 4,200 sentences after "raheem sterling", in another of
		// MakeOutline's chunks.
		src := "raheem sterling met the board at anfield ." + strings.Repeat(" the board met again at the ground .", 4200) +
			" sterling said the deal was off ."
		d := claims.Parse(src)
		if ents := d.Statements[0].Entities(); len(ents) == 0 || ents[0].Text() != "raheem sterling" {
			t.Fatalf("Parse: first entities %v, want raheem sterling first", ents)
		}
		checkOutline(t, src, 1, 4097)
	})
	t.Run("empty", func(t *testing.T) { checkOutline(t, "", 1) })
	t.Run("one", func(t *testing.T) { checkOutline(t, "He said so.", 1) })
	t.Run("bench", func(t *testing.T) {
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "bench", "*.dev.jsonl"))
		if len(files) == 0 {
			t.Skip("no ../shared/bench")
		}
		seen := map[string]bool{}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for line := range strings.Lines(string(data)) {
				var c struct{ Source, Derived string }
				if err := json.Unmarshal([]byte(line), &c); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				for _, s := range []string{c.Source, c.Derived} {
					if !seen[s] {
						seen[s] = true
						checkOutline(t, s, 1, 3)
					}
				}
			}
		}
	})
}

// FuzzOutline checks on any text that an Outline's windows give Parse's
// statements (the seeds: FuzzParseSpans's, and texts whose quotations
// and casing are decided across sentences).
func FuzzOutline(f *testing.F) {
	for _, s := range []string{
		"Ortiz, 54, said on Tuesday, March 3, that $1.2 billion was “not enough”.",
		"stan UNK died in santa monica hospital . he was 88 , the BBC said .",
		"In early 2022 two-thirds of the £5bn, according to the bank, was spent.",
		"The ma\xffyor said 1\xff2 times.",
		"“It is over. We lost,” he said. Bank Plans Approved For City\n\nHe left. The Bank of England rose.",
		"He said. \"Open quote.\n\nNext paragraph. Still.\" Said Orlov, said orlov.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { checkOutline(t, src, 1, 2, 5) })
}
