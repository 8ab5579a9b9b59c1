package claims_test

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/newsdesk/claimcheck/claims"
)

// TestParseConcurrent parses texts from several goroutines at once (run
// it with -race) and checks that each gives the document a lone Parse
// gives: the scratch arrays that Parse reuses from text to text are never
// shared by two texts, and a reused one leaves nothing of the text
// before in the next. Short and long texts (past the 64 KiB that the
// scratch arrays read) take turns.
func TestParseConcurrent(t *testing.T) {
	texts := append(articles(t),
		"Aid came from the US and the WHO, the ministry said on May 5, 2021.",
		"“We will not pay $3.5 million,” Anna Orlov told Reuters. He denied it.",
		"about 120 people , including 14 children , were hurt in the blast in kabul .",
		strings.Repeat(articles(t)[0]+"\n\n", 20))
	want := make([]*claims.Document, len(texts))
	for i, s := range texts {
		want[i] = claims.Parse(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				for k := range texts {
					i := (k + g + round) % len(texts)
					d := claims.Parse(texts[i])
					if !reflect.DeepEqual(claims.Flatten(d.Statements), claims.Flatten(want[i].Statements)) || !reflect.DeepEqual(d.Quotes, want[i].Quotes) ||
						!reflect.DeepEqual(d.Excluded, want[i].Excluded) {
						errs <- texts[i][:min(len(texts[i]), 60)]
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("Parse from several goroutines differs from a lone Parse on %q...", e)
	}
}
