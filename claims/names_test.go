package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

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
		{"a month's short form before a day is a date, not a name", "The Bank of England decides on Dec. 14 and Nov 3.", []string{"Bank of England"}},
		{"a short form with no day may be a name", "Jan Novak met Anna Berg.", []string{"Jan Novak", "Anna Berg"}},
		{"the scale letter after a degree sign is a unit", "Temperatures in Madrid reached 41°C on Monday.", []string{"Madrid"}},
		{"tabloid capitals are not names, acronyms are", "A SINGLE official defied NATO.", []string{"NATO"}},
		{"a sentence-initial adverb is not a name", "Meanwhile, Ortiz left.", []string{"Ortiz"}},
		{"a sentence-opening pronoun WordNet lacks is not a name", "Everyone agreed that Ortiz won.", []string{"Ortiz"}},
		{"nor an interjection", "Oh, Ortiz won.", []string{"Ortiz"}},
		{"nor another interjection", "Ah, Ortiz won.", []string{"Ortiz"}},
		{"nor chat laughter", "Haha, Ortiz won in Springfield.", []string{"Ortiz", "Springfield"}},
		{"nor laughter in capitals", "LOL you should see Springfield.", []string{"Springfield"}},
		{"nor a chat abbreviation after a speaker's name", "Steve: BTW, Ortiz won last night!", []string{"Steve", "Ortiz"}},
		{"nor a run-together verb of chat", "Charlie: Wanna go out with Ortiz tonight?", []string{"Charlie", "Ortiz"}},
		{"nor a word stretched for emphasis", "Mateo: Duuude, pick up Ortiz at noon!", []string{"Mateo", "Ortiz"}},
		{"a name with a doubled letter opening a sentence is no stretched word", "Aaron met Ortiz in Springfield.", []string{"Aaron", "Ortiz", "Springfield"}},
		{"an adverb of an ordinary word with a negative prefix", "Unsurprisingly, Ortiz won.", []string{"Ortiz"}},
		{"a plural the stemmer leaves odd", "Gases rose over Springfield.", []string{"Springfield"}},
		{"a name that looks like a plural stays a name", "James won in Springfield.", []string{"James", "Springfield"}},
		{"nor in a lower-case text", "yep , everyone agreed that ortiz won the race in springfield .", []string{"ortiz", "springfield"}},
		{"a quotation opening with an ordinary word mid-sentence", "Ortiz wrote: 'Sorry for the late reply, I've been busy.'", []string{"Ortiz"}},
		{"capitals in a run are shouting, short ones alone acronyms", "Fans chanted WE ARE HERE outside the WHO office and NATO headquarters.", []string{"WHO", "NATO"}},
		{"a weekday or month after a name is a date", "The pilot saw the Ford Explorer Friday and paid the Monetary Fund on Thursday.",
			[]string{"Ford Explorer", "Monetary Fund"}},
		{"a weekday in lower-case text is a date, not a name", "ortiz met the mayor of springfield on saturday .", []string{"ortiz", "springfield"}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []string
			for _, e := range one(t, tt.in).Entities() {
				got = append(got, e.Text())
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
		{"an initialism with dots within a longer name", "The U.S. Constitution says so.", "The United States Constitution says so.", true},
		{"an initialism with and without its last dot", "She fled the U.S. in 2004.", "She fled the U.S with them.", true},
		{"an initialism of other words", "The NHL hires nurses.", "The National Health Service hires nurses.", false},
		{"an initialism within a longer name, another word after it", "The U.S. Constitution says so.", "The United States Congress says so.", false},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			a, b := one(t, tt.a).Entities(), one(t, tt.b).Entities()
			if len(a) == 0 || len(b) == 0 {
				t.Fatalf("no entity in %q or %q", tt.a, tt.b)
			}
			if got := a[0].Matches(&b[0]); got != tt.want {
				t.Errorf("%q.Matches(%q) = %v, want %v", a[0].Text(), b[0].Text(), got, tt.want)
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
		es := one(t, tt.in).Entities()
		if len(es) == 0 {
			t.Errorf("no entity in %q", tt.in)
			continue
		}
		want := ""
		if tt.head != "" {
			want = claims.NameKey(tt.head)
		}
		if got := es[0].Head(); got != want {
			t.Errorf("Head of %q = %q, want %q", es[0].Text(), got, want)
		}
	}
}

func TestEntityOrdinary(t *testing.T) {
	e := one(t, "Staff at Ozy Media spoke.").Entities()[0]
	if len(e.Words) != 2 || e.Ordinary(0) || !e.Ordinary(1) || e.Ordinary(2) {
		t.Errorf("%q: words %q, Ordinary = %v %v %v; want only the second ordinary",
			e.Text(), e.Words, e.Ordinary(0), e.Ordinary(1), e.Ordinary(2))
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
				for _, i := range c.Dangling() {
					d += c.Tokens[i].Text()
				}
				got = append(got, d)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Dangling of %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestEntityMatchesAllocs checks that comparing names allocates nothing:
// Matches runs for every pair of names the rules compare.
func TestEntityMatchesAllocs(t *testing.T) {
	a := one(t, "The U.S. Constitution says so.").Entities()[0]
	b := one(t, "The United States Constitution says so.").Entities()[0]
	if n := testing.AllocsPerRun(100, func() { a.Matches(&b) }); n != 0 {
		t.Errorf("Matches(%q, %q) allocates %v times, want 0", a.Text(), b.Text(), n)
	}
}

// TestLowerCaseMarkedNames checks the names of texts written in lower case
// whose surnames are also English words: the text marks such a word as a
// name (after an honorific, or after a guessed name when it also stands
// alone as the subject of a verb of saying, or twice after the same first
// name), and look-alikes stay ordinary words.
func TestLowerCaseMarkedNames(t *testing.T) {
	tests := []struct {
		reason, in string
		want       []string
	}{
		{"a surname that is a word, after a first name, said alone elsewhere",
			"paul scholes has told raheem sterling to stay at liverpool . Sterling said on wednesday that he was not ready to sign .",
			[]string{"paul scholes", "raheem sterling", "liverpool", "Sterling"}},
		{"without that evidence the word stays ordinary",
			"paul scholes has told raheem sterling to stay at liverpool . the pound sterling fell on wednesday .",
			[]string{"paul scholes", "raheem", "liverpool"}},
		{"twice after the same first name, and alone elsewhere",
			"isaiah brown scored twice for chelsea . isaiah brown was signed in may , and brown is 18 .",
			[]string{"isaiah brown", "chelsea", "isaiah brown", "brown"}},
		{"after an honorific", "the council heard mr young on tuesday , and mr young said the plan would fail .",
			[]string{"young", "young"}},
		{"an adjective after a determiner is no name, even when marked elsewhere",
			"mr young told the young player to train harder , and the player agreed with the coach .",
			[]string{"young"}},
		{"the young player said", "the young player said that the club had offered him a new deal at the ground .",
			nil},
		{"a brown bag", "a brown bag was found near the station , and police said it held old letters .",
			nil},
		{"a lower-case sentence-start word that is ordinary", "Young players train at the ground every day . the academy said it was proud of them .",
			nil},
		{"a common noun the text writes after a determiner is no surname",
			"belgian club anderlecht won . the club said that fans were happy . belgian club officials said it was fair .",
			[]string{"belgian", "anderlecht", "belgian"}},
		{"a past form continues no name", "solanke scored twice , and solanke scored again as fans cheered loudly in the ground .",
			[]string{"solanke", "solanke"}},
		{"miss before a word may be the verb", "a near miss aside , the striker was a constant menace to the defence all night long .",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var got []string
			d := claims.Parse(tt.in)
			for i := range d.Statements {
				for _, e := range d.Statements[i].Entities() {
					got = append(got, e.Text())
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Entities(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestLowerCaseMarkedHead checks that a word a lower-case text marks as a
// name counts as an ordinary word of its name, so that the guessed word
// is the name's head and "raheem" is "raheem sterling".
func TestLowerCaseMarkedHead(t *testing.T) {
	d := claims.Parse("paul scholes has told raheem sterling to stay at liverpool . Sterling said on wednesday that he was not ready to sign .")
	ents := d.Statements[0].Entities()
	if len(ents) < 2 || ents[1].Text() != "raheem sterling" {
		t.Fatalf("entities %v, want raheem sterling second", ents)
	}
	if got := ents[1].Head(); got != "rahem" && got != "raheem" {
		t.Errorf("Head() = %q, want the key of raheem", got)
	}
	if !ents[1].Ordinary(1) || ents[1].Ordinary(0) {
		t.Errorf("Ordinary(0), Ordinary(1) = %v, %v, want false, true", ents[1].Ordinary(0), ents[1].Ordinary(1))
	}
}
