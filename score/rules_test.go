package score_test

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/score"
)

// judgeFirst judges the first claim of derived against source, with the
// zero options.
func judgeFirst(t *testing.T, source, derived string) score.Verdict {
	t.Helper()
	x := score.Prepare(align.Prepare(claims.Parse(source), align.Options{}))
	d := claims.Parse(derived)
	if len(d.Statements) == 0 {
		t.Fatalf("no claim in %q", derived)
	}
	return score.Judge(x, &d.Statements[0], score.Options{})
}

// TestRules checks each rule on news that is not from the bundled articles:
// that its finding comes out, with the spans it names on both sides, its
// kind and its factor.
func TestRules(t *testing.T) {
	tests := []struct {
		reason          string
		source, derived string
		rule            score.Rule
		kind            score.Kind
		// claim and source are the bytes the finding's spans name, at their
		// first occurrence in derived and source ("" for no span); in
		// brackets within context where the first is not the one ("beat
		// [Gloucester] at").
		claim, src string
		factor     float64
	}{
		{reason: "a share that is not the source's rounded",
			source:  "Turnout in the city rose to 3.5% in the spring vote.",
			derived: "Turnout in the city rose to 3% in the spring vote.",
			rule:    score.NU1, kind: score.Number, claim: "3%", src: "3.5%", factor: score.Factors[score.NU1]},
		{reason: "whole digits before a multiplier are no rounded figure",
			source:  "The carmaker reported revenue of $1.7 billion for the quarter.",
			derived: "The carmaker reported revenue of $2 billion for the quarter.",
			rule:    score.NU1, kind: score.Number, claim: "2 billion", src: "1.7 billion", factor: score.Factors[score.NU1]},
		{reason: "a compound modifier the source states otherwise",
			source:  "Brides can save by serving a three-course meal at the wedding.",
			derived: "Brides can save by serving a 4-course meal at the wedding.",
			rule:    score.NU1, kind: score.Number, claim: "4-", src: "three-", factor: score.Factors[score.NU1]},
		{reason: "a changed age",
			source:  "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday.",
			derived: "Maria Ortiz, 45, was elected mayor of Springfield on Tuesday.",
			rule:    score.NU1, kind: score.Number, claim: "45", src: "54", factor: score.Factors[score.NU1]},
		{reason: "a count whose value the source gives only to something else",
			source:  "The 26-year-old collector has bought 16 rare watches since his teens.",
			derived: "The collector has bought 26 rare watches since his teens.",
			rule:    score.NU1, kind: score.Number, claim: "26", src: "16", factor: score.Factors[score.NU1]},
		{reason: "two counts trading places, each stated by the claim",
			source:  "The dealer plans to build over 100 used-car stores, with over 50 stores completed by 2025.",
			derived: "The dealer plans to build over 50 used-car stores, with over 100 stores completed by 2025.",
			rule:    score.NU1, kind: score.Number, claim: "50", src: "100", factor: score.Factors[score.NU1]},
		{reason: "a lower bound the source's count does not keep",
			source:  "Authorities have begun exhuming 116 bodies found in a mass grave in the central state.",
			derived: "Authorities have begun exhuming more than 200 bodies from a mass grave in the central state.",
			rule:    score.NU1, kind: score.Number, claim: "200", src: "116", factor: score.Factors[score.NU1]},
		{reason: "a count the source does not give",
			source:  "Police arrested men in Leeds after the robbery.",
			derived: "Police arrested five men in Leeds after the robbery.",
			rule:    score.NU2, kind: score.Number, claim: "five", factor: score.Factors[score.NU2]},
		{reason: "a changed date",
			source:  "The new bridge over the river opened on March 3, 2019.",
			derived: "The new bridge over the river opened on March 5, 2019.",
			rule:    score.DA1, kind: score.Date, claim: "March 5, 2019", src: "March 3, 2019", factor: score.Factors[score.DA1]},
		{reason: "a day the source does not give",
			source:  "The new bridge over the river opened to traffic.",
			derived: "The new bridge over the river opened to traffic on Tuesday.",
			rule:    score.DA2, kind: score.Date, claim: "Tuesday", factor: score.Factors[score.DA2]},
		{reason: "an initialism of another name is a swap",
			source:  "The National Health Service will hire 5,000 nurses this year, the minister said.",
			derived: "The NHL will hire 5,000 nurses this year, the minister said.",
			rule:    score.EN1, kind: score.Entity, claim: "NHL", src: "National Health Service", factor: score.Factors[score.EN1]},
		{reason: "another first name is a swap, though the surname is the same",
			source:  "On Monday, Robert Smith, the club's chairman, resigned.",
			derived: "On Monday, Jack Smith, the club's chairman, resigned.",
			rule:    score.EN1, kind: score.Entity, claim: "Jack Smith", src: "Robert Smith", factor: score.Factors[score.EN1]},
		{reason: "a swapped name, the other one named elsewhere in the source",
			source:  "The council approved the budget proposed by Mayor Ortiz. Governor Lee opposed the plan.",
			derived: "The council approved the budget proposed by Governor Lee.",
			rule:    score.EN1, kind: score.Entity, claim: "Governor Lee", src: "Mayor Ortiz", factor: score.Factors[score.EN1]},
		{reason: "a name the source never mentions",
			source:  "The company hired a new chief executive on Monday.",
			derived: "The company hired Anna Berg as chief executive on Monday.",
			rule:    score.EN3, kind: score.Entity, claim: "Anna Berg", factor: score.Factors[score.EN3]},
		{reason: "an added never",
			source:  "The senator voted for the climate bill last year.",
			derived: "The senator never voted for the climate bill last year.",
			rule:    score.NG1, kind: score.Negation, claim: "never voted", src: "voted", factor: score.Factors[score.NG1]},
		{reason: "an added unable",
			source:  "The rescue team reached the village before nightfall.",
			derived: "The rescue team was unable to reach the village before nightfall.",
			rule:    score.NG1, kind: score.Negation, claim: "unable to reach", src: "reached", factor: score.Factors[score.NG1]},
		{reason: "an added declined to, a refusal",
			source:  "The minister commented on the report at the meeting on Monday.",
			derived: "The minister declined to comment on the report at the meeting on Monday.",
			rule:    score.NG1, kind: score.Negation, claim: "declined to comment", src: "commented", factor: score.Factors[score.NG1]},
		{reason: "the short form of a quarter the source does not spell out",
			source:  "Revenue rose 4% in the third quarter of 2020, the retailer said.",
			derived: "Revenue rose 4% in Q4 2020, the retailer said.",
			rule:    score.EN3, kind: score.Entity, claim: "Q4", factor: score.Factors[score.EN3]},
		{reason: "an added not that the source says only of something else",
			source:  "In 2019 the driver pleaded not guilty to murder. On Monday the driver pleaded guilty to manslaughter in Leeds.",
			derived: "On Monday the driver pleaded not guilty to manslaughter in Leeds.",
			rule:    score.NG1, kind: score.Negation, claim: "not guilty", src: "[guilty] to manslaughter", factor: score.Factors[score.NG1]},
		{reason: "a demonym in the place of another",
			source:  "Rescuers found the passport of a Malaysian mother killed in the crash.",
			derived: "Rescuers found the passport of a Thai mother killed in the crash.",
			rule:    score.EN1, kind: score.Entity, claim: "Thai", src: "Malaysian", factor: score.Factors[score.EN1]},
		{reason: "a removed not",
			source:  "The minister did not sign the trade agreement in Brussels.",
			derived: "The minister signed the trade agreement in Brussels.",
			rule:    score.NG2, kind: score.Negation, claim: "signed", src: "not sign", factor: score.Factors[score.NG2]},
		{reason: "a removed negative verb",
			source:  "The council refused to approve the new stadium plan on Monday.",
			derived: "The council approved the new stadium plan on Monday.",
			rule:    score.NG2, kind: score.Negation, claim: "approved", src: "refused to approve", factor: score.Factors[score.NG2]},
		{reason: "a removed not before an attribution verb of the claim",
			source:  "The minister did not comment on the report on Monday.",
			derived: "The minister commented on the report on Monday.",
			rule:    score.NG2, kind: score.Negation, claim: "commented", src: "not comment", factor: score.Factors[score.NG2]},
		{reason: "a removed negative verb before an attribution verb of the claim",
			source:  "The minister refused to comment on the report on Monday.",
			derived: "The minister commented on the report on Monday.",
			rule:    score.NG2, kind: score.Negation, claim: "commented", src: "refused to comment", factor: score.Factors[score.NG2]},
		{reason: "a removed no longer",
			source:  "He no longer works for the city council in Leeds.",
			derived: "He works for the city council in Leeds.",
			rule:    score.NG2, kind: score.Negation, claim: "works", src: "no longer works", factor: score.Factors[score.NG2]},
		{reason: "an added no longer",
			source:  "He works for the city council in Leeds.",
			derived: "He no longer works for the city council in Leeds.",
			rule:    score.NG1, kind: score.Negation, claim: "no longer works", src: "works", factor: score.Factors[score.NG1]},
		{reason: "a removed not yet",
			source:  "The council has not yet approved the new stadium plan.",
			derived: "The council has approved the new stadium plan.",
			rule:    score.NG2, kind: score.Negation, claim: "approved", src: "not yet approved", factor: score.Factors[score.NG2]},
		{reason: "a word in the place of its opposite",
			source:  "Company profits increased sharply in the third quarter.",
			derived: "Company profits decreased sharply in the third quarter.",
			rule:    score.AN1, kind: score.Antonym, claim: "decreased", src: "increased", factor: score.Factors[score.AN1]},
		{reason: "a word in the place of its opposite, next to one aligned neighbour",
			source:  "Profits rose in March. Later the firm increased its full-year revenue outlook for Europe.",
			derived: "Profits rose and decreased the full-year revenue outlook for Europe.",
			rule:    score.AN1, kind: score.Antonym, claim: "decreased", src: "increased", factor: score.Factors[score.AN1]},
		{reason: "a word from another sentence in the place of the copied sentence's word",
			source:  "Honda was the most reliable make, with Suzuki second and Toyota in third place. Bentley and Jaguar finished bottom of the reliability table.",
			derived: "Honda was the most reliable make in the table, with Suzuki second and Toyota in bottom place.",
			rule:    score.SU3, kind: score.Substitution, claim: "bottom", src: "third", factor: score.Factors[score.SU3]},
		{reason: "a pronoun of the other gender",
			source:  "The novelist thanked his wife in a speech at the Leeds book awards.",
			derived: "The novelist thanked her wife in a speech at the Leeds book awards.",
			rule:    score.PR1, kind: score.Entity, claim: "her", src: "his", factor: score.Factors[score.PR1]},
		{reason: "a text that opens with a pronoun",
			source:  "Maria Ortiz won the race for mayor of Springfield on Tuesday. She thanked her voters.",
			derived: "She won the race for mayor of Springfield on Tuesday. Ortiz thanked her voters.",
			rule:    score.DG1, kind: score.Entity, claim: "She", factor: score.Factors[score.DG1]},
		{reason: "an altered quote, shown against the closest source wording",
			source:  `"We will rebuild every school in the valley," the governor said on Friday.`,
			derived: `The governor said on Friday: "We will rebuild every hospital in the valley."`,
			rule:    score.QU1, kind: score.Quote, claim: "We will rebuild every hospital in the valley.", src: "We will rebuild every school in the valley", factor: score.Factors[score.QU1]},
		{reason: "a quotation that leaves out a negation is no filler left out",
			source:  "He said: 'I will not resign.' Then he left the hall.",
			derived: "He said: 'I will resign' and left the hall.",
			rule:    score.QU1, kind: score.Quote, claim: "I will resign", src: "I will not resign", factor: score.Factors[score.QU1]},
		{reason: "a quotation in tokenised text, its marks standing apart",
			source:  `The entire "Star Wars" saga, which "Rogue One" follows, will be released on digital HD.`,
			derived: `the entire " star wars " saga , which " rogue two " follows , will be released on digital hd .`,
			rule:    score.QU1, kind: score.Quote, claim: "rogue two", src: `Rogue One" follows`, factor: score.Factors[score.QU1]},
		{reason: "a quotation the source has nothing like",
			source:  "The governor spoke about the valley on Friday.",
			derived: `The governor said on Friday: "Nobody can stop the floods now."`,
			rule:    score.QU2, kind: score.Quote, claim: "Nobody can stop the floods now.", factor: score.Factors[score.QU2]},
		{reason: "credited to someone the source never mentions",
			source:  "The steel factory in Leeds closed on Monday, the union said.",
			derived: "The steel factory in Leeds closed on Monday, Anna Berg said.",
			rule:    score.AT2, kind: score.Attribution, claim: "Anna Berg", factor: score.Factors[score.AT2]},
		{reason: "a short form alone is no short form of a source name: it could be anyone",
			source:  "Robert Smith, the club's manager, said the team would recover.",
			derived: "The team would recover, Rob said.",
			rule:    score.AT2, kind: score.Attribution, claim: "Rob", factor: score.Factors[score.AT2]},
		{reason: "a first name the source does not give to the surname it credits",
			source:  "Jane Smith, the club's manager, said the team would recover.",
			derived: "John Smith, the club's manager, said the team would recover.",
			rule:    score.AT2, kind: score.Attribution, claim: "John Smith", factor: score.Factors[score.AT2]},
		{reason: "the last word of a name is no short form",
			source:  "John Smithson, the club's manager, said the team would recover.",
			derived: "John Smith, the club's manager, said the team would recover.",
			rule:    score.AT2, kind: score.Attribution, claim: "John Smith", factor: score.Factors[score.AT2]},
		{reason: "a first name that begins the source's surname is no short form of it",
			source:  "Steve Sidwell, the club's manager, said the team would recover.",
			derived: "Sid Sidwell, the club's manager, said the team would recover.",
			rule:    score.AT2, kind: score.Attribution, claim: "Sid Sidwell", factor: score.Factors[score.AT2]},
		{reason: "a name that is also an ordinary word, opening the claim, is still a name",
			source:  "The glaciers on the mountain are shrinking, the scientists said.",
			derived: "Gore claims the glaciers on the mountain are shrinking.",
			rule:    score.AT2, kind: score.Attribution, claim: "Gore", factor: score.Factors[score.AT2]},
		{reason: "an initialism the source never spells out",
			source:  "The World Bank said a new outbreak had begun.",
			derived: "A new outbreak had begun, the WHO said.",
			rule:    score.AT2, kind: score.Attribution, claim: "the WHO", factor: score.Factors[score.AT2]},
		{reason: "a demonym of a place the source names only a place inside of: protesters in Paris need not be French",
			source:  "Protesters gathered in Paris on Saturday.",
			derived: "French protesters gathered in Paris on Saturday.",
			rule:    score.EN3, kind: score.Entity, claim: "French", factor: score.Factors[score.EN3]},
		{reason: "a demonym of a place of several words whose last word the source names as a larger place",
			source:  "Farmers across Africa protested against the new land law.",
			derived: "Afrikaner farmers protested against the new land law.",
			rule:    score.EN3, kind: score.Entity, claim: "Afrikaner", factor: score.Factors[score.EN3]},
		{reason: "a place whose demonym the source does not have",
			source:  "The Belgian team won the final in Rome.",
			derived: "The Netherlands team won the final in Rome.",
			rule:    score.EN3, kind: score.Entity, claim: "Netherlands", factor: score.Factors[score.EN3]},
		{reason: "a chemical formula for another chemical than the source's",
			source:  "Emissions of methane rose by 2% last year, the agency said.",
			derived: "Emissions of CO2 rose by 2% last year, the agency said.",
			rule:    score.EN3, kind: score.Entity, claim: "CO2", factor: score.Factors[score.EN3]},
		{reason: "an initialism whose letters no run of the source's capitalised words begins",
			source:  "The Department for Transport said the plan would fail.",
			derived: "The DfE said the plan would fail.",
			rule:    score.AT2, kind: score.Attribution, claim: "The DfE", factor: score.Factors[score.AT2]},
		{reason: "content the source lacks, from the first missing word to the last",
			source:  "The company hired a new chief executive on Monday.",
			derived: "The company hired a new chief executive and three lawyers on Monday.",
			rule:    score.CO1, kind: score.Content, claim: "three lawyers", factor: math.Round(1000*math.Pow(0.383, score.ContentExponent)) / 1000}, // 38.3% of the content carried
		{reason: "a dropped hedge: the claim as a whole against the hedge, a note that costs nothing",
			source:  "The storm may reach the northern coast by Friday, forecasters said.",
			derived: "The storm will reach the northern coast by Friday, forecasters said.",
			rule:    score.HE1, kind: score.Hedge, claim: "The storm will reach the northern coast by Friday, forecasters said.", src: "may", factor: score.Factors[score.HE1]},
		{reason: "a name related to itself",
			source:  "Cardiff Blues lost at home on Saturday as Gloucester came from behind to beat them at the Arms Park.",
			derived: "Cardiff Blues lost at home on Saturday as Gloucester came from behind to beat Gloucester at the Arms Park.",
			rule:    score.RE1, kind: score.Repetition, claim: "beat [Gloucester] at", factor: score.Factors[score.RE1]},
	}
	for _, tt := range tests {
		t.Run(string(tt.rule)+" "+tt.reason, func(t *testing.T) {
			v := judgeFirst(t, tt.source, tt.derived)
			var got *score.Finding
			for k := range v.Findings {
				if v.Findings[k].Rule == tt.rule {
					got = &v.Findings[k]
					break
				}
			}
			if got == nil {
				t.Fatalf("Judge(%q) has no %s finding: %+v", tt.derived, tt.rule, v.Findings)
			}
			want := score.Finding{Kind: tt.kind, Rule: tt.rule,
				Claim:  spanOf(t, tt.derived, tt.claim),
				Source: spanOf(t, tt.source, tt.src),
				Factor: tt.factor}
			gotSpans := score.Finding{Kind: got.Kind, Rule: got.Rule, Claim: got.Claim, Source: got.Source, Factor: math.Round(got.Factor*1000) / 1000}
			if diff := cmp.Diff(want, gotSpans); diff != "" {
				t.Errorf("Judge(%q) %s finding mismatch (-want +got):\n%s", tt.derived, tt.rule, diff)
			}
		})
	}
}

