package gate

import (
	"slices"
	"testing"

	"github.com/newsdesk/claimcheck"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Rule
		err  bool
	}{
		{"", Rule{}, false},
		{"none", Rule{}, false},
		{"contradicted", Rule{Contradicted: true}, false},
		{"unsupported", Rule{Unsupported: true}, false},
		{"score<0.5", Rule{MinScore: 0.5}, false},
		{" contradicted , score<1 ", Rule{Contradicted: true, MinScore: 1}, false},
		{"unsupported,contradicted", Rule{Contradicted: true, Unsupported: true}, false},
		{"score<0", Rule{}, true},
		{"score<1.5", Rule{}, true},
		{"score<NaN", Rule{}, true},
		{"score>0.5", Rule{}, true},
		{"contradicted,", Rule{}, true},
		{"wrong", Rule{}, true},
		{"HE1", Rule{Findings: []claimcheck.Rule{"HE1"}}, false},
		{"contradicted,HE1,QU2,HE1", Rule{Contradicted: true, Findings: []claimcheck.Rule{"HE1", "QU2"}}, false},
		{"HE9", Rule{}, true},
		{"he1", Rule{}, true},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if (err != nil) != tt.err || !same(got, tt.want) {
			t.Errorf("Parse(%q) = %+v, %v; want %+v, error %v", tt.in, got, err, tt.want, tt.err)
		}
		if err == nil && !same(got, Rule{}) {
			if back, err := Parse(got.String()); err != nil || !same(back, got) {
				t.Errorf("Parse(%q.String() = %q) = %+v, %v", tt.in, got.String(), back, err)
			}
		}
	}
}

// same reports whether two rules require the same.
func same(a, b Rule) bool {
	return a.Contradicted == b.Contradicted && a.Unsupported == b.Unsupported && a.MinScore == b.MinScore &&
		slices.Equal(a.Findings, b.Findings)
}

func TestCheck(t *testing.T) {
	r := &claimcheck.Report{Score: 0.4, Claims: []claimcheck.Claim{
		{Label: claimcheck.Supported, Findings: []claimcheck.Finding{{Rule: "HE1"}}}, {Label: claimcheck.Unsupported}, {Label: claimcheck.Contradicted},
	}}
	tests := []struct {
		rule Rule
		want []int // the claims that break it; -1 for the score
	}{
		{Rule{}, nil},
		{Rule{Contradicted: true}, []int{2}},
		{Rule{Unsupported: true}, []int{1, 2}},
		{Rule{MinScore: 0.4}, nil},
		{Rule{MinScore: 0.41}, []int{-1}},
		{Rule{Contradicted: true, MinScore: 0.5}, []int{2, -1}},
		{Rule{Findings: []claimcheck.Rule{"HE1"}}, []int{0}},
		{Rule{Findings: []claimcheck.Rule{"QU2"}}, nil},
		{Rule{Contradicted: true, Findings: []claimcheck.Rule{"HE1"}}, []int{0, 2}},
	}
	for _, tt := range tests {
		var got []int
		for _, v := range tt.rule.Check(r) {
			got = append(got, v.Claim)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%v.Check = %v, want %v", tt.rule, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%v.Check = %v, want %v", tt.rule, got, tt.want)
				break
			}
		}
		if tt.rule.Fails(r) != (len(tt.want) > 0) {
			t.Errorf("%v.Fails = %v", tt.rule, tt.rule.Fails(r))
		}
	}
}

func TestReasonAndDescribe(t *testing.T) {
	c := claimcheck.Claim{Label: claimcheck.Supported, Findings: []claimcheck.Finding{{Rule: "CO1"}, {Rule: "HE1"}}}
	r := Rule{Contradicted: true, Findings: []claimcheck.Rule{"QU2", "HE1"}}
	if got := r.Reason(c); got != "HE1" {
		t.Errorf("Reason = %q, want HE1", got)
	}
	if got := (Rule{Contradicted: true}).Reason(c); got != "" {
		t.Errorf("Reason without the finding's rule = %q, want none", got)
	}
	if got, want := r.Describe(), "no contradicted claim, no QU2 or HE1 finding"; got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
	if got, want := r.String(), "contradicted,QU2,HE1"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}
