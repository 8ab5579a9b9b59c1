package score

import (
	"testing"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
)

// TestResolve checks whom a source pronoun stands for, on hand-written
// news: the pronoun is the first of its word in the last sentence.
func TestResolve(t *testing.T) {
	tests := []struct {
		reason, source, pronoun string
		want                    string // the antecedent's text; "" for none
		noGender                string // the same without gender agreement
	}{
		{"a person named in the sentence before",
			"Maria Ortiz spoke to reporters in Leeds on Monday. She posted the photo.", "She", "Ortiz", "Ortiz"}, // claims leaves a capitalised word opening a sentence out of a name
		{"the subject of its own sentence",
			"The council met on Monday. Then Tom Reed said he would resign.", "he", "Tom Reed", "Tom Reed"},
		{"up to three sentences back",
			"On Monday Maria Ortiz spoke to reporters in Leeds. The river rose. The bridge closed. She posted the photo.", "She", "Maria Ortiz", "Maria Ortiz"},
		{"not four",
			"On Monday Maria Ortiz spoke to reporters in Leeds. The river rose. The bridge closed. Rain fell. She posted the photo.", "She", "", ""},
		{"a title tells the gender: the subject passed over for the other",
			"Mrs Anna Berg met Mr Tom Reed on Monday. He posted the photo.", "He", "Tom Reed", "Anna Berg"},
		{"an object is not its own clause's subject",
			"Dan Cole arrived late. Tom Reed thanked him.", "him", "Dan Cole", "Dan Cole"},
		{"a description before it may be whom it stands for",
			"Maria Ortiz spoke on Monday. The 52-year-old teacher said she was tired.", "she", "", ""},
		{"a name with a word of an organisation's may be no person: the search ends",
			"Dan Cole watched. The fans told Acme Media on Sunday. He posted the photo.", "He", "", ""},
		{"a place is passed over",
			"Dan Cole flew home. London was wet. He posted the photo.", "He", "Dan Cole", "Dan Cole"},
		{"a dialogue's turn labels are passed over",
			"Anna: I think Tom Reed is late.\nMaria: I will bring him.", "him", "Tom Reed", "Tom Reed"},
	}
	defer func(g bool) { corefGender = g }(corefGender)
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			doc := claims.Parse(tt.source)
			si := len(doc.Statements) - 1
			k := -1
			for x, tok := range doc.Statements[si].Tokens {
				if tok.Text() == tt.pronoun {
					k = x
					break
				}
			}
			if k < 0 {
				t.Fatalf("%q is not in the last sentence %q", tt.pronoun, doc.Statements[si].Text)
			}
			sent := func(i int) *claims.Statement { return &doc.Statements[i] }
			for _, gender := range []bool{true, false} {
				corefGender = gender
				want := tt.want
				if !gender {
					want = tt.noGender
				}
				got := ""
				if e, _ := resolve(sent, si, k); e != nil {
					got = e.Text
				}
				if got != want {
					t.Errorf("resolve(%q, gender %v) = %q, want %q", tt.pronoun, gender, got, want)
				}
			}
		})
	}
}

// TestCorefRules checks EN4, which reads a source pronoun's referent: it
// contradicts a name in the place of a pronoun that stands for someone
// else, and not one in the place of a pronoun that stands for it.
func TestCorefRules(t *testing.T) {
	const source = "On Monday Maria Ortiz spoke to reporters in Leeds about the flood. She posted the photo of the flooded bridge on her blog. Anna Berg stayed silent."
	tests := []struct {
		reason, derived string
		rule            Rule   // the finding wanted on the last claim; "" for no EN4
		claim, src      string // its spans' texts
		carried         bool   // whether the claim's content is all carried
	}{
		{"someone else in the pronoun's place", "Anna Berg posted the photo of the flooded bridge on her blog.", EN4, "Berg", "She", false}, // claims leaves a capitalised word opening a sentence out of a name
		{"the pronoun's own referent in its place", "Maria Ortiz posted the photo of the flooded bridge on her blog.", "", "", "", true},
	}
	x := Prepare(align.Prepare(claims.Parse(source), align.Options{}))
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			d := claims.Parse(tt.derived)
			v := JudgeIn(x, d, len(d.Statements)-1, Options{})
			var got *Finding
			for k := range v.Findings {
				if f := &v.Findings[k]; f.Rule == EN4 && got == nil {
					got = f
				}
			}
			if tt.rule == "" {
				if got != nil {
					t.Fatalf("JudgeIn(%q) has a %s finding, want none: %+v", tt.derived, got.Rule, got)
				}
			} else {
				if got == nil || got.Rule != tt.rule || got.Claim.Text != tt.claim || got.Source.Text != tt.src || !got.Contradiction {
					t.Fatalf("JudgeIn(%q) findings %+v, want a %s contradiction of %q against %q", tt.derived, v.Findings, tt.rule, tt.claim, tt.src)
				}
				if v.Label != Contradicted {
					t.Errorf("JudgeIn(%q) = %s, want contradicted", tt.derived, v.Label)
				}
			}
			if tt.carried && v.Coverage != 1 {
				t.Errorf("JudgeIn(%q) coverage %.3f, want 1: %+v", tt.derived, v.Coverage, v.Findings)
			}
		})
	}
}

// TestReferredTo checks that a claim's name in the place of a source
// pronoun is read as carried when the pronoun stands for it, and not when
// it stands for someone else.
func TestReferredTo(t *testing.T) {
	const source = "On Monday Maria Ortiz spoke to reporters in Leeds about the flood. She posted the photo of the flooded bridge on her blog. Anna Berg stayed silent."
	x := Prepare(align.Prepare(claims.Parse(source), align.Options{}))
	for _, tt := range []struct {
		derived, name string
		want          bool
	}{
		{"Yesterday Maria Ortiz posted the photo of the flooded bridge.", "Maria Ortiz", true},
		{"Yesterday Anna Berg posted the photo of the flooded bridge.", "Anna Berg", false},
	} {
		c := &claims.Parse(tt.derived).Statements[0]
		v := newView(x, c, Options{MinCoverage: defaultMinCoverage})
		var e *claims.Entity
		for k := range c.Entities {
			if c.Entities[k].Text == tt.name {
				e = &c.Entities[k]
			}
		}
		if e == nil {
			t.Fatalf("no name %q in %q: %+v", tt.name, tt.derived, c.Entities)
		}
		if got := v.referredTo(e); got != tt.want {
			t.Errorf("referredTo(%q in %q) = %v, want %v", tt.name, tt.derived, got, tt.want)
		}
	}
}
