package claimchecktest_test

import (
	"fmt"
	"testing"

	"github.com/newsdesk/claimcheck/claimchecktest"
)

// printTB prints what a failing test would print. In a real test, pass the
// test's own t.
type printTB struct{ testing.TB }

func (printTB) Helper()                           {}
func (printTB) Errorf(format string, args ...any) { fmt.Printf(format+"\n", args...) }
func (printTB) Fatalf(format string, args ...any) { fmt.Printf(format+"\n", args...) }

// Faithful fails a test when the derived text contradicts its source (and,
// under a stricter Rule, when a claim is unsupported or the score is low),
// listing each offending claim as a diff: "-" the source sentence, "+" the
// claim, then the findings. In a test:
//
//	func TestRewrite(t *testing.T) {
//		claimchecktest.Faithful(t, rewrite, []string{wire}, claimchecktest.Rule{MinScore: 0.5})
//	}
func ExampleFaithful() {
	source := "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday. She thanked the voters."
	derived := "Springfield has a new mayor.\nMaria Ortiz, 45, was elected on Tuesday. She thanked the voters."
	var t printTB
	claimchecktest.Faithful(t, derived, []string{source}, claimchecktest.Rule{})
	// Output:
	// claimchecktest.Faithful: the derived text is not faithful (want no contradicted claim) (-source +derived):
	//   2:1: contradicted 0.18
	//   - source 1:1: Maria Ortiz, 54, was elected mayor of Springfield on Tuesday.
	//   + derived 2:1: Maria Ortiz, 45, was elected on Tuesday.
	//       number (NU1): the claim says "45" where the source says "54"
}
