package lex

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// scan is what NameIndex replaces: every entry of the same first byte and a
// length within two, in order, tested with SameNameKey.
func scan(keys []string, key string) []int32 {
	var out []int32
	if key == "" {
		return nil
	}
	for n := len(key) - 2; n <= len(key)+2; n++ {
		for id, k := range keys {
			if k != "" && k[0] == key[0] && len(k) == n && SameNameKey(key, k) {
				out = append(out, int32(id))
			}
		}
	}
	return out
}

// randomKeys makes keys over a few letters, most starting with "a", so that
// groups are large and near neighbours many, some with a letter that is not
// ASCII, some repeated.
func randomKeys(n int, seed uint32) []string {
	letters := []string{"a", "b", "c", "d", "a", "b", "é", "ж"}
	out := make([]string, n)
	for i := range out {
		seed = seed*1664525 + 1013904223
		size := 3 + int(seed>>8)%10
		var b strings.Builder
		b.WriteString([]string{"a", "a", "a", "b"}[seed>>4%4])
		for range size - 1 {
			seed = seed*1664525 + 1013904223
			l := letters[seed>>12%8]
			if (l == "é" || l == "ж") && seed>>20%8 != 0 {
				l = "c" // non-ASCII letters in one key in about 8
			}
			b.WriteString(l)
		}
		out[i] = b.String()
		if i > 0 && seed>>24%10 == 0 {
			out[i] = out[int(seed>>3)%i] // a repeated key
		}
	}
	return out
}

func TestNameIndex(t *testing.T) {
	for _, n := range []int{10, 200, 3000} {
		keys := randomKeys(n, uint32(n))
		var x NameIndex
		for i, k := range keys {
			if id := x.Add(k); id != int32(i) {
				t.Fatalf("Add returned %d for entry %d", id, i)
			}
		}
		for i, k := range keys {
			if x.Key(int32(i)) != k {
				t.Fatalf("Key(%d) = %q, want %q", i, x.Key(int32(i)), k)
			}
			if !x.Has(k) {
				t.Fatalf("Has(%q) = false after Add", k)
			}
		}
		if x.Has("zzzzzz") {
			t.Fatal("Has of a key never added")
		}
		queries := append(randomKeys(500, 99), keys[:min(len(keys), 300)]...)
		queries = append(queries, "", "a", "abcdabcdabcd")
		found := 0
		for _, q := range queries {
			var got []int32
			x.Similar(q, func(id int32) bool { got = append(got, id); return true })
			want := scan(keys, q)
			if !slices.Equal(got, want) {
				t.Fatalf("%d keys: Similar(%q) = %v, the scan gives %v", n, q, got, want)
			}
			found += len(got)
			// Stopping early stops.
			if len(want) > 1 {
				calls := 0
				x.Similar(q, func(int32) bool { calls++; return false })
				if calls != 1 {
					t.Fatalf("Similar(%q) went on after f returned false: %d calls", q, calls)
				}
			}
		}
		large := 0
		for _, g := range x.lists {
			if g.n > smallGroup {
				large++
			}
		}
		if n == 3000 && (found < len(queries) || large < 5) {
			t.Errorf("%d keys: %d matches over %d queries, %d groups read by pieces: the test proves little", n, found, len(queries), large)
		}
	}
}

// FuzzNameIndex checks Similar against the scan for any query and keys,
// each key with many one-letter mutants of its own length, so that groups
// grow past smallGroup and are read by pieces.
func TestKeyIndex(t *testing.T) {
	var x KeyIndex[int]
	for i, k := range []string{"kozlov", "kozlow", "", "kozlov", "petrov"} {
		x.Add(k, i)
	}
	var got []string
	x.Similar("kozlof", func(k string, v int) bool { got = append(got, fmt.Sprint(k, v)); return true })
	if want := []string{"kozlov0", "kozlow1", "kozlov3"}; !slices.Equal(got, want) {
		t.Errorf("Similar = %v, want %v", got, want)
	}
	if !x.Has("petrov") || x.Has("petrof") || x.Has("") {
		t.Error("Has answers wrongly")
	}
}

func FuzzNameIndex(f *testing.F) {
	f.Add("aabcdabc", "aabdcabc aabcdab abcd aabcdabcx", 60)
	f.Add("kiriienko", "kirienko kiriyenko", 70)
	f.Fuzz(func(t *testing.T, q, stored string, mutants int) {
		var keys []string
		for _, k := range strings.Fields(stored) {
			keys = append(keys, k)
			for i := range mutants % 120 {
				if len(k) < 2 {
					break
				}
				b := []byte(k)
				b[1+i%(len(b)-1)] = byte('a' + i/(len(b)-1)%26)
				keys = append(keys, string(b))
			}
		}
		var x NameIndex
		for _, k := range keys {
			x.Add(k)
		}
		var got []int32
		x.Similar(q, func(id int32) bool { got = append(got, id); return true })
		if want := scan(keys, q); !slices.Equal(got, want) {
			t.Fatalf("Similar(%q) = %v, the scan gives %v", q, got, want)
		}
	})
}

func BenchmarkNameIndex(b *testing.B) {
	for _, n := range []int{200, 60000} {
		keys := make([]string, n)
		seed := uint32(1)
		for i := range keys {
			w := make([]byte, 6)
			for j := range w {
				seed = seed*1664525 + 1013904223
				if j%2 == 0 {
					w[j] = "bcdfgklmnprstvz"[seed>>16%15]
				} else {
					w[j] = "aeiou"[seed>>16%5]
				}
			}
			keys[i] = NameKey(string(w))
		}
		var x NameIndex
		for _, k := range keys {
			x.Add(k)
		}
		queries := []string{NameKey("kozlov"), NameKey("ortizo"), keys[7], NameKey("petrovska"), NameKey("zelenskiy")}
		b.Run(fmt.Sprintf("keys=%d/index", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, q := range queries {
					x.Similar(q, func(int32) bool { return true })
				}
			}
		})
		b.Run(fmt.Sprintf("keys=%d/scan", n), func(b *testing.B) {
			groups := map[[2]int][]string{}
			for _, k := range keys {
				g := [2]int{int(k[0]), len(k)}
				groups[g] = append(groups[g], k)
			}
			b.ReportAllocs()
			for b.Loop() {
				for _, q := range queries {
					for l := len(q) - 2; l <= len(q)+2; l++ {
						for _, k := range groups[[2]int{int(q[0]), l}] {
							SameNameKey(q, k)
						}
					}
				}
			}
		})
	}
}

// BenchmarkNameIndexAdd files 60,000 keys of 6 letters: what an index costs
// a long source to build, in time and in memory per key.
func BenchmarkNameIndexAdd(b *testing.B) {
	keys := make([]string, 60000)
	seed := uint32(1)
	for i := range keys {
		w := make([]byte, 6)
		for j := range w {
			seed = seed*1664525 + 1013904223
			w[j] = "bcdfgklmnprstvzaeiou"[seed>>16%20]
		}
		keys[i] = string(w)
	}
	b.ReportAllocs()
	for b.Loop() {
		var x NameIndex
		for _, k := range keys {
			x.Add(k)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(keys)), "ns/key")
}
