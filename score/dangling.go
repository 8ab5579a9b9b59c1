package score

import "fmt"

// dangling reports the claim's pronouns that refer to no one the text
// names before them (the claim's features find them). The name the source
// has in the pronoun's place is not given: a pronoun opening a claim has a
// neighbour on one side only, and the name next to it in the source is
// often not the subject: "Liam Byrne, who served under Gordon Brown, left
// a memo".
//
//	DG1: a pronoun that refers to no one the text names before it.
func dangling(v *view, _ *account) outcome {
	var out outcome
	for _, i := range v.c.Dangling() {
		t := &v.c.Tokens[i]
		out.findings = append(out.findings, Finding{Kind: Entity, Rule: DG1, Claim: Span{t.Text(), t.Start(), t.End()}, Factor: factors[DG1],
			Explanation: fmt.Sprintf("the text does not say who %q is: it names no one before", t.Text())})
	}
	return out
}
