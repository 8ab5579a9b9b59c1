package score_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/score"
)

func judgeAll(source, derived string) []score.Verdict {
	x := score.Prepare(align.Prepare(claims.Parse(source), align.Options{}))
	d := claims.Parse(derived)
	var out []score.Verdict
	for i := range d.Statements {
		out = append(out, score.Judge(x, &d.Statements[i], score.Options{}))
	}
	return out
}

// TestKinds checks one discrepancy of each kind, on news that is not from the
// bundled articles, and paraphrases that must stay supported.
func TestKinds(t *testing.T) {
	tests := []struct {
		reason, source, derived string
		label                   score.Label
		kinds                   []score.Kind
	}{
		{"a changed age",
			"Maria Ortiz, 54, was elected mayor of Springfield on Tuesday.",
			"Maria Ortiz, 45, was elected mayor of Springfield on Tuesday.",
			score.Contradicted, []score.Kind{score.Number}},
		{"a changed count",
			"Police arrested three men in Leeds after the robbery.",
			"Police arrested five men in Leeds after the robbery.",
			score.Contradicted, []score.Kind{score.Number}},
		{"a count whose value the source gives only to something else",
			"The 26-year-old collector has bought 16 rare watches since his teens.",
			"The collector has bought 26 rare watches since his teens.",
			score.Contradicted, []score.Kind{score.Number}},
		{"a count taken from another event of the source",
			"Fourteen others were convicted on the same charges on Monday. A year ago a court sentenced 13 others over the riots.",
			"13 others were convicted on the same charges on Monday.",
			score.Contradicted, []score.Kind{score.Number}},
		{"a value the source states only of something else",
			"The company expects its vaccine sales to fall sharply in 2023 as demand for booster shots fades across Europe and Asia. A rival drugmaker's sales crossed $10bn in 2023.",
			"The company expects vaccine sales of $10bn in 2023 as demand for booster shots fades across Europe and Asia.",
			score.Unsupported, []score.Kind{score.Number, score.Content}},
		{"a value stated in another sentence about the same thing",
			"The company expects its vaccine sales to fall sharply in 2023. It expects vaccine sales of $5bn.",
			"The company expects vaccine sales of $5bn in 2023.",
			score.Supported, []score.Kind{}},
		{"a count of who says it, stated in another sentence",
			"Ortiz took a firm position on the first day of the talks. They broke down in March, according to three people close to her.",
			"Ortiz took a firm position on the first day of the talks, according to three sources close to her.",
			score.Supported, []score.Kind{}},
		{"a name related to itself",
			"Cardiff Blues lost at home on Saturday as Gloucester came from behind to beat them at the Arms Park.",
			"Cardiff Blues lost at home on Saturday as Gloucester came from behind to beat Gloucester at the Arms Park.",
			score.Unsupported, []score.Kind{score.Repetition}},
		{"two names that share a word are two names",
			"Manchester United beat Manchester City 2-1 at Old Trafford on Sunday.",
			"Manchester United beat Manchester City 2-1 at Old Trafford on Sunday.",
			score.Supported, []score.Kind{}},
		{"a name met again far on in a long sentence",
			"Gloucester, who had lost four of their last five league games and sat tenth in the table before the weekend, travelled to the Arms Park with a young side and a new coach, and the home crowd expected little from a visit by Gloucester.",
			"Gloucester, who had lost four of their last five league games and sat tenth in the table before the weekend, travelled to the Arms Park with a young side and a new coach, and the home crowd expected little from a visit by Gloucester.",
			score.Supported, []score.Kind{}},
		{"the words of two compounds",
			"The couple locked a 12-year-old girl and a 17-year-old boy in a garage for days.",
			"The couple locked a 12-year-old girl and a 17-year-old boy in a garage for days.",
			score.Supported, []score.Kind{}},
		{"a bound is no negation",
			"No more than 44 per cent of her followers on the site are real people, two tools found.",
			"Only 44 per cent of her followers on the site are real people, two tools found.",
			score.Supported, []score.Kind{}},
		{"a number inside a name is no count",
			"Sales of the COVID-19 vaccine fell for 2 quarters.",
			"Sales of the COVID-2 vaccine fell.",
			score.Supported, []score.Kind{}},
		{"a negation inserted before a negative word",
			"In the fourth quarter, vaccine sales began a steep decline.",
			"In the fourth quarter, vaccine sales did not begin a decline.",
			score.Contradicted, []score.Kind{score.Negation}},
		{"a possessive of the other gender, the word before it aligned far away",
			"The actor has opened up his watch collection to a newspaper, showing off 16 expensive timepieces.",
			"The actor has 16 timepieces in her collection.",
			score.Contradicted, []score.Kind{score.Entity}},
		{"a changed date",
			"The new bridge over the river opened on March 3, 2019.",
			"The new bridge over the river opened on March 5, 2019.",
			score.Contradicted, []score.Kind{score.Date}},
		{"a changed day, the claim's day said of something else",
			"Flash floods hit the river town on Tuesday, closing roads. More rain was forecast elsewhere for Thursday.",
			"Flash floods hit the river town on Thursday.",
			score.Contradicted, []score.Kind{score.Date}},
		{"a swapped name, the other one named elsewhere in the source",
			"The council approved the budget proposed by Mayor Ortiz. Governor Lee opposed the plan.",
			"The council approved the budget proposed by Governor Lee.",
			score.Contradicted, []score.Kind{score.Entity}},
		{"a swapped name, the source's name followed by an age",
			"Maria Ortiz, 54, won the race for mayor of Springfield on Tuesday. She defeated Ana Lopez.",
			"Ana Lopez won the race for mayor of Springfield on Tuesday.",
			score.Contradicted, []score.Kind{score.Entity}},
		{"the name ending a relative clause for the subject of the verb after it",
			"Liam Byrne, who was Chief Secretary to the Treasury under Gordon Brown, left a memo on his desk after the election defeat in 2010.",
			"Gordon Brown left a memo on his desk after the defeat.",
			score.Contradicted, []score.Kind{score.Entity}},
		{"a name modified inside a relative clause",
			"He met an American, Scott Johnson, who fell from a Sydney cliff top that was known as a meeting place.",
			"He met an American who fell from a Sydney cliff that was known as a meeting place.",
			score.Supported, []score.Kind{}},
		{"two names of one sentence trading places: a miss since EN1 no longer fires on it (see entities)",
			"The most reliable was Honda, with Suzuki second and Toyota in third place.",
			"The most reliable was Honda, with Toyota second and Suzuki in third place.",
			score.Supported, []score.Kind{}},
		{"a rare place swapped in a claim with an unstated word",
			"The minister spoke in Brussels on Monday. He said that allowing refugees into Europe could lead to an influx of workers. Critics called the remarks divisive.",
			"Allowing refugees into Madagascar could lead to an influx of criminals.",
			score.Contradicted, []score.Kind{score.Entity, score.Content}},
		{"a name one of whose words the source never has",
			"Activists in London dumped paint in front of the Russian embassy on Thursday. Police made four arrests.",
			"Activists dumped paint in front of the Moscow Russian embassy on Thursday.",
			score.Unsupported, []score.Kind{score.Entity, score.Content}},
		{"coordinated names in another order",
			"Inspectors praised Toyota and Honda for their reliability.",
			"Inspectors praised Honda and Toyota for their reliability.",
			score.Supported, []score.Kind{}},
		{"an acronym of a common noun in another word's place: not a name the source lacks",
			"Carlos Watson, founder of the troubled start-up Ozy Media, was arrested.",
			"The CEO of the troubled start-up Ozy Media was arrested.",
			score.Supported, []score.Kind{score.Content}},
		{"a company swapped for another with the same ordinary word",
			"Shares of Acme Media fell sharply after its chief executive resigned.",
			"Shares of Qorvix Media fell sharply after its chief executive resigned.",
			score.Contradicted, []score.Kind{score.Entity}},
		{"a name the source never mentions",
			"The company hired a new chief executive on Monday.",
			"The company hired Anna Berg as chief executive on Monday.",
			score.Unsupported, []score.Kind{score.Entity, score.Content}},
		{"a removed not",
			"The minister did not sign the trade agreement in Brussels.",
			"The minister signed the trade agreement in Brussels.",
			score.Contradicted, []score.Kind{score.Negation}},
		{"no before a thing the source does not name",
			"The storm cut power to the town and knocked down phone lines.",
			"The storm cut power to the town, which had no cell phone service.",
			score.Unsupported, []score.Kind{score.Content}},
		{"a negation reaching a verb past three words",
			"The mayor will open the new bridge over the river on Monday.",
			"The mayor will not be able to open the new bridge over the river on Monday.",
			score.Contradicted, []score.Kind{score.Negation, score.Content}},
		{"an idiom with no is not a negation",
			"The new recycling rules will reduce plastic waste in city parks and schools, experts said.",
			"The new recycling rules will no doubt reduce plastic waste in city parks and schools, experts said.",
			score.Supported, []score.Kind{score.Content}},
		{"an added never",
			"The senator voted for the climate bill last year.",
			"The senator never voted for the climate bill last year.",
			score.Contradicted, []score.Kind{score.Negation}},
		{"a quote ending in a straight quote mark after a word",
			"Police said the woman played 'demolition derby' through the streets of the town.",
			"The woman played 'demolition derby' through the streets of the town.",
			score.Supported, []score.Kind{}},
		{"an altered quote",
			`"We will rebuild every school in the valley," the governor said on Friday.`,
			`The governor said on Friday: "We will rebuild every hospital in the valley."`,
			score.Unsupported, []score.Kind{score.Quote, score.Content}},
		{"a word from another sentence in the place of the copied sentence's word",
			"Honda was the most reliable make, with Suzuki second and Toyota in third place. Bentley and Jaguar finished bottom of the reliability table.",
			"Honda was the most reliable make in the table, with Suzuki second and Toyota in bottom place.",
			score.Unsupported, []score.Kind{score.Substitution}},
		{"a pronoun of the other gender",
			"The novelist thanked his wife in a speech at the Leeds book awards.",
			"The novelist thanked her wife in a speech at the Leeds book awards.",
			score.Contradicted, []score.Kind{score.Entity}},
		{"a name where the source has a pronoun for that person",
			"The make-up artist Promise Tamang turned herself into Maleficent for a video. She posted a picture of the look on Instagram.",
			"Promise Tamang posted a picture of the look on Instagram.",
			score.Supported, []score.Kind{}},
		{"an attribution to a description is not checked against the name",
			"Inflation will ease next year, Anna Berg said. She was the governor of Nordbank until 2019.",
			"The former Nordbank governor said inflation will ease next year.",
			score.Supported, []score.Kind{}},
		{"a paraphrase with UK/US spelling and another word order",
			"Police arrested three men in Leeds on Sunday after a robbery at a jewellery shop.",
			"Three men were arrested by police in Leeds on Sunday after a robbery at a jewelry shop.",
			score.Supported, []score.Kind{}},
		{"a tense change and a transliterated name",
			"Sergei Ivanov says the pipeline will open in 2027.",
			"Sergey Ivanov said the pipeline would open in 2027.",
			score.Supported, []score.Kind{}},
		{"a claim merging two source sentences",
			"The museum reopened on Saturday. It had been closed for three years because of flooding.",
			"The museum reopened on Saturday after three years closed because of flooding.",
			score.Supported, []score.Kind{}},
		{"nothing in common",
			"The central bank left interest rates unchanged.",
			"A rare bird was spotted in the Highlands.",
			score.Unsupported, []score.Kind{score.Entity, score.Content}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			vs := judgeAll(tt.source, tt.derived)
			if len(vs) != 1 {
				t.Fatalf("want one claim, got %d", len(vs))
			}
			v := vs[0]
			kinds := v.Kinds
			if kinds == nil {
				kinds = []score.Kind{}
			}
			if v.Label != tt.label || !cmp.Equal(tt.kinds, kinds) {
				t.Errorf("Judge(%q) = %s %v (score %.2f), want %s %v\nfindings: %+v", tt.derived, v.Label, kinds, v.Score, tt.label, tt.kinds, v.Findings)
			}
			if v.Score < 0 || v.Score > 1 {
				t.Errorf("score %v outside [0,1]", v.Score)
			}
		})
	}
}

