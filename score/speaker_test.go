package score_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/score"
)

// TestSpeaker checks SP1 on both sides: who the claim credits, who the
// source credits with the same words, and that a claim crediting the
// source's own holder, or a source that names no holder, gives nothing.
func TestSpeaker(t *testing.T) {
	tests := []struct {
		reason, source, derived string
		claim, src              string // the SP1 spans; "" for no finding
	}{
		{"a view credited to the one the holder disappointed; the source's pronoun read as the name opening the clause before",
			"Maria Ortiz had disappointed John Lee, as she has made it clear that she believes the new tax was a mistake.",
			"John Lee, according to aides, made it clear that he considers the new tax a mistake.",
			"John [Lee]", "Maria [Ortiz]"}, // a capitalised word opening a sentence is not taken into a name
		{"a report moved to another outlet the source names",
			"Reuters reported that the steel factory closed on Monday. The Guardian said workers were not paid.",
			"The Guardian reported that the steel factory closed on Monday.",
			"Guardian", "Reuters"},
		{"the attribution at the end of both",
			"The steel factory closed on Monday, Reuters said. The Guardian said workers were not paid.",
			"The steel factory closed on Monday, the Guardian said.",
			"Guardian", "Reuters"},
		{"a quotation credited after it, to someone else the source names",
			"\"The old bridge will reopen in May,\" said Anna Berg. Tom Reed was not asked about the plan.",
			"\"The old bridge will reopen in May,\" said Tom Reed.",
			"Tom Reed", "Anna Berg"},
		{"the source's speaker named in the sentence before",
			"Anna Berg spoke to reporters in Leeds on Monday. She said the old bridge would reopen in May. Tom Reed stayed silent.",
			"Tom Reed said the old bridge would reopen in May.",
			"Tom [Reed]", "Anna [Berg]"},
		{"the source's own speaker",
			"Anna Berg spoke to reporters in Leeds on Monday. She said the old bridge would reopen in May. Tom Reed stayed silent.",
			"Anna Berg said the old bridge would reopen in May.",
			"", ""},
		{"the inner holder of a report: the paper reported what she believes",
			"The Times reported that Anna Berg believes the old bridge will reopen in May.",
			"Anna Berg believes the old bridge will reopen in May.",
			"", ""},
		{"words an unnamed spokesman said, credited to someone the source names otherwise",
			"A spokesman said the old bridge would reopen in May. Tom Reed stayed silent.",
			"Tom Reed said the old bridge would reopen in May.",
			"Tom [Reed]", "[A spokesman]"},
		{"according to an unnamed spokesperson, at the end of both",
			"Opposition councillor Anna Hughes opposed the plan. Staff will be offered jobs at the central library, according to a council spokesperson.",
			"Staff will be offered jobs at the central library, according to Anna Hughes.",
			"Anna Hughes", "a council spokesperson"},
		{"the source says who its spokesman is",
			"Tom Reed, the council's spokesman, met residents on Monday. A spokesman said the old bridge would reopen in May.",
			"Tom Reed said the old bridge would reopen in May.",
			"", ""},
		{"a spokesman the source never names otherwise is left to AT2",
			"A spokesman said the old bridge would reopen in May.",
			"Tom Reed said the old bridge would reopen in May.",
			"", ""},
		{"a quotation the source credits to a pronoun after it, whose name the sentence before gives",
			"Anna Berg spoke to reporters in Leeds. \"The old bridge will reopen in May,\" she said. Tom Reed stayed silent.",
			"\"The old bridge will reopen in May,\" said Tom Reed.",
			"Tom Reed", "Anna [Berg]"},
		{"a claim that credits a description is left alone: police said, for the officer the source names",
			"Det Insp Anna Berg said the old bridge would reopen in May. Tom Reed stayed silent.",
			"The old bridge will reopen in May, police said.",
			"", ""},
		{"an outlet reports what its unnamed sources say",
			"The Times is based in London. According to sources, the old bridge will reopen in May.",
			"The old bridge will reopen in May, the Times reports.",
			"", ""},
		{"a speaker the source names far from the aligned sentence, and never with these words",
			"Council leader Fiona Barrow said a rest centre had been opened at the town school. Firefighters rescued 14 people. The river peaked on Sunday. Opposition councillor David Kerr said flood defences had not been built.",
			"A rest centre had been opened at the town school, said David Kerr.",
			"David Kerr", "Fiona Barrow"},
		{"a speaker the source names far away, with the same words there",
			"Council leader Fiona Barrow said a rest centre had been opened at the town school. Firefighters rescued 14 people. The river peaked on Sunday. David Kerr also said a rest centre was open at the town school.",
			"A rest centre had been opened at the town school, said David Kerr.",
			"", ""},
		{"a name inside the quotation is not the pronoun's antecedent",
			"Tom Reed spoke on Monday. \"We will stay in the Premier League,\" he said. Anna Berg stayed silent.",
			"\"We will stay in the Premier League,\" said Tom Reed.",
			"", ""},
		{"a name that modifies a description is not the pronoun's antecedent",
			"Alex Salmond spoke at Holyrood on Monday. Anna Berg stayed silent. And the former SNP leader joked about the races. He said there was no greater honour than to serve the parliament.",
			"Alex Salmond said there was no greater honour than to serve the parliament.",
			"", ""},
		{"a pronoun opening the sentence before stands for someone further back",
			"Peter Szijjarto spoke in Budapest. He told Reuters that the union should not interfere. He said he had won backing from Poland for a veto.",
			"Peter Szijjarto said he had won backing from Poland for a veto.",
			"", ""},
		{"a speaker of an institution, with a relative clause before the verb",
			"Professor Alan Whitby of the Northfield Institute, who was not involved in the research, said the findings were encouraging but not conclusive. Dr Priya Nandakumar led the study.",
			"Dr Priya Nandakumar said the findings were encouraging but not conclusive.",
			"Dr [Priya Nandakumar]", "Alan Whitby"},
		{"a speaker of an institution is the speaker, not the institution",
			"Professor Alan Whitby of the Northfield Institute said the findings were encouraging but not conclusive.",
			"Professor Alan Whitby said the findings were encouraging but not conclusive.",
			"", ""},
		{"a quotation before its speaker and a verb with words of its own after",
			"\"This is the beginning of a new relationship,\" Ilse Barrington told reporters outside the palace. Tomas Idrani signed too.",
			"\"This is the beginning of a new relationship,\" said Tomas Idrani.",
			"Tomas Idrani", "Ilse Barrington"},
		{"a speaker set off by commas after a description of her",
			"\"She did not want to let her fans down,\" her manager, Devon Castellano, told the BBC. Martin Greaves runs the label.",
			"\"She did not want to let her fans down,\" Martin Greaves told the BBC.",
			"Martin [Greaves]", "Devon Castellano"},
		{"a speaker after the verb, an organisation and a role before her name",
			"\"Labour costs are expected to increase by around £45m,\" said Dunmore analyst Fiona Reyes.",
			"According to Fiona Reyes, labour costs are expected to increase by around £45m.",
			"", ""},
		{"a place set off by commas is no speaker",
			"David Rush, 33, from Lisburn, Northern Ireland, felt that he should not go out. Anna Berg stayed silent.",
			"Mr Rush says he felt that he should not go out.",
			"", ""},
		{"an unnamed spokesperson speaking for the body the sentence before credits",
			"The Rail Accident Investigation Branch said it had sent a team to the site. A spokesperson said heavy rain overnight may have caused a landslip beneath the track.",
			"Heavy rain overnight may have caused a landslip beneath the track, the Rail Accident Investigation Branch said.",
			"", ""},
		{"a description of a named person is left alone",
			"Tom Reed spoke in Leeds. The 33-year-old said the old bridge would reopen in May. Anna Berg stayed silent.",
			"Anna Berg said the old bridge would reopen in May.",
			"", ""},
		{"a report of what the claim's holder did: the agency reported that the GNC announced it",
			"In Brenton, the GNC closed the coast road and announced that it would reopen it on Sunday, the agency Norpress reported.",
			"The GNC announced that it would reopen the coast road on Sunday.",
			"", ""},
		{"a name closing an apposition before the verb is no subject",
			"As Vesti editor Anna Berg claimed in an interview last week, rents in the capital will rise by a fifth.",
			"Anna Berg, editor of the magazine Vesti, which prints her columns, claimed that rents in the capital will rise by a fifth.",
			"", ""},
		{"a title made of a place is a description, which the source may give by name",
			"Kate spoke at a school in London last month. She said her baby is due in late April. The Duchess of Cambridge wore blue.",
			"The Duchess of Cambridge said her baby is due in late April.",
			"", ""},
		{"a holder before a modal: will say",
			"Anna Berg will say today that the old bridge could reopen in May. Tom Reed stayed silent.",
			"Tom Reed says the old bridge could reopen in May.",
			"Tom [Reed]", "Anna [Berg]"},
		{"a modal on the claim's side and a base form of a verb of saying: would tell",
			"Anna Berg told the council that the old bridge could reopen in May. Tom Reed stayed silent.",
			"Tom Reed would tell the council that the old bridge could reopen in May.",
			"Tom [Reed]", "Anna [Berg]"},
		{"a plan to speak: is to announce",
			"Anna Berg is to announce that the old bridge will reopen in May. Tom Reed stayed silent.",
			"Tom Reed announced that the old bridge will reopen in May.",
			"Tom [Reed]", "Anna [Berg]"},
		{"an auxiliary and an adverb: did also warn",
			"Anna Berg did also warn that the old bridge could close in May. Tom Reed stayed silent.",
			"Tom Reed warned that the old bridge could close in May.",
			"Tom [Reed]", "Anna [Berg]"},
		{"the source's own holder before a modal",
			"Anna Berg will say today that the old bridge could reopen in May. Tom Reed stayed silent.",
			"Anna Berg says the old bridge could reopen in May.",
			"", ""},
		{"a base form that no modal introduces is no verb of saying: a Tom Reed report",
			"Anna Berg said the old bridge could close in May. Tom Reed wrote about it.",
			"A Tom Reed report on the old bridge could close the debate in May.",
			"", ""},
		{"a passive after a modal has no subject: will be told",
			"The council will be told that the old bridge could reopen in May, Anna Berg said. Tom Reed stayed silent.",
			"Tom Reed will be told that the old bridge could reopen in May.",
			"", ""},
		{"lower-case text: a first name and a surname the dictionary does not know",
			"tova kessler said on monday that the old bridge could reopen in may . ivar brekke stayed silent .",
			"ivar brekke said the old bridge could reopen in may .",
			"ivar brekke", "tova kessler"},
		{"lower-case text: one guessed word is too weak to be a holder",
			"tova kessler said on monday that the old bridge could reopen in may . brekke stayed silent .",
			"brekke said the old bridge could reopen in may .",
			"", ""},
		{"lower-case text: nor is a source holder of one guessed word, as a pronoun's antecedent",
			"the professor at the university of technology kessberg said it was a problem . she believes the old bridge could reopen in may . ivar brekke stayed silent .",
			"ivar brekke believes the old bridge could reopen in may .",
			"", ""},
		{"lower-case text: a surname the source marks as a name",
			"paul scholes has told raheem sterling to stay at liverpool . Sterling said on wednesday that he was not ready to sign a new deal .",
			"Scholes says he is not ready to sign a new deal .",
			"Scholes", "Sterling"},
		{"a verb that takes a noun is no holder's: maintains access",
			"The Times reported that despite losing influence, Anna Berg retains some access to the mayor.",
			"Anna Berg still maintains access to the mayor.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			v := judgeFirst(t, tt.source, tt.derived)
			var got *score.Finding
			for k := range v.Findings {
				if v.Findings[k].Rule == score.SP1 {
					got = &v.Findings[k]
				}
			}
			if tt.claim == "" {
				if got != nil {
					t.Fatalf("Judge(%q) has an SP1 finding, want none: %+v", tt.derived, got)
				}
				return
			}
			if got == nil {
				t.Fatalf("Judge(%q) has no SP1 finding: %+v", tt.derived, v.Findings)
			}
			want := score.Finding{Kind: score.Attribution, Rule: score.SP1, Claim: spanOf(t, tt.derived, tt.claim),
				Source: spanOf(t, tt.source, tt.src), Contradiction: true, Factor: score.Factors[score.SP1]}
			gotSpans := score.Finding{Kind: got.Kind, Rule: got.Rule, Claim: got.Claim, Source: got.Source, Contradiction: got.Contradiction, Factor: got.Factor}
			if diff := cmp.Diff(want, gotSpans); diff != "" {
				t.Errorf("Judge(%q) SP1 finding mismatch (-want +got):\n%s", tt.derived, diff)
			}
			if v.Label != score.Contradicted {
				t.Errorf("Judge(%q) = %s, want contradicted", tt.derived, v.Label)
			}
		})
	}
}
