package lex

import (
	"strings"
	"testing"
)

func TestValence(t *testing.T) {
	for _, c := range []struct {
		word string
		want float64
	}{
		{"troubled", -2.0}, {"triumphant", 2.4}, {"struggling", -1.8}, {"crisis", -3.1},
		{"abandon", -1.9}, // the first word of the list
		{"zealous", 0.5},  // and the last
	} {
		if got, ok := Valence(c.word); !ok || got != c.want {
			t.Errorf("Valence(%q) = %v, %v; want %v, true", c.word, got, ok, c.want)
		}
	}
	// Words the list leaves out: not rated, an emoticon or chat acronym of
	// the lines before the words ("hand" for "have a nice day"), a
	// multi-word entry, a word not lower-cased, a comment line.
	for _, w := range []string{"", "thriving", "table", "hand", ":)", "fed up", "Troubled", "# word valences: the mean of ten raters' scores, from -4 (most negative) to"} {
		if got, ok := Valence(w); ok {
			t.Errorf("Valence(%q) = %v, true; want none", w, got)
		}
	}
}

// TestValenceWhole checks that every word of the list is found with its
// valence, and that the list is the 7,047 words its head says it keeps.
func TestValenceWhole(t *testing.T) {
	n := 0
	for line := range strings.Lines(valenceText) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		n++
		word, _, _ := strings.Cut(line, "\t")
		v, ok := Valence(word)
		if !ok || v < -4 || v > 4 {
			t.Errorf("Valence(%q) = %v, %v; want a valence in [-4, 4]", word, v, ok)
		}
	}
	if n != 7047 {
		t.Errorf("the list has %d words, want the 7,047 its head says it keeps", n)
	}
}

func BenchmarkValence(b *testing.B) {
	Valence("troubled") // the list is read on first use
	b.SetBytes(int64(len("triumphant")))
	b.ReportAllocs()
	for b.Loop() {
		Valence("triumphant")
	}
}