// TestDangling checks that a text opening with a pronoun is told it never
// says who, and that the rest of the text is not.
func TestDangling(t *testing.T) {
	const source = "Maria Ortiz won the race for mayor of Springfield on Tuesday. She thanked her voters."
	vs := judgeAll(source, "She won the race for mayor of Springfield on Tuesday. Ortiz thanked her voters.")
	if len(vs) != 2 {
		t.Fatalf("want two claims, got %d", len(vs))
	}
	if v := vs[0]; v.Label != score.Unsupported || !cmp.Equal(v.Kinds, []score.Kind{score.Entity}) {
		t.Errorf("opening claim: %s %v, want unsupported [entity]; findings %+v", v.Label, v.Kinds, v.Findings)
	}
	if v := vs[1]; v.Label != score.Supported {
		t.Errorf("second claim: %s, want supported; findings %+v", v.Label, v.Findings)
	}
}

func TestScoreIsProductOfFactors(t *testing.T) {
	vs := judgeAll("Maria Ortiz, 54, was elected mayor on Tuesday.", "Maria Ortiz, 45, was elected mayor of a small town on Tuesday.")
	v := vs[0]
	p := 1.0
	for _, f := range v.Findings {
		p *= f.Factor
	}
	if diff := p - v.Score; diff > 1e-9 || diff < -1e-9 {
		t.Errorf("score %v, product of factors %v: a point lost without a finding", v.Score, p)
	}
}

