package score_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/score"
)

// TestFrames checks HE2 on both sides: a claim that copies, as fact, the
// words a source sentence puts under a question, a disputed or feared
// clause or an intention, and the copies it must leave alone.
func TestFrames(t *testing.T) {
	tests := []struct {
		reason          string
		source, derived string
		claim, src      string // the HE2 spans; "" for no finding
	}{
		{"a question: not known if",
			"It was not yet known if the original crew will return for the second voyage.",
			"The original crew will return for the second voyage.",
			"The original crew will return for the second voyage",
			"known if the original crew will return for the second voyage"},
		{"a question: investigating whether",
			"Fire officers are investigating whether the warehouse blaze was started deliberately.",
			"The warehouse blaze was started deliberately, fire officers said.",
			"The warehouse blaze was started deliberately",
			"investigating whether the warehouse blaze was started deliberately"},
		{"a denied clause",
			"The company denied that its chief engineer had falsified the safety records.",
			"Its chief engineer had falsified the safety records.",
			"Its chief engineer had falsified the safety records",
			"denied that its chief engineer had falsified the safety records"},
		{"an intention, the verb by its stem",
			"The council plans to close the riverside library next spring.",
			"The council closes the riverside library next spring.",
			"closes the riverside library next spring",
			"plans to close the riverside library next spring"},
		{"an intention whose date the claim drops: the date is no part of what is stated",
			"The company plans to cut 500 jobs next year.",
			"The company cut 500 jobs.",
			"cut 500 jobs",
			"plans to cut 500 jobs"},
		{"an expectation: \"is\" for its \"be\"",
			"The new harbour bridge is expected to be completed in the autumn.",
			"The new harbour bridge is completed in the autumn.",
			"is completed in the autumn",
			"expected to be completed in the autumn"},
		{"an expectation: \"was\" for its \"be\"",
			"The new harbour bridge is expected to be completed in the autumn.",
			"The new harbour bridge was completed in the autumn.",
			"was completed in the autumn",
			"expected to be completed in the autumn"},
		{"the claim keeps the frame",
			"It was not yet known if the original crew will return for the second voyage.",
			"It is not known if the original crew will return for the second voyage.",
			"", ""},
		{"the claim frames it in words of its own",
			"The council plans to close the riverside library next spring.",
			"The council wants to close the riverside library next spring.",
			"", ""},
		{"the claim hedges it",
			"The company denied that its chief engineer had falsified the safety records.",
			"Its chief engineer may have falsified the safety records.",
			"", ""},
		{"a verb of plain saying asserts as far as a summary goes",
			"The company said that its chief engineer had falsified the safety records.",
			"Its chief engineer had falsified the safety records.",
			"", ""},
		{"which of two: the claim states both",
			"Doctors will decide within days whether the patient has a high or low risk of relapse.",
			"The patient has a high or low risk of relapse.",
			"", ""},
		{"a name out of the framed clause is not the clause",
			"There is concern that the harbour master has intervened directly in a political dispute over fishing quotas.",
			"The opposition leader accused the harbour master of bias.",
			"", ""},
		{"a failure the claim renders as a negation states nothing as fact",
			"The club failed to meet the league deadline for registering new players.",
			"The club did not meet the league deadline for registering new players.",
			"", ""},
		{"a refusal the claim renders as a negation states nothing as fact",
			"The shop refused to sell alcohol to the teenagers on Friday night.",
			"The shop would not sell alcohol to the teenagers on Friday night.",
			"", ""},
		{"a denial the claim renders as a negation states nothing as fact",
			"The company denied that its chief engineer had falsified the safety records.",
			"Its chief engineer had not falsified the safety records, the company said.",
			"", ""},
		{"a negation is no rendering of a frame that is not negative: the claim states the plan did not happen",
			"The council plans to close the riverside library next spring.",
			"The council will not close the riverside library next spring.",
			"close the riverside library next spring",
			"plans to close the riverside library next spring"},
		{"an expectation the claim keeps with a modal of its own",
			"The striker is expected to sign a new contract with the club this week.",
			"The striker should sign a new contract with the club this week.",
			"", ""},
		{"an expectation stated as what will happen",
			"The striker is expected to sign a new contract with the club this week.",
			"The striker will sign a new contract with the club this week.",
			"sign a new contract with the club this week",
			"expected to sign a new contract with the club this week"},
		{"as if: a comparison",
			"The crowd cheered as if the home side had won the cup final.",
			"The home side had won the cup final.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			v := judgeFirst(t, tt.source, tt.derived)
			got := findingOf(v, score.HE2)
			if tt.claim == "" {
				if got != nil {
					t.Fatalf("Judge(%q) has an HE2 finding, want none: %+v", tt.derived, got)
				}
				return
			}
			if got == nil {
				t.Fatalf("Judge(%q) has no HE2 finding: %+v", tt.derived, v.Findings)
			}
			want := score.Finding{Kind: score.Hedge, Rule: score.HE2, Claim: spanOf(t, tt.derived, tt.claim),
				Source: spanOf(t, tt.source, tt.src), Factor: score.Factors[score.HE2]}
			gotSpans := score.Finding{Kind: got.Kind, Rule: got.Rule, Claim: got.Claim, Source: got.Source, Contradiction: got.Contradiction, Factor: got.Factor}
			if diff := cmp.Diff(want, gotSpans); diff != "" {
				t.Errorf("Judge(%q) HE2 finding mismatch (-want +got):\n%s", tt.derived, diff)
			}
			if got.Factor >= 1 {
				t.Errorf("Judge(%q) HE2 factor %v costs nothing", tt.derived, got.Factor)
			}
		})
	}
}
