package claimcheck

import (
	"testing"

	"github.com/newsdesk/claimcheck/score"
)

// wrongChoices are other rules for choosing among several sources'
// verdicts, measured by go run ./examples/evaluate -multisource and not
// kept. Each row of TestChooseAmongSources names the ones it tells apart
// from choose, and the test proves that each of them would pick otherwise.
var wrongChoices = map[string]func(vs []score.Verdict) int{
	// The higher score alone (better without choose's turn to a contradiction).
	"score-first": scoreFirst,
	// A contradiction wins over anything not supported, the best aligned.
	"contradicted-first": func(vs []score.Verdict) int {
		w := scoreFirst(vs)
		if vs[w].Label == Supported {
			return w
		}
		c := -1
		for i, v := range vs {
			if v.Label == Contradicted && (c < 0 || v.Coverage > vs[c].Coverage) {
				c = i
			}
		}
		if c >= 0 {
			return c
		}
		return w
	},
	// A contradiction aligned as strongly wins over a supported verdict too.
	"contradiction-over-supported": func(vs []score.Verdict) int {
		w := scoreFirst(vs)
		c := -1
		for i, v := range vs {
			if v.Label == Contradicted && v.Coverage >= vs[w].Coverage && (c < 0 || better(v, vs[c])) {
				c = i
			}
		}
		if c >= 0 {
			return c
		}
		return w
	},
	// Among contradictions, the best aligned wins, also over a contradicted
	// winner.
	"best-aligned-contradiction": func(vs []score.Verdict) int {
		w := scoreFirst(vs)
		if vs[w].Label == Supported {
			return w
		}
		c := -1
		for i, v := range vs {
			if v.Label == Contradicted && v.Coverage >= vs[w].Coverage && (c < 0 || v.Coverage > vs[c].Coverage) {
				c = i
			}
		}
		if c >= 0 {
			return c
		}
		return w
	},
}

// scoreFirst is better alone: the higher score wins, ties to coverage,
// then to the first source.
func scoreFirst(vs []score.Verdict) int {
	w := 0
	for i := 1; i < len(vs); i++ {
		if better(vs[i], vs[w]) {
			w = i
		}
	}
	return w
}

// TestChooseAmongSources checks one claim against two sources, in both
// orders: the label it takes, the source its evidence names, and its
// score, which must be that source's own verdict. Each row must fail on
// the wrong rules it names: the test checks that they would pick a
// verdict of another label or from another source.
func TestChooseAmongSources(t *testing.T) {
	type src struct{ name, text string }
	for _, tc := range []struct {
		name    string
		claim   string
		sources []src
		label   Label
		from    string   // the source the evidence names
		catches []string // the wrong rules this row tells apart
	}{
		{
			name:  "contradicted by the version that tells it, not mentioned by the other",
			claim: "Maria Ortiz, 45, was elected mayor of Springfield on Tuesday.",
			sources: []src{
				{"wire", "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday."},
				{"blog", "Maria Ortiz of Springfield spoke to reporters on Tuesday."},
			},
			// The blog's unsupported verdict scores higher (0.38 at
			// coverage 0.22) than the wire's contradiction (0.30 at 1.0).
			label: Contradicted, from: "wire", catches: []string{"score-first"},
		},
		{
			name:  "supported by one, contradicted by the other",
			claim: "The mayor opened the new library on Monday.",
			sources: []src{
				{"wire", "The mayor opened the new library on Monday."},
				{"paper", "The mayor did not open the new library on Monday."},
			},
			label: Supported, from: "wire", catches: []string{"contradiction-over-supported"},
		},
		{
			name:  "unsupported by the source that bears most, contradicted by one that bears less",
			claim: "Maria Ortiz was elected mayor of Springfield on Tuesday after a long campaign.",
			sources: []src{
				{"wire", "Maria Ortiz was elected mayor of Springfield on Tuesday."},
				{"paper", "Maria Ortiz was not elected mayor of Springfield."},
			},
			// The wire carries 0.38 of the claim; the paper's negation
			// is aligned on 0.26 of it.
			label: Unsupported, from: "wire", catches: []string{"contradicted-first"},
		},
		{
			name:  "contradicted by both: the better score",
			claim: "Maria Ortiz, 45, was elected mayor of Springfield on Tuesday by a wide margin.",
			sources: []src{
				{"wire", "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday."},
				{"paper", "Maria Ortiz, 44, was not elected mayor of Springfield on Tuesday by a wide margin."},
			},
			// The paper is aligned on all of the claim but conflicts
			// twice (0.17); the wire once (0.27).
			label: Contradicted, from: "wire", catches: []string{"best-aligned-contradiction"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := New(Options{})
			if err != nil {
				t.Fatal(err)
			}
			var srcs []*Source
			for _, s := range tc.sources {
				x, err := c.NewSource(s.name, s.text)
				if err != nil {
					t.Fatal(err)
				}
				srcs = append(srcs, x)
			}
			alone := map[string]Claim{}
			for _, s := range srcs {
				r, err := c.CheckSources(tc.claim, s)
				if err != nil || len(r.Claims) != 1 {
					t.Fatalf("against %s alone: %v, %d claims; want 1", s.name, err, len(r.Claims))
				}
				alone[s.name] = r.Claims[0]
			}
			for _, order := range [][]*Source{srcs, {srcs[1], srcs[0]}} {
				r, err := c.CheckSources(tc.claim, order...)
				if err != nil {
					t.Fatal(err)
				}
				if len(r.Claims) != 1 {
					t.Fatalf("%d claims; want 1", len(r.Claims))
				}
				got := r.Claims[0]
				if got.Label != tc.label {
					t.Errorf("sources %s, %s: label %s; want %s (alone: %s %s, %s %s)", order[0].name, order[1].name, got.Label, tc.label,
						tc.sources[0].name, alone[tc.sources[0].name].Label, tc.sources[1].name, alone[tc.sources[1].name].Label)
				}
				if len(got.Evidence) == 0 || got.Evidence[0].Source != tc.from {
					t.Errorf("sources %s, %s: evidence %+v; want it from %s", order[0].name, order[1].name, got.Evidence, tc.from)
				}
				if want := alone[tc.from]; got.Score != want.Score || got.Coverage != want.Coverage || got.Label != want.Label {
					t.Errorf("sources %s, %s: %s %.3f at coverage %.3f; want %s's own verdict, %s %.3f at %.3f", order[0].name, order[1].name,
						got.Label, got.Score, got.Coverage, tc.from, want.Label, want.Score, want.Coverage)
				}
			}
			// Each wrong rule named must pick otherwise on this row.
			doc, err := c.parse("derived", tc.claim)
			if err != nil {
				t.Fatal(err)
			}
			var vs []score.Verdict
			for _, s := range srcs {
				vs = append(vs, score.Judge(s.index(c.opts.maxEvidence()), &doc.Statements[0], score.Options{}))
			}
			if k := choose(vs); vs[k].Label != tc.label || srcs[k].name != tc.from {
				t.Errorf("choose picks %s %s; want %s %s", srcs[k].name, vs[k].Label, tc.from, tc.label)
			}
			for _, name := range tc.catches {
				wrong, ok := wrongChoices[name]
				if !ok {
					t.Fatalf("no wrong rule %q", name)
				}
				if k := wrong(vs); vs[k].Label == tc.label && srcs[k].name == tc.from {
					t.Errorf("the wrong rule %s picks %s %s too: the row does not tell it apart", name, srcs[k].name, vs[k].Label)
				}
			}
		})
	}
}

