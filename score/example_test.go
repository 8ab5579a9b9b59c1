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
	// contradicted 0.533
	// negation the source negates "sign" ("not"); the claim does not
}

// JudgeIn judges a claim of a text with the claims around it at hand: a
// summary that fuses two sentences gives one player the other's predicate
// (ST1), which every word of the claim, taken alone, seems to support.
func ExampleJudgeIn() {
	x := score.Prepare(align.Prepare(claims.Parse("The left back admits he is unsure when he will return. "+
		"Harbour City winger Karl Moss has been advised by doctors not to play again this season."), align.Options{}))
	d := claims.Parse("The left back is unsure when he will return. The left back has been advised by doctors not to play again this season.")
	v := score.JudgeIn(x, d, 1, score.Options{})
	fmt.Println(v.Label)
	for _, f := range v.Findings {
		fmt.Println(f.Rule, f.Explanation)
	}
	// Output:
	// unsupported
	// ST1 the source says "has been advised by doctors not to play again this season" of "Harbour City winger Karl Moss", not of "The left back"
}