func TestDocument(t *testing.T) {
	good := score.Verdict{Score: 1}
	bad := score.Verdict{Score: 0}
	if got := score.Document(nil); got != 1 {
		t.Errorf("Document(nil) = %v, want 1", got)
	}
	if got := score.Document([]score.Verdict{good, good}); got != 1 {
		t.Errorf("all supported: %v, want 1", got)
	}
	one := score.Document([]score.Verdict{good, good, good, bad})
	if one >= 0.5 {
		t.Errorf("one failed claim of four gives %v; want it below 0.5", one)
	}
}

// TestSameAsCheck checks that score used on its own, with the zero options
// of align and score, gives the verdicts claimcheck.Check gives: the
// lexicon (synonyms, antonyms, kinds, places) reaches both the same way.
func TestSameAsCheck(t *testing.T) {
	tests := []struct{ reason, source, derived string }{
		{"an antonym: contradicted both ways",
			"Sales of electric cars increased sharply in Norway last year.",
			"Sales of electric cars decreased sharply in Norway last year."},
		{"another kind of homicide",
			"A Leeds man pleaded guilty to manslaughter over the death of his neighbour.",
			"A Leeds man pleaded guilty to murder over the death of his neighbour."},
		{"a synonym aligned",
			"The minister declined to comment on the report.",
			"The minister refused to comment on the report."},
		{"the country of the source's city is carried",
			"Farmers in Lyon blocked a motorway with tractors on Friday.",
			"Farmers in France blocked a motorway with tractors on Friday."},
		{"a changed number",
			"Police arrested three men in Leeds after the robbery.",
			"Police arrested five men in Leeds after the robbery."},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			r, err := claimcheck.Check(tt.source, tt.derived)
			if err != nil {
				t.Fatal(err)
			}
			vs := judgeAll(tt.source, tt.derived)
			if len(vs) != len(r.Claims) {
				t.Fatalf("score gives %d claims, Check %d", len(vs), len(r.Claims))
			}
			for i, v := range vs {
				c := r.Claims[i]
				got := fmt.Sprintf("%s %.3f %v", v.Label, v.Score, v.Kinds)
				want := fmt.Sprintf("%s %.3f %v", c.Label, c.Score, c.Kinds)
				if got != want {
					t.Errorf("claim %q: score alone gives %s, Check gives %s", c.Text, got, want)
				}
			}
		})
	}
}