// spanOf returns the span of the first occurrence of piece in text. A piece with a part in brackets stands for that part in the first
// occurrence of the piece without brackets. An empty piece is no span.
func spanOf(t *testing.T, text, piece string) score.Span {
	t.Helper()
	if piece == "" {
		return score.Span{}
	}
	lead, part := 0, piece
	if a, b := strings.Index(piece, "["), strings.Index(piece, "]"); a >= 0 && b > a {
		lead, part = a, piece[a+1:b]
		piece = piece[:a] + part + piece[b+1:]
	}
	i := strings.Index(text, piece)
	if i < 0 {
		t.Fatalf("%q is not in %q", piece, text)
	}
	i += lead
	return score.Span{Text: part, Start: i, End: i + len(part)}
}

// TestRulesQuiet checks that each rule keeps quiet where the text looks
// like its case but is not: a paraphrase, an idiom, a name told twice on
// purpose.
func TestRulesQuiet(t *testing.T) {
	tests := []struct {
		reason          string
		source, derived string
		rule            score.Rule // the rule that must not fire
	}{
		{"a value stated in another sentence about the same thing",
			"The company expects its vaccine sales to fall sharply in 2023. It expects vaccine sales of $5bn.",
			"The company expects vaccine sales of $5bn in 2023.", score.NU2},
		{"a value a sentence about the same thing states, where the aligned one is about another value of the claim",
			"Net of this adjusting item, earnings per share in the quarter were $6.86. In the third quarter, Nordbank earned $3.1 billion or $6.78 per diluted common share.",
			"Nordbank published earnings per share of $6.86 in the quarter and earned $3.1 billion.", score.NU1},
		{"a compound modifier is no count of its noun",
			"Curry broke his own three-point record as the Warriors beat Portland. Aldridge had 27 points and six rebounds.",
			"Curry broke his three-point record as Aldridge had 27 points for Portland.", score.NU1},
		{"a share the source gives more precisely",
			"Among the papers, 97.2% endorse the consensus on warming.",
			"Among the papers, 97% endorse the consensus on warming.", score.NU1},
		{"a sum the source gives more precisely",
			"The bank earned $13.17 billion in the year to March.",
			"The bank earned $13.2bn in the year to March.", score.NU1},
		{"a time of day written two ways",
			"The train departs from the main station at 1:34 PM and arrives at 6:55 PM.",
			"The train departs from the main station at 1:34 pm and arrives at 18:55.", score.NU1},
		{"a compound number word as a transcript writes it",
			"So the selling price of the remote will be twenty five Euros.",
			"The selling price of the remote will be 25 Euros.", score.NU1},
		{"the only age the source gives, in a sentence that shares no word with the claim",
			"The 31-year-old sister of the bride stepped out in London on Thursday. Pippa looked as chic as ever in a tweed skirt and a black blazer.",
			"Pippa, 31, wore a tweed skirt and a black blazer.", score.NU1},
		{"a number inside a name is no count",
			"Sales of the COVID-19 vaccine fell for 2 quarters.",
			"Sales of the COVID-2 vaccine fell.", score.NU1},
		{"a day the claim's sentence copies",
			"Flash floods hit the river town on Tuesday, closing roads.",
			"Flash floods closed roads in the river town on Tuesday.", score.DA1},
		{"a date a sentence about the same thing states, though the aligned one gives another",
			"Joe asked about the trip in January. Luke said the long trip to Kyiv with his old school friends is in February, after the exams.",
			"Joe asked Luke about the long trip to Kyiv with his old school friends in January.", score.DA1},
		{"a demonym in a name's place is a description of the same one",
			"Camilo Villegas played in the group behind. The Colombian followed Nicklaus with an ace on the fourth hole.",
			"Camilo Villegas followed Nicklaus with an ace on the fourth hole.", score.EN1},
		{"a passive puts the names the other way round",
			"Bayer Leverkusen have released Emir Spahic after a fight at the training ground.",
			"Emir Spahic has been released by Bayer Leverkusen after a fight at the training ground.", score.EN1},
		{"coordinated names in another order",
			"Inspectors praised Toyota and Honda for their reliability.",
			"Inspectors praised Honda and Toyota for their reliability.", score.EN1},
		{"a transliterated name",
			"Sergei Ivanov says the pipeline will open in 2027.",
			"Sergey Ivanov said the pipeline would open in 2027.", score.EN3},
		{"no before a thing the source does not name",
			"The storm cut power to the town and knocked down phone lines.",
			"The storm cut power to the town, which had no cell phone service.", score.NG1},
		{"a bound is no negation",
			"No more than 44 per cent of her followers on the site are real people, two tools found.",
			"Only 44 per cent of her followers on the site are real people, two tools found.", score.NG2},
		{"a negation that attaches to another word than the claim's",
			"If you don't know where to start a podcast, the app helps you.",
			"The app helps you start a podcast.", score.NG2},
		{"a negation of what the source also states plainly",
			"If we don't become aware of the ego, it consumes us. So we have to become aware.",
			"They stress becoming aware of the ego.", score.NG2},
		{"a claim that denies what another source sentence denies",
			"The agent called a client about health cover and asked whether he was insured. The client said he is not insured.",
			"The agent called a client about health cover who is not insured.", score.NG1},
		{"a negation that answers what the source only asks",
			"Gene: Did you get the package I sent you on Friday? Jack: No, when did you send it?",
			"Jack didn't get the package Gene sent him on Friday.", score.NG1},
		{"an opposite beside a neighbour, in a sentence that says the claim's word too",
			"Profits rose in March. They moved to new allotments so their old plots can be bulldozed for a car park.",
			"Profits rose and they moved from their old site for a car park.", score.AN1},
		{"a denial the source words with unable",
			"The visitors fought hard but were unable to score another goal before the break.",
			"The visitors fought hard but could not score another goal before the break.", score.NG1},
		{"a denial the source words with failure",
			"Regulators fined the firm last year for failure to comply with the privacy rules.",
			"Regulators fined the firm last year because it did not comply with the privacy rules.", score.NG1},
		{"decline as a fall, not a refusal",
			"Net sales fell in the third quarter because of lower prices and weaker demand.",
			"The company saw a decline in net sales in the third quarter because of lower prices.", score.NG1},
		{"decline as a refusal, with nothing after it",
			"The mayor declined, saying that the stadium plan cost far too much.",
			"The mayor refused, saying that the stadium plan cost far too much.", score.NG1},
		{"a negation does not reach past but",
			"The band formed in Seattle in 1987 and toured for years.",
			"I'm not sure but the band formed in Seattle in 1987.", score.NG1},
		{"a negation does not reach the clause because opens",
			"Phoebe stays in. Her mum is still angry with her.",
			"She can't go out because her mum is angry.", score.NG1},
		{"a comparison's second as ends the negation's reach",
			"We think that the galaxy holds many living worlds.",
			"Life in the galaxy is not as rare as we think.", score.NG1},
		{"a denial the source makes of the first of two coordinated predicates",
			"Agent: We noticed that you don't have insurance with us. Agent: We offer a range of insurance products for health, home and auto.",
			"The agent calls a client who is not insured with them and offers a range of insurance products for health, home and auto.", score.NG1},
		{"an answer no before a name denies nothing of it",
			"Peter: No Eileen wanted me to do it, so I did.",
			"Eileen wanted Peter to do it.", score.NG2},
		{"not until gives the time something happens",
			"The new shop will not open until 9 on Monday.",
			"The new shop will open at 9 on Monday.", score.NG2},
		{"a lower bound the source's count keeps",
			"Authorities have begun exhuming 116 bodies found in a mass grave in the central state.",
			"Authorities have begun exhuming more than 100 bodies from a mass grave in the central state.", score.NU1},
		{"an idiom with no",
			"The new recycling rules will reduce plastic waste in city parks and schools, experts said.",
			"The new recycling rules will no doubt reduce plastic waste in city parks and schools, experts said.", score.NG1},
		{"the same gender in the slot",
			"The novelist thanked his wife in a speech at the Leeds book awards.",
			"The novelist thanked his wife at the Leeds book awards.", score.PR1},
		{"a quotation copied verbatim",
			"Police said the woman played 'demolition derby' through the streets of the town.",
			"The woman played 'demolition derby' through the streets of the town.", score.QU1},
		{"a quotation as a tokeniser writes it, clitics split off",
			"Asked about the film, he said: \"I wouldn't work at a place like this. We're no heroes.\"",
			"he said : \" i would n't work at a place like this . \"", score.QU1},
		{"a quotation that leaves out a filler word",
			"The letter, left on his desk, read: 'I'm afraid that there is no money.' He laughed.",
			"The letter read: 'I'm afraid there is no money' and he laughed.", score.QU1},
		{"an attribution to a description is not checked against the name",
			"Inflation will ease next year, Anna Berg said. She was the governor of Nordbank until 2019.",
			"The former Nordbank governor said inflation will ease next year.", score.AT2},
		{"an initialism of a name the source spells out is no name it never mentions",
			"The National Health Service will hire 5,000 nurses this year, the minister said.",
			"The NHS will hire 5,000 nurses this year, the minister said.", score.EN3},
		{"an initialism of a name the source spells out is no swap",
			"The National Health Service will hire 5,000 nurses this year, the minister said.",
			"The NHS will hire 5,000 nurses this year, the minister said.", score.EN1},
		{"two names of one sentence trading places are no longer a swap (removed: it fired more on consistent train texts)",
			"The most reliable was Honda, with Suzuki second and Toyota in third place.",
			"The most reliable was Honda, with Toyota second and Suzuki in third place.", score.EN1},
		{"a name beside another of a list takes no place from it: one the source lacks is unsupported (EN3), not a swap",
			"Snow is falling in the Alps, the Rockies and South America, forecasters said.",
			"Snow is falling in the Alps, the Rockies and Alaska, forecasters said.", score.EN1},
		{"an initialism with dots within a name the source spells out is no swap",
			"The United States Constitution requires that the president be a citizen.",
			"The U.S. Constitution requires that the president be a citizen.", score.EN1},
		{"a short form of a first name is no swap",
			"On Monday, Robert Smith, the club's chairman, resigned.",
			"On Monday, Rob Smith, the club's chairman, resigned.", score.EN1},
		{"an initialism of a name the source spells out is no one it never mentions, in a closing attribution",
			"The World Health Organization said a new outbreak had begun.",
			"A new outbreak had begun, the WHO said.", score.AT2},
		{"an initialism of a name the source spells out is no one it never mentions, in an opening attribution",
			"The World Health Organization said a new outbreak had begun.",
			"WHO said a new outbreak had begun.", score.AT2},
		{"a title the source does not give credits no one else",
			"The plan would fail, Rachel Reeves said.",
			"The plan would fail, Chancellor Rachel Reeves said.", score.AT2},
		{"an initialism of a name the source spells out with a function word inside, in an attribution",
			"The Foreign and Commonwealth Office said the plan would fail.",
			"The FCO said the plan would fail.", score.AT2},
		{"an initialism of a name the source spells out with a function word inside is no swap",
			"The Foreign and Commonwealth Office said the plan would fail.",
			"The FCO said the plan would fail.", score.EN1},
		{"an initialism with a lower-case letter for a function word is no swap",
			"The Department for Education said the plan would fail.",
			"The DfE said the plan would fail.", score.EN1},
		{"an initialism with a lower-case letter for a function word is no one the source never mentions",
			"The Department for Education said the plan would fail.",
			"The DfE said the plan would fail.", score.AT2},
		{"a description capitalised as the first word of the sentence is no name",
			"The plan will cost more than planned, officials said.",
			"Critics say the plan will cost more than planned.", score.AT2},
		{"a name the claim spells out where the source has its initialism is no one it never mentions",
			"The plan will cost more than planned, the IMF said.",
			"The plan will cost more than planned, the International Monetary Fund said.", score.AT2},
		{"a capitalised word inside a sentence is a name's, not an attribution verb's: \"States\" of the United States",
			"The president must be born in the country, the court found.",
			"The President of the United States must be born in the country.", score.AT2},
		{"a short form of a first name is no one the source never mentions",
			"Robert Smith, the club's manager, said the team would recover.",
			"Rob Smith, the club's manager, said the team would recover.", score.AT2},
		{"a short form of a first name is content the source carries",
			"Police said Robert Smith was arrested at the scene.",
			"Rob Smith was arrested at the scene, police said.", score.CO1},
		{"a short form of a first name that is no ordinary word is no name the source never mentions",
			"Police said Christopher Moss was arrested at the scene.",
			"Chris Moss was arrested at the scene, police said.", score.EN3},
		{"a short form of a first name that is no ordinary word is content the source carries",
			"Police said Christopher Moss was arrested at the scene.",
			"Chris Moss was arrested at the scene, police said.", score.CO1},
		{"the short form of a quarter the source spells out is no name it never mentions",
			"Revenue rose 4% in the third quarter of 2020, the retailer said.",
			"Revenue rose 4% in Q3 2020, the retailer said.", score.EN3},
		{"the plural of an acronym the source has is no name it never mentions",
			"Most CNNs use bias terms in every layer, the authors found.",
			"Removing bias terms from CNN layers helps, the authors found.", score.EN3},
		{"a demonym whose place the source names is no name it never mentions",
			"Russia launched new strikes on Ukraine overnight, officials in Kyiv said.",
			"Ukrainian officials said Russia launched new strikes overnight.", score.EN3},
		{"a demonym of a place the source names by the last word of its name is no name it never mentions",
			"Officials in Britain said the vote would go ahead.",
			"British officials said the vote would go ahead.", score.EN3},
		{"an adjective of a place the word list lacks, the place and -an, is no name the source never mentions",
			"The new law will apply across Europe from June.",
			"The new European law will apply from June.", score.EN3},
		{"a place whose demonym the source has is no name it never mentions",
			"The Dutch team won the final in Rome.",
			"The Netherlands team won the final in Rome.", score.EN3},
		{"an initialism with dots where the source writes it without",
			"He said the US should not accept them.",
			"He thinks the U.S. should not accept them.", score.EN3},
		{"an initialism with dots that the source spells out",
			"The president of the United States must be born in the country.",
			"The president of the U.S. must be born in the country.", score.EN3},
		{"a temperature scale after degrees is a unit, not a name",
			"Temperatures reached 40°C in Madrid on Monday.",
			"Temperatures reached 40 degrees Celsius in Madrid on Monday.", score.EN3},
		{"a chemical formula whose name the source writes is no name it never mentions",
			"Emissions of carbon dioxide rose by 2% last year, the agency said.",
			"Emissions of CO2 rose by 2% last year, the agency said.", score.EN3},
		{"a chemical formula whose name the source writes is content it carries",
			"Emissions of carbon dioxide rose by 2% last year, the agency said.",
			"CO2 emissions rose by 2% last year, the agency said.", score.CO1},
		{"the name of a chemical whose formula the source writes is content it carries",
			"Emissions of CO2 rose by 2% last year, the agency said.",
			"Carbon dioxide emissions rose by 2% last year, the agency said.", score.CO1},
		{"a repeat the source makes too is its wording",
			"A Western contact of Ivanov said they met him in 2022 and that Ivanov opposed the plan.",
			"A Western contact of Ivanov said they met him in 2022 and that Ivanov opposed the plan.", score.RE1},
		{"two names that share a word are two names",
			"Manchester United beat Manchester City 2-1 at Old Trafford on Sunday.",
			"Manchester United beat Manchester City 2-1 at Old Trafford on Sunday.", score.RE1},
	}
	for _, tt := range tests {
		t.Run(string(tt.rule)+" "+tt.reason, func(t *testing.T) {
			v := judgeFirst(t, tt.source, tt.derived)
			for _, f := range v.Findings {
				if f.Rule == tt.rule {
					t.Errorf("Judge(%q) has a %s finding, want none: %+v", tt.derived, tt.rule, f)
				}
			}
		})
	}
}
