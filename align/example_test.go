package align_test

import (
	"fmt"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
)

// Align finds the source sentence a claim comes from and pairs its words,
// here through a British spelling and a transliterated name.
func ExampleSource_Align() {
	src := claims.Parse("The talks failed. Sergei Ivanov criticised the plan on Monday.")
	x := align.Prepare(src, align.Options{})
	c := claims.Parse("Sergey Ivanov criticized the plan.").Statements[0]
	m := x.Align(&c)
	fmt.Println(src.Statements[m.Sentences[0]].Text())
	for _, w := range m.Words {
		fmt.Printf("%s -> %s (%s)\n", c.Tokens[w.Claim].Text(), src.Statements[w.Sentence].Tokens[w.Token].Text(), w.Stage)
	}
	fmt.Printf("coverage %.2f\n", m.Coverage)
	// Output:
	// Sergei Ivanov criticised the plan on Monday.
	// Sergey -> Sergei (name)
	// Ivanov -> Ivanov (exact)
	// criticized -> criticised (stem)
	// plan -> plan (exact)
	// coverage 1.00
}
