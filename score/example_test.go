package score_test

import (
	"fmt"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/score"
)

// Judge labels a claim and lists what it loses points for.
func ExampleJudge() {
	x := score.Prepare(align.Prepare(claims.Parse("The minister did not sign the trade agreement in Brussels."), align.Options{}))
	c := claims.Parse("The minister signed the trade agreement in Brussels.").Statements[0]
	v := score.Judge(x, &c, score.Options{})
	fmt.Println(v.Label, v.Score)
	for _, f := range v.Findings {
		fmt.Println(f.Kind, f.Explanation)
	}
	// Output:
	// contradicted 0.548
	// negation the source negates "sign" ("not"); the claim does not
}
