package vectors

import (
	"errors"
	"math"
	"testing"
)

// axis returns a vector with weights on its first dimensions.
func axis(w ...float64) [Dim]float64 {
	var v [Dim]float64
	copy(v[:], w)
	return v
}

func cosine(a, b [Dim]float64) float64 {
	var ab, aa, bb float64
	for d := range a {
		ab += a[d] * b[d]
		aa += a[d] * a[d]
		bb += b[d] * b[d]
	}
	return ab / math.Sqrt(aa*bb)
}

var entries = []Entry{
	{"arrest", axis(1, 0.2, 0, 0.05)},
	{"detain", axis(0.9, 0.3, 0, 0)},
	{"fell", axis(0, 1, 0.4, -0.2)},
	{"rose", axis(0.1, 0.9, 0.5, 0)},
	{"zero", axis()},
}

func open(t testing.TB) *Table {
	t.Helper()
	tab, err := Open(string(Encode(entries)))
	if err != nil {
		t.Fatalf("Open(Encode(entries)): %v", err)
	}
	return tab
}

func TestRoundTrip(t *testing.T) {
	tab := open(t)
	if tab.Len() != len(entries) {
		t.Errorf("Len() = %d, want %d", tab.Len(), len(entries))
	}
	for _, e := range entries {
		if tab.Of(e.Stem) == "" {
			t.Errorf("Of(%q) = \"\", want its vector", e.Stem)
		}
	}
	for _, s := range []string{"", "a", "arres", "arrests", "zzz"} {
		if v := tab.Of(s); v != "" {
			t.Errorf("Of(%q) = %q, want \"\" (not in the table)", s, v)
		}
	}
	// Quantised to int8 by the largest component, a cosine moves by less
	// than 0.01.
	for _, a := range entries[:4] {
		for _, b := range entries[:4] {
			got, want := tab.Of(a.Stem).Cosine(tab.Of(b.Stem)), cosine(a.Vec, b.Vec)
			if math.Abs(got-want) > 0.01 {
				t.Errorf("cosine(%s, %s) = %.4f, want %.4f", a.Stem, b.Stem, got, want)
			}
		}
	}
}

func TestCosineOfNothing(t *testing.T) {
	tab := open(t)
	for _, tc := range []struct {
		a, b   Vec
		reason string
	}{
		{"", tab.Of("arrest"), "a stem the table lacks"},
		{tab.Of("arrest"), "", "a stem the table lacks, second"},
		{tab.Of("zero"), tab.Of("arrest"), "a zero vector"},
		{"short", "short", "not Dim bytes"},
	} {
		if got := tc.a.Cosine(tc.b); got != 0 {
			t.Errorf("%s: Cosine = %v, want 0", tc.reason, got)
		}
	}
}

func TestCloser(t *testing.T) {
	tab := open(t)
	arrest, detain, rose := tab.Of("arrest"), tab.Of("detain"), tab.Of("rose")
	if n := tab.Closer(arrest, detain, 3); n != 0 {
		t.Errorf("Closer(arrest, detain) = %d, want 0 (its nearest)", n)
	}
	// Nearer to arrest than rose: detain (and fell is not).
	if n := tab.Closer(arrest, rose, 3); n != 1 {
		t.Errorf("Closer(arrest, rose, 3) = %d, want 1", n)
	}
	if n := tab.Closer(arrest, tab.Of("fell"), 1); n != 1 {
		t.Errorf("Closer(arrest, fell, 1) = %d, want 1 (counting stops at the limit)", n)
	}
}

func TestOpenCorrupt(t *testing.T) {
	good := string(Encode(entries))
	for _, tc := range []struct {
		data, reason string
	}{
		{"", "empty"},
		{"CCVEC00\n" + good[len(Magic):], "wrong magic"},
		{good[:len(Magic)+4], "header cut short"},
		{good[:len(Magic)+4] + "\x07\x00\x00\x00" + good[len(Magic)+8:], "wrong dimension"},
		{good[:len(Magic)] + "\xff\xff\xff\x0f" + good[len(Magic)+4:], "more stems than offsets"},
		{good[:len(good)-1], "vectors cut short"},
		{good + "x", "bytes after the vectors"},
		{good[:len(Magic)+12] + "\xff\x00\x00\x00" + good[len(Magic)+16:], "offsets not ascending"},
		{good[:len(Magic)+8] + "\x01\x00\x00\x00" + good[len(Magic)+12:], "first offset not 0"},
	} {
		_, err := Open(tc.data)
		var fe FormatError
		if !errors.As(err, &fe) {
			t.Errorf("%s: Open error = %v, want a FormatError", tc.reason, err)
		}
	}
}

func FuzzOpen(f *testing.F) {
	good := string(Encode(entries))
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, d string) {
		tab, err := Open(d)
		if err != nil {
			return
		}
		// An opened table answers every look-up without panicking.
		for i := range min(tab.Len(), 8) {
			tab.Of(tab.stem(i)).Cosine(tab.vec(0))
		}
		tab.Of("arrest")
	})
}

func BenchmarkOf(b *testing.B) {
	tab := open(b)
	b.ReportAllocs()
	for b.Loop() {
		tab.Of("detain").Cosine(tab.Of("arrest"))
	}
}
