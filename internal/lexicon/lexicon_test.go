package lexicon

import "testing"

// BenchmarkLoad measures the one-time cost paid by the first look-up of a
// process: finding the sections of the embedded data.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := open(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadText measures what the first look-up cost before the flat
// form: decoding lexicon.txt.gz into maps.
func BenchmarkLoadText(b *testing.B) {
	if olddataErr != nil {
		b.Fatal(olddataErr)
	}
	b.SetBytes(int64(len(olddata)))
	b.ReportAllocs()
	for b.Loop() {
		oldload()
	}
}
