package score_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/score"
)

// stitchSource has two players' sentences side by side: the predicate of
// one (Karl Moss) copied onto the subject of the other (Ivo Brandt) is the
// case ST1 is for.
const stitchSource = "Ivo Brandt plays at left back. The left back admits he is unsure when he will return to action for his club. " +
	"Harbour City winger Karl Moss has been advised by leading doctors not to play again this season after three concussions. " +
	"The club will decide on Friday."

// TestStitch checks ST1 on both sides: a claim that gives the subject
// copied from one source sentence the predicate copied from another, and
// the joins it must leave alone.
func TestStitch(t *testing.T) {
	tests := []struct {
		reason          string
		source, derived string
		claim, src      string // the ST1 spans; "" for no finding
	}{
		{"one player's subject, the other's predicate",
			stitchSource,
			"The left back has been advised by leading doctors not to play again this season.",
			"The left back has been advised by leading doctors not to play again this season",
			"Harbour City winger Karl Moss has been advised by leading doctors not to play again this season"},
		{"a name swapped for the source's is EN1's, which explains the subject",
			stitchSource,
			"Left back Ivo Brandt has been advised by leading doctors not to play again this season.",
			"", ""},
		{"the same in text written in lower case",
			"left back ivo brandt admits he is unsure when he will return to action for his club . " +
				"harbour city winger karl moss has been advised by leading doctors not to play again this season after three concussions .",
			"left back ivo brandt has been advised by leading doctors not to play again this season .",
			"left back ivo brandt has been advised by leading doctors not to play again this season",
			"harbour city winger karl moss has been advised by leading doctors not to play again this season"},
		{"the claim keeps the source's subject",
			stitchSource,
			"Winger Karl Moss has been advised by leading doctors not to play again this season.",
			"", ""},
		{"a pronoun subject in the source may be anyone's",
			"The left back admits he is unsure when he will return to action for his club. " +
				"After three concussions he has been advised by leading doctors not to play again this season.",
			"The left back has been advised by leading doctors not to play again this season.",
			"", ""},
		{"the source says the joint elsewhere",
			stitchSource + " The left back was also advised by leading doctors to rest.",
			"The left back has been advised by leading doctors not to play again this season.",
			"", ""},
		{"a circumstance taken from another sentence is not a predicate",
			"Left back Ivo Brandt admits he is unsure when he will return to action. " +
				"The final was played in front of a crowd of forty thousand in the rain.",
			"Left back Ivo Brandt admits he is unsure in front of a crowd of forty thousand.",
			"", ""},
		{"a clause of its own joined by a conjunction",
			"The mayor of Harbour City opened the new bridge on Monday morning. " +
				"Heavy traffic and long queues were reported across the old town centre.",
			"The mayor of Harbour City opened the new bridge and long queues were reported across the old town centre.",
			"", ""},
		{"a name copied from one sentence given the predicate another sentence gives another name, an adverb between",
			"Paul Turner is keen to lead the club on Sunday. Lindqvist controversially dropped the two veteran strikers for the final in 2009. Turner was his assistant.",
			"paul turner dropped the two veteran strikers for the final in 2009 .",
			"paul turner dropped the two veteran strikers for the final in 2009",
			"Lindqvist controversially dropped the two veteran strikers for the final in 2009"},
		{"a description in the source may be the claim's name",
			"Paul Turner is keen to lead the club on Sunday. The former midfielder dropped the two veteran strikers for the final in 2009.",
			"paul turner dropped the two veteran strikers for the final in 2009 .",
			"", ""},
		{"a pronoun subject in the source, an adverb before its verb",
			"Paul Turner is keen to lead the club on Sunday. She controversially dropped the two veteran strikers for the final in 2009.",
			"paul turner dropped the two veteran strikers for the final in 2009 .",
			"", ""},
		{"the source's name is a variant of the claim's",
			"The mayor visited Georgia last week. Police say the Georgian national fled the country in May.",
			"police say the georgia national fled the country in may .",
			"", ""},
		{"a copy of one sentence has no seam",
			stitchSource,
			"Harbour City winger Karl Moss has been advised by leading doctors not to play again this season.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			v := judgeFirst(t, tt.source, tt.derived)
			got := findingOf(v, score.ST1)
			if tt.claim == "" {
				if got != nil {
					t.Fatalf("Judge(%q) has an ST1 finding, want none: %+v", tt.derived, got)
				}
				return
			}
			if got == nil {
				t.Fatalf("Judge(%q) has no ST1 finding: %+v", tt.derived, v.Findings)
			}
			want := score.Finding{Kind: score.Stitch, Rule: score.ST1, Claim: spanOf(t, tt.derived, tt.claim),
				Source: spanOf(t, tt.source, tt.src), Factor: score.Factors[score.ST1]}
			gotSpans := score.Finding{Kind: got.Kind, Rule: got.Rule, Claim: got.Claim, Source: got.Source, Contradiction: got.Contradiction, Factor: got.Factor}
			if diff := cmp.Diff(want, gotSpans); diff != "" {
				t.Errorf("Judge(%q) ST1 finding mismatch (-want +got):\n%s", tt.derived, diff)
			}
			if v.Label != score.Unsupported {
				t.Errorf("Judge(%q) = %s, want unsupported", tt.derived, v.Label)
			}
		})
	}
}

// TestStitchInText checks that JudgeIn reads the claims around the claim:
// a text that names the source's subject near the claim may mean it by the
// claim's words, and Judge, which judges the claim alone, cannot know.
func TestStitchInText(t *testing.T) {
	x := score.Prepare(align.Prepare(claims.Parse(stitchSource), align.Options{}))
	tests := []struct {
		reason  string
		derived string
		claim   int  // the claim judged
		want    bool // whether JudgeIn finds ST1
	}{
		{"the text names the source's subject in the claim before",
			"Karl Moss of Harbour City had three concussions. The left back has been advised by leading doctors not to play again this season.",
			1, false},
		{"the text never names it",
			"Ivo Brandt is unsure when he will return. The left back has been advised by leading doctors not to play again this season.",
			1, true},
		{"the text names it far away: only the claims near it are read",
			"Karl Moss of Harbour City had three concussions. One. Two. Three. Four. Five. Six. Seven. Eight. Nine. " +
				"The left back has been advised by leading doctors not to play again this season.",
			10, true},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			d := claims.Parse(tt.derived)
			if tt.claim >= len(d.Statements) {
				t.Fatalf("%q has %d claims, want more than %d", tt.derived, len(d.Statements), tt.claim)
			}
			v := score.JudgeIn(x, d, tt.claim, score.Options{})
			if got := findingOf(v, score.ST1) != nil; got != tt.want {
				t.Errorf("JudgeIn(%q, %d) has ST1 = %v, want %v: %+v", tt.derived, tt.claim, got, tt.want, v.Findings)
			}
			alone := score.Judge(x, &d.Statements[tt.claim], score.Options{})
			if findingOf(alone, score.ST1) == nil {
				t.Errorf("Judge(claim %d of %q) has no ST1 finding: judged alone, the claim should be", tt.claim, tt.derived)
			}
		})
	}
}

// findingOf returns the verdict's finding of the rule, or nil.
func findingOf(v score.Verdict, r score.Rule) *score.Finding {
	for k := range v.Findings {
		if v.Findings[k].Rule == r {
			return &v.Findings[k]
		}
	}
	return nil
}
