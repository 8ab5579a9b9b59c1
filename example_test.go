package claimcheck_test

import (
	"context"
	"fmt"
	"os"

	"github.com/newsdesk/claimcheck"
)

// Check labels each claim of the derived text and says what differs.
func ExampleCheck() {
	source := "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She did not comment."
	derived := "Maria Ortiz, 45, was elected mayor of Springfield on Tuesday. She commented."
	r, err := claimcheck.Check(source, derived)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range r.Claims {
		fmt.Printf("%s %v %q\n", c.Label, c.Kinds, c.Text)
	}
	// Output:
	// contradicted [number] "Maria Ortiz, 45, was elected mayor of Springfield on Tuesday."
	// contradicted [negation] "She commented."
}

// A Checker with prepared sources checks one text against several: each
// claim takes its evidence from the source that supports it best (or one
// that contradicts it, aligned as strongly, when none supports it).
func ExampleChecker_CheckSources() {
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		panic(err)
	}
	wire, _ := c.NewSource("wire", "The mayor opened the new library on Monday.")
	paper, _ := c.NewSource("paper", "The library cost 12 million dollars to build.")
	r, _ := c.CheckSources("The mayor opened the library on Monday. It cost 12 million dollars.", wire, paper)
	for _, cl := range r.Claims {
		fmt.Println(cl.Label, cl.Evidence[0].Source)
	}
	// Output:
	// supported wire
	// supported paper
}

// WriteText prints a report for a reader.
func ExampleReport_WriteText() {
	r, _ := claimcheck.Check(
		`"We will rebuild every school," the governor said.`,
		`The governor said: "We will rebuild every hospital."`)
	r.WriteText(os.Stdout)
	// Output:
	// score 0.372: 1 claims, 0 supported, 0 contradicted, 1 unsupported
	//
	// 1. [UNSUPPORTED 0.37] The governor said: "We will rebuild every hospital."
	//    source: "We will rebuild every school," the governor said.
	//    - quote: the source does not have these words verbatim; closest: "We will rebuild every school"; diff: -school +hospital
	//    - content: 29% of the claim's content is in the source; missing: hospital
}

// A Stream hands out each claim's verdict as it is judged, for a text too
// long to keep its report whole: here each claim is printed as it comes,
// with its byte offsets into the derived text, and the totals at the end.
func ExampleChecker_Stream() {
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		panic(err)
	}
	wire, _ := c.NewSource("wire", "The mayor opened the new library on Monday. It cost 12 million dollars.")
	st, err := c.Stream(context.Background(), "The mayor opened the library on Monday. It cost 21 million dollars.", wire)
	if err != nil {
		fmt.Println(err)
		return
	}
	for cl, err := range st.Claims() {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%d-%d %s %q\n", cl.Start, cl.End, cl.Label, cl.Text)
	}
	r, _ := st.Report()
	fmt.Printf("score %.3f: %d supported, %d contradicted, %d unsupported\n", r.Score, r.Supported, r.Contradicted, r.Unsupported)
	// Output:
	// 0-39 supported "The mayor opened the library on Monday."
	// 40-67 contradicted "It cost 21 million dollars."
	// score 0.386: 1 supported, 1 contradicted, 0 unsupported
}
