package claims_test

import (
	"fmt"

	"github.com/newsdesk/claimcheck/claims"
)

// Split gives the sentences and the excluded pieces of one pass over the
// text: together they cover every byte that is not white space.
func ExampleSplit() {
	src := "Floods Hit the Coast\nAdvertisement\nThousands fled on Monday. Roads closed."
	sentences, excluded := claims.Split(src)
	for _, s := range sentences {
		fmt.Printf("sentence %d-%d %s\n", s.Start, s.End, s.Text)
	}
	for _, e := range excluded {
		fmt.Printf("%s %d-%d %s\n", e.Reason, e.Start, e.End, e.Text)
	}
	// Output:
	// sentence 0-20 Floods Hit the Coast
	// sentence 35-60 Thousands fled on Monday.
	// sentence 61-74 Roads closed.
	// advertising 21-34 Advertisement
}
