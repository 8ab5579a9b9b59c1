package claimcheck_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/newsdesk/claimcheck"
)

// TestConcurrentFirstCheck checks that goroutines checking at once against
// a Source no check has used yet, whose indexes are then built on first
// use, give what one check alone gives (go test -race checks the
// building).
func TestConcurrentFirstCheck(t *testing.T) {
	src, der := readArticle(t, "002"), readArticle(t, "003")
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	alone, err := c.Check(src, der)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(alone)
	if len(alone.Claims) == 0 {
		t.Fatal("no claims: the test tells little")
	}
	s, err := c.NewSource("source", src)
	if err != nil {
		t.Fatal(err)
	}
	got := make([][]byte, 8)
	done := make(chan struct{})
	for g := range got {
		go func() {
			defer func() { done <- struct{}{} }()
			r, err := c.CheckSources(der, s)
			if err != nil {
				t.Error(err)
				return
			}
			got[g], _ = json.Marshal(r)
		}()
	}
	for range got {
		<-done
	}
	for g := range got {
		if !bytes.Equal(got[g], want) {
			t.Errorf("goroutine %d: a first check at once gave different JSON from one alone", g)
		}
	}
}