// TestChooseEdges checks choose on no verdict, one verdict, and ties.
func TestChooseEdges(t *testing.T) {
	if k := choose(nil); k != -1 {
		t.Errorf("choose(nil) = %d; want -1", k)
	}
	one := []score.Verdict{{Label: Unsupported, Score: 0.2, Coverage: 0.1}}
	if k := choose(one); k != 0 {
		t.Errorf("choose(one) = %d; want 0", k)
	}
	// Equal verdicts: the first source given wins.
	same := []score.Verdict{{Label: Contradicted, Score: 0.3, Coverage: 0.6}, {Label: Contradicted, Score: 0.3, Coverage: 0.6}}
	if k := choose(same); k != 0 {
		t.Errorf("choose(equal verdicts) = %d; want 0", k)
	}
	// A contradiction aligned exactly as strongly as the unsupported
	// winner wins.
	tie := []score.Verdict{{Label: Unsupported, Score: 0.8, Coverage: 0.4}, {Label: Contradicted, Score: 0.2, Coverage: 0.4}}
	if k := choose(tie); k != 1 {
		t.Errorf("choose(contradiction aligned as strongly) = %d; want 1", k)
	}
	// One aligned more weakly does not.
	weak := []score.Verdict{{Label: Unsupported, Score: 0.8, Coverage: 0.4}, {Label: Contradicted, Score: 0.2, Coverage: 0.39}}
	if k := choose(weak); k != 0 {
		t.Errorf("choose(contradiction aligned more weakly) = %d; want 0", k)
	}
}

// TestArchiveChoosesAsCheckSources checks that an Archive gives a claim the
// verdict CheckSources gives against the same articles: the contradiction
// from the article that tells it, not the better-scored unsupported verdict
// of one that does not.
func TestArchiveChoosesAsCheckSources(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.NewArchive(ArchiveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, art := range []struct{ id, text string }{
		{"wire", "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday."},
		{"blog", "Maria Ortiz of Springfield spoke to reporters on Tuesday."},
	} {
		if err := a.Add(ArticleID(art.id), art.text); err != nil {
			t.Fatal(err)
		}
	}
	r, err := a.Check("Maria Ortiz, 45, was elected mayor of Springfield on Tuesday.")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) != 2 {
		t.Fatalf("candidates %v; want both articles", r.Sources)
	}
	if got := r.Claims[0]; got.Label != Contradicted || len(got.Evidence) == 0 || got.Evidence[0].Source != "wire" {
		t.Errorf("archive: %s from %+v; want contradicted from wire", got.Label, got.Evidence)
	}
}
