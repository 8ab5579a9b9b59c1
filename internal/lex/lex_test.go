package lex

import (
	"fmt"
	"sync"
	"testing"
)

// TestLookupFolded checks that LookupFolded gives the word Lookup gives for
// the lower case, the same shared *Word once cached.
func TestLookupFolded(t *testing.T) {
	for _, w := range []string{"Criticised", "SAID", "said", "Kozlov", "don't", "US", "a", "",
		"Supercalifragilisticexpialidociousness"} {
		want := Lookup(Lower(w))
		got := LookupFolded(w)
		if *got != *want {
			t.Errorf("LookupFolded(%q) = %+v, want %+v", w, *got, *want)
		}
		if len(w) <= 32 && got != want {
			t.Errorf("LookupFolded(%q) is not the cached word", w)
		}
	}
}

// TestLookupConcurrent looks new words up from several goroutines at once
// (run it with -race): each word is cached once and every caller gets it.
func TestLookupConcurrent(t *testing.T) {
	const n = 2000
	got := make([][]*Word, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				got[g] = append(got[g], LookupFolded(fmt.Sprintf("Concurrentword%d", i)))
			}
		}()
	}
	wg.Wait()
	for i := range n {
		want := fmt.Sprintf("concurrentword%d", i)
		for g := range got {
			if w := got[g][i]; w.Lower != want || w != got[0][i] {
				t.Fatalf("goroutine %d word %d: %q (%p), want %q (%p)", g, i, w.Lower, w, want, got[0][i])
			}
		}
	}
}
