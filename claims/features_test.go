package claims_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

type tb interface {
	Helper()
	Fatal(...any)
}

// articles returns the bundled articles of testdata/articles.
func articles(t tb) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) != 4 {
		t.Fatal("want the four bundled articles in testdata/articles, found", len(files), err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func one(t *testing.T, src string) claims.Statement {
	t.Helper()
	d := claims.Parse(src)
	if len(d.Statements) != 1 {
		t.Fatalf("Parse(%q) gives %d claims, want 1", src, len(d.Statements))
	}
	return d.Statements[0]
}

type num struct {
	Text    string
	Value   float64
	Max     float64
	Unit    string
	Ordinal bool
	Approx  bool
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		reason, in string
		want       []num
	}{
		{"an age in apposition", "Ortiz, 54, resigned.", []num{{"54", 54, 54, "age", false, false}}},
		{"an age as a compound adjective", "The 66-year-old resigned.", []num{{"66-year-old", 66, 66, "age", false, false}}},
		{"a duration as a compound adjective, in seconds", "He gave a 40-minute speech.", []num{{"40-minute", 2400, 2400, "second", false, false}}},
		{"decades compare with years", "She served for three decades.", []num{{"three decades", 30, 30, "year", false, false}}},
		{"money with a multiplier", "It cost $1.2 billion.", []num{{"1.2 billion", 1.2e9, 1.2e9, "USD", false, false}}},
		{"a percentage", "Prices rose 3.5% in May.", []num{{"3.5%", 3.5, 3.5, "percent", false, false}}},
		{"percent as a word", "Turnout was 62 per cent.", []num{{"62 per cent", 62, 62, "percent", false, false}}},
		{"a count takes the noun as its unit", "Six Russians spoke to reporters.", []num{{"Six", 6, 6, "russian", false, false}}},
		{"two dozen", "Two dozen roads closed.", []num{{"Two dozen", 24, 24, "road", false, false}}},
		{"a compound number word", "Twenty-five people died.", []num{{"Twenty-five", 25, 25, "peopl", false, false}}},
		{"an ordinal with its noun", "On the second day the army left.", []num{{"second day", 2, 2, "day", true, false}}},
		{"an approximate quantity", "About 30 feet separated them.", []num{{"30 feet", 9.144, 9.144, "metre", false, true}}},
		{"an approximator before a currency sign", "It cost almost £550bn.", []num{{"550bn", 5.5e11, 5.5e11, "GBP", false, true}}},
		{"a range", "Between 5 to 10 people came.", []num{{"5 to 10", 5, 10, "peopl", false, false}}},
		{"tokenised thousands", "It was viewed more than 235, 000 times.", []num{{"235, 000", 235000, 235000, "time", false, true}}},
		{"a list of small numbers stays a list", "Rooms 1, 2 and 3 were flooded.", []num{{"1", 1, 1, "", false, false}, {"2", 2, 2, "", false, false}, {"3", 3, 3, "", false, false}}},
		{"a fraction", "A third of the budget went on roads.", []num{{"third", 1.0 / 3, 1.0 / 3, "budget", false, false}}},
		{"a hyphenated fraction", "Two-thirds of fathers are over 30.", []num{{"thirds", 2.0 / 3, 2.0 / 3, "father", false, false}, {"30", 30, 30, "", false, true}}},
		{"third as an ordinal", "It was the third attempt.", []num{{"third", 3, 3, "attempt", true, false}}},
		{"a year is a date, not a number", "It happened in 2019.", nil},
		{"one as a pronoun is not a number", "One of the aides left.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []num
			for _, n := range one(t, tt.in).Numbers {
				got = append(got, num{n.Text, n.Value, n.Max, n.Unit, n.Ordinal, n.Approx})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Numbers(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDates(t *testing.T) {
	type date struct {
		Text                            string
		Year, Month, Day, Weekday, EndY int
		Part                            string
	}
	tests := []struct {
		reason, in string
		want       []date
	}{
		{"month, day and year", "It began on February 21, 2022.", []date{{"February 21, 2022", 2022, 2, 21, 0, 0, ""}}},
		{"day before month", "It began on 21 February 2022.", []date{{"21 February 2022", 2022, 2, 21, 0, 0, ""}}},
		{"a month alone", "He resigned in September.", []date{{"September", 0, 9, 0, 0, 0, ""}}},
		{"a weekday", "Talks resume on Tuesday.", []date{{"Tuesday", 0, 0, 0, 2, 0, ""}}},
		{"a weekday ending a sentence without punctuation", "Talks resume on Tuesday", []date{{"Tuesday", 0, 0, 0, 2, 0, ""}}},
		{"a weekday and a comma ending a sentence", "Talks resume on Tuesday,", []date{{"Tuesday", 0, 0, 0, 2, 0, ""}}},
		{"a qualified year", "In early 2022 the talks stalled.", []date{{"early 2022", 2022, 0, 0, 0, 0, "early"}}},
		{"a short year range", "He served from 2008-12.", []date{{"2008-12", 2008, 0, 0, 0, 2012, ""}}},
		{"a long year range", "He served from 2008 to 2012.", []date{{"2008 to 2012", 2008, 0, 0, 0, 2012, ""}}},
		{"an ISO date", "Filed 2025-08-11 in court.", []date{{"2025-08-11", 2025, 8, 11, 0, 0, ""}}},
		{"lower-case may is a verb", "The talks may resume.", nil},
		{"capitalised May is a month", "The talks resume in May.", []date{{"May", 0, 5, 0, 0, 0, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []date
			for _, d := range one(t, tt.in).Dates {
				got = append(got, date{d.Text, d.Year, d.Month, d.Day, d.Weekday, d.EndYear, d.Part})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Dates(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		reason, in string
		want       []string
	}{
		{"titles are kept in the text, left out of the key", "On Monday President Maria Ortiz met Gen. Ivan Petrov.", []string{"President Maria Ortiz", "Gen. Ivan Petrov"}},
		{"an ordinary word opening a sentence is not part of a name", "Adviser Dmitri N. Orlov left.", []string{"Dmitri N. Orlov"}},
		{"initials stay inside the name", "The adviser Dmitri N. Orlov left.", []string{"Dmitri N. Orlov"}},
		{"a quotation opening with an ordinary word", "“Give me arguments,” Orlov said.", []string{"Orlov"}},
		{"names in a text written all in lower case", "natalia moon , 23 , moved to the philippines in 2012 .", []string{"natalia", "philippines"}},
		{"a hyphenated name in lower-case text", "julia louis-dreyfus , 54 , stars in the comedy show .", []string{"julia louis-dreyfus"}},
		{"a sentence-initial function word is not a name", "The Security Council met in Geneva.", []string{"Security Council", "Geneva"}},
		{"a connector inside a name", "The Bank of England raised rates.", []string{"Bank of England"}},
		{"tabloid capitals are not names, acronyms are", "A SINGLE official defied NATO.", []string{"NATO"}},
		{"a sentence-initial adverb is not a name", "Meanwhile, Ortiz left.", []string{"Ortiz"}},
		{"a quotation opening with an ordinary word mid-sentence", "Ortiz wrote: 'Sorry for the late reply, I've been busy.'", []string{"Ortiz"}},
		{"capitals in a run are shouting, short ones alone acronyms", "Fans chanted WE ARE HERE outside the WHO office and NATO headquarters.", []string{"WHO", "NATO"}},
		{"a weekday or month after a name is a date", "The pilot saw the Ford Explorer Friday and paid the Monetary Fund on Thursday.",
			[]string{"Ford Explorer", "Monetary Fund"}},
		{"a weekday in lower-case text is a date, not a name", "ortiz met the mayor of springfield on saturday .", []string{"ortiz", "springfield"}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []string
			for _, e := range one(t, tt.in).Entities {
				got = append(got, e.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Entities(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestEntityMatches(t *testing.T) {
	tests := []struct {
		reason, a, b string
		want         bool
	}{
		{"transliteration y/i", "Dmitry Orlov spoke.", "Dmitri Orlov spoke.", true},
		{"transliteration ei/ey", "Sergei Ivanov spoke.", "Sergey Ivanov spoke.", true},
		{"surname alone", "Orlov spoke.", "Adviser Dmitri N. Orlov spoke.", true},
		{"an edit of one letter in a long name", "Zelensky spoke.", "Zelenskyy spoke.", true},
		{"different people", "Orlov spoke.", "Petrov spoke.", false},
		{"a name is not a longer name without its distinctive word", "They met in London.", "They met at the London Mexican embassy.", false},
		{"a short form of ordinary words", "Fans cheered United on Sunday.", "Fans cheered Manchester United.", true},
		{"same first name, different surnames", "Dmitri Orlov spoke.", "Dmitri Petrov spoke.", false},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			a, b := one(t, tt.a).Entities, one(t, tt.b).Entities
			if len(a) == 0 || len(b) == 0 {
				t.Fatalf("no entity in %q or %q", tt.a, tt.b)
			}
			if got := a[0].Matches(&b[0]); got != tt.want {
				t.Errorf("%q.Matches(%q) = %v, want %v", a[0].Text, b[0].Text, got, tt.want)
			}
		})
	}
}

func TestEntityHead(t *testing.T) {
	tests := []struct{ in, head string }{
		{"Maria Ortiz spoke.", "ortiz"},
		{"Staff at Ozy Media spoke.", "ozy"},                 // "media" is an ordinary word
		{"Staff at the White House spoke.", ""},              // only ever met whole
		{"Staff at Twitter spoke.", "twitter"},               // one word: the name itself
		{"Staff at the Bank of England spoke.", "england"},   // a connector is no word of the key
		{"Fans of Manchester United cheered.", "manchester"}, // "united" is an ordinary word
	}
	for _, tt := range tests {
		es := one(t, tt.in).Entities
		if len(es) == 0 {
			t.Errorf("no entity in %q", tt.in)
			continue
		}
		want := ""
		if tt.head != "" {
			want = claims.NameKey(tt.head)
		}
		if got := es[0].Head(); got != want {
			t.Errorf("Head of %q = %q, want %q", es[0].Text, got, want)
		}
	}
}

func TestEntityOrdinary(t *testing.T) {
	e := one(t, "Staff at Ozy Media spoke.").Entities[0]
	if len(e.Words) != 2 || e.Ordinary(0) || !e.Ordinary(1) || e.Ordinary(2) {
		t.Errorf("%q: words %q, Ordinary = %v %v %v; want only the second ordinary",
			e.Text, e.Words, e.Ordinary(0), e.Ordinary(1), e.Ordinary(2))
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		reason, in string
		want       []string
	}{
		{"curly double", "He said “we will win” loudly.", []string{"we will win"}},
		{"straight double", `He said "we will win" loudly.`, []string{"we will win"}},
		{"curly single, apostrophes inside", "She said ‘Putin’s aides won’t talk’ today.", []string{"Putin’s aides won’t talk"}},
		{"straight single, apostrophes inside", "She said 'the mayor's plan isn't ready' today.", []string{"the mayor's plan isn't ready"}},
		{"nested", "He said: “They told me ‘never again’ twice.”", []string{"They told me ‘never again’ twice.", "never again"}},
		{"a tokenised clitic opens no quotation", "kilmarnock 's manager said 'we are ready' and do n't care", []string{"we are ready"}},
		{"a quote left open ends at the paragraph", "He said “it is over.\n\nNext paragraph.", []string{"it is over."}},
		{"a single mark left open is no quotation", "Her talk on 'The Price of Fame 'redefines her story. Ratings rose in May.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []string
			for _, q := range claims.Quotes(tt.in) {
				if tt.in[q.Start:q.End] != q.Text {
					t.Fatalf("quote %q does not match its offsets", q.Text)
				}
				got = append(got, q.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Quotes(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestCues(t *testing.T) {
	type cue struct{ Kind, Text, Source string }
	tests := []struct {
		reason, in string
		want       []cue
	}{
		{"negation words and contractions", "He did not go and she didn't stay.", []cue{{"negation", "not", ""}, {"negation", "didn't", ""}}},
		{"n't typed with another mark, or without the apostrophe", "He didn;t go, she DIDN´T stay and they didnt care.",
			[]cue{{"negation", "didn;t", ""}, {"negation", "DIDN´T", ""}, {"negation", "didnt", ""}}},
		{"a semicolon between words is not an apostrophe", "The plan;then in;t.", nil},
		{"negative phrasal verbs", "She turned down the offer and police ruled out foul play.",
			[]cue{{"negation", "turned", ""}, {"negation", "ruled", ""}}},
		{"negative verbs", "The minister refused to resign.", []cue{{"negation", "refused", ""}}},
		{"hedges", "The plan is unlikely to pass and may fail.", []cue{{"hedge", "unlikely", ""}, {"hedge", "may", ""}}},
		{"May the month or a name is no hedge", "It opened in May 2014 and Theresa May liked it.", nil},
		{"May before a number is the month", "May 22 is the date.", nil},
		{"May opening a sentence is the verb", "May the best team win.", []cue{{"hedge", "May", ""}}},
		{"according to names its source", "Prices rose, according to the central bank.", []cue{{"attribution", "according", "the central bank"}}},
		{"a reporting verb after its subject", "The Daily Example reported that prices rose.", []cue{{"attribution", "reported", "The Daily Example"}}},
		{"an inverted reporting verb", "“Prices rose,” said Ortiz.", []cue{{"attribution", "said", "Ortiz"}}},
		{"an appositive between subject and verb", "Ivan Petrov, a local farmer, said the river rose.", []cue{{"attribution", "said", "Ivan Petrov"}}},
		{"the subject starts after a conjunction", "They had been cooking but officials said they had not fought.",
			[]cue{{"attribution", "said", "officials"}, {"negation", "not", ""}}},
		{"a sentence-initial conjunction is not part of the subject", "But the Daily Example reported that prices rose.",
			[]cue{{"attribution", "reported", "the Daily Example"}}},
		{"citing names its source", "The paper, citing officials, said it fell.", []cue{{"attribution", "citing", "officials"}, {"attribution", "said", "The paper"}}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []cue
			for _, c := range one(t, tt.in).Cues {
				got = append(got, cue{c.Kind.String(), c.Text, c.Source})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Cues(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDangling(t *testing.T) {
	tests := []struct {
		reason, in string
		want       []string // the dangling pronouns of each claim, "" for none
	}{
		{"a text opening with a pronoun", "He says prices will rise. The bank disagrees.", []string{"He", ""}},
		{"after an opening quotation mark", "“They lied,” the mayor said. Nobody answered.", []string{"They", ""}},
		{"a possessive", "Her husband left on Monday. Police are searching.", []string{"Her", ""}},
		{"a name first", "Maria Ortiz says she will run. She is 54.", []string{"", ""}},
		{"it points to no one", "It rained all week. Roads closed.", []string{"", ""}},
		{"a single sentence may be an excerpt", "He says prices will rise.", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []string
			for _, c := range claims.Parse(tt.in).Statements {
				d := ""
				for _, i := range c.Dangling {
					d += c.Tokens[i].Text
				}
				got = append(got, d)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Dangling of %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	c := one(t, "Kozlov’s aides criticised the U.S. plan, didn’t they?")
	var got []string
	for _, tok := range c.Tokens {
		got = append(got, tok.Text+"/"+tok.Stem)
	}
	want := []string{"Kozlov/kozlov", "aides/aid", "criticised/critic", "the/the", "U.S./us", "plan/plan", ",/,", "didn’t/didn't", "they/they", "?/?"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens mismatch (-want +got):\n%s", diff)
	}
	for _, tok := range one(t, "They didn't, wasnt or couldn;t go.").Tokens {
		if tok.Lower != "go" && tok.Content() {
			t.Errorf("%q counts as a content word; a negated auxiliary carries no content of its own", tok.Text)
		}
	}
	if a, b := one(t, "He says so.").Tokens[1].Stem, one(t, "He said so.").Tokens[1].Stem; a != b {
		t.Errorf("says and said stem apart: %q, %q", a, b)
	}
}

func TestAcronyms(t *testing.T) {
	a := one(t, "Aid came from the US and the WHO.")
	b := one(t, "Aid came from the U.S. and the W.H.O. to us.")
	stems := func(c claims.Statement) map[string]bool {
		m := map[string]bool{}
		for _, tok := range c.Tokens {
			if tok.Content() {
				m[tok.Stem] = true
			}
		}
		return m
	}
	sa, sb := stems(a), stems(b)
	for _, s := range []string{"us", "who"} {
		if !sa[s] || !sb[s] {
			t.Errorf("acronym %q should be content on both sides: %v %v", s, sa, sb)
		}
	}
	for _, tok := range b.Tokens {
		if tok.Text == "us" && tok.Content() {
			t.Error(`the pronoun "us" should stay a function word`)
		}
	}
}
