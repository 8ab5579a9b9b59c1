package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSegmentNeverSurprised covers the kinds of text of issue 15: list
// items, one item a line, spaced and bracketed ellipses, addresses ending a
// sentence, the pronoun "I" and number abbreviations. The texts are written
// after real news pages, recipes, press releases and reference lists.
func TestSegmentNeverSurprised(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   []string
	}{
		// Lists on one line.
		{"numbered items with a parenthesis, run together on one line",
			"To reach the shelter: 1) Leave the motorway at junction 4 2) Follow signs for the leisure centre 3) Park behind the school",
			[]string{"To reach the shelter:", "1) Leave the motorway at junction 4", "2) Follow signs for the leisure centre", "3) Park behind the school"}},
		{"items numbered with a dot and a parenthesis, from the third on",
			"3.) Bring drinking water for two days 4.) Bring tinned food and a tin opener",
			[]string{"3.) Bring drinking water for two days", "4.) Bring tinned food and a tin opener"}},
		{"roman numerals in lower case: the marker's dot never ends a sentence",
			"i. Preheat the oven to 180C ii. Mix the flour and the butter iii. Bake for 40 minutes",
			[]string{"i. Preheat the oven to 180C", "ii. Mix the flour and the butter", "iii. Bake for 40 minutes"}},
		{"upper-case roman numerals as section numbers",
			"I. Background of the inquiry II. Findings of the panel",
			[]string{"I. Background of the inquiry", "II. Findings of the panel"}},
		{"lettered items",
			"a) Register with the council b) Pay the deposit c) Collect the keys",
			[]string{"a) Register with the council", "b) Pay the deposit", "c) Collect the keys"}},
		{"bullets before numbers, lower-case items",
			"• 7. first reading in the chamber • 8. second reading after the recess",
			[]string{"• 7. first reading in the chamber", "• 8. second reading after the recess"}},
		{"triangular bullets glued to their numbers",
			"‣3. first ballot closes at noon ‣4. second ballot opens on Friday",
			[]string{"‣3. first ballot closes at noon", "‣4. second ballot opens on Friday"}},
		{"numbered items that end in full stops: the number goes with its item",
			"1. The council meets on Monday. 2. The vote follows on Tuesday.",
			[]string{"1. The council meets on Monday.", "2. The vote follows on Tuesday."}},
		{"items with a dot and no final punctuation",
			"1. Turn off the gas 2. Open the windows 3. Call the emergency line",
			[]string{"1. Turn off the gas", "2. Open the windows", "3. Call the emergency line"}},
		{"letters inside a sentence that a lower-case clause follows enumerate within it",
			"Clubs see repeated positive tests as a sign that a player either a) does not care or b) has a problem.",
			[]string{"Clubs see repeated positive tests as a sign that a player either a) does not care or b) has a problem."}},
		{"a number in brackets is no marker",
			"The bill (section 2) was amended twice. It passed.",
			[]string{"The bill (section 2) was amended twice.", "It passed."}},
		{"numbers led by the same word are chapters, not a list",
			"Chapter 1 covers the war years while Chapter 2 covers the peace.",
			[]string{"Chapter 1 covers the war years while Chapter 2 covers the peace."}},
		{"initials are no list: A. then B. in one reference",
			"A. Knuttila and F. B. Rasmussen, Spin resonance of rhodium nuclei, Physical Review Letters 84 (2000).",
			[]string{"A. Knuttila and F. B. Rasmussen, Spin resonance of rhodium nuclei, Physical Review Letters 84 (2000)."}},
		{"a row of bullets is an ornament, not three sentences",
			"The hearing ended at six.\n• • •\nThe next morning the jury returned.",
			[]string{"The hearing ended at six.", "• • •", "The next morning the jury returned."}},
		{"tags between bullets",
			"Filed under: Elections • Local councils • Housing",
			[]string{"Filed under: Elections", "• Local councils", "• Housing"}},

		// One item a line.
		{"a feature list in lower case, one item a line",
			"features\ncontact manager\nevents, activities\n",
			[]string{"features", "contact manager", "events, activities"}},
		{"a menu whose lines start in capitals",
			"Soup of the day\nGrilled sea bass with fennel\nLemon tart\n",
			[]string{"Soup of the day", "Grilled sea bass with fennel", "Lemon tart"}},
		{"highlights of a story in lower case, one a line, no full stops",
			"the mayor confirmed he will step down this summer\nan emotional speech followed at the town hall\nhis deputy will take over on june 30\n",
			[]string{"the mayor confirmed he will step down this summer", "an emotional speech followed at the town hall", "his deputy will take over on june 30"}},
		{"a dateline and a byline before the story",
			"By Jane Roe\nMarch 3, 2024\nThe council voted to close the library.",
			[]string{"By Jane Roe", "March 3, 2024", "The council voted to close the library."}},
		{"a sentence cut by a line break, as text copied from a PDF is",
			"It was a cold \nnight in the city and the shelters were full.",
			[]string{"It was a cold night in the city and the shelters were full."}},
		{"a lower-case line after a comma continues the sentence",
			"The list includes apples,\npears and plums",
			[]string{"The list includes apples, pears and plums"}},
		{"a line opening with a conjunction continues the sentence",
			"Book your seat for the concert\nor look at all available packages",
			[]string{"Book your seat for the concert or look at all available packages"}},
		{"a sentence that lost its full stop before a capitalised line",
			"We think the other artists who help\ncreate a film are important\nAnd the second part is that we were tired.",
			[]string{"We think the other artists who help create a film are important", "And the second part is that we were tired."}},

		// Ellipses.
		{"a spaced ellipsis inside a sentence",
			"He paused . . . and went on with the speech.",
			[]string{"He paused . . . and went on with the speech."}},
		{"a quotation ending in a spaced ellipsis and a full stop",
			"The report says the reforms “will make the system less complex. . . .” Ministers disagree.",
			[]string{"The report says the reforms “will make the system less complex. . . .”", "Ministers disagree."}},
		{"a spaced ellipsis of four dots ends a sentence before a capital",
			"The witness said nothing more . . . . The judge adjourned.",
			[]string{"The witness said nothing more . . . .", "The judge adjourned."}},
		{"bracketed ellipses in a quotation followed by a citation",
			"“The committee [...] found no evidence of fraud [...]” (Smith 2019). The case was closed.",
			[]string{"“The committee [...] found no evidence of fraud [...]” (Smith 2019).", "The case was closed."}},
		{"a bracketed ellipsis ending a teaser line ends it",
			"The festival reported a record audience and [...]\nBox office: the film tops the charts",
			[]string{"The festival reported a record audience and [...]", "Box office: the film tops the charts"}},
		{"a dangling full stop joins the sentence before it",
			"The striker will return at the end of the season. .",
			[]string{"The striker will return at the end of the season. ."}},

		// Addresses.
		{"a web address ends a sentence",
			"Read more at https://example.org/reports/a_b.html. Voters decide on Sunday.",
			[]string{"Read more at https://example.org/reports/a_b.html.", "Voters decide on Sunday."}},
		{"an e-mail address ends a sentence",
			"Please send letters to letters@example.com. Joe Fassler edits the page.",
			[]string{"Please send letters to letters@example.com.", "Joe Fassler edits the page."}},
		{"dots inside an address never split",
			"Visit www.example.co.uk/news.html for the results.",
			[]string{"Visit www.example.co.uk/news.html for the results."}},

		// I and initials.
		{"the pronoun I ends a sentence",
			"We make a good team, you and I. Voters seem to agree.",
			[]string{"We make a good team, you and I.", "Voters seem to agree."}},
		{"I as a middle initial",
			"Did you see Mary I. Smith at the hearing?",
			[]string{"Did you see Mary I. Smith at the hearing?"}},
		{"I. as the first of several initials",
			"The museum was designed by I. M. Pei in the 1980s.",
			[]string{"The museum was designed by I. M. Pei in the 1980s."}},

		// Number abbreviations.
		{"No. before a number with several dots",
			"The treaty is filed as No. 1.2.3 in the register. It was signed later.",
			[]string{"The treaty is filed as No. 1.2.3 in the register.", "It was signed later."}},
		{"N°. before a number with several dots, which then ends the sentence",
			"You will find it at N°. 1026.253.553. Treasure hunters have tried for years.",
			[]string{"You will find it at N°. 1026.253.553.", "Treasure hunters have tried for years."}},
		{"a rating with a decimal ends a sentence",
			"Manager: Jo Smith 5.5. Booked: Ray, Dunn.",
			[]string{"Manager: Jo Smith 5.5.", "Booked: Ray, Dunn."}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Segment(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			checkLossless(t, tt.in)
		})
	}
}

// TestListMarkers: what reads as the enumerator of a list item and what
// does not.
func TestListMarkers(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   []string
	}{
		{"roman numerals in sequence past the units",
			"viii. Eighth point of order ix. Ninth point of order x. Tenth point of order xi. Eleventh point",
			[]string{"viii. Eighth point of order", "ix. Ninth point of order", "x. Tenth point of order", "xi. Eleventh point"}},
		{"a roman numeral written in mixed case is a word, not a marker",
			"i) The first clause Ii) The second clause",
			[]string{"i) The first clause Ii) The second clause"}},
		{"a non-canonical numeral is no marker: iiii. does not follow iii.",
			"iii. The third clause iiii. The fourth clause",
			[]string{"iii. The third clause iiii.", "The fourth clause"}},
		{"a page reference is no lettered marker",
			"See p. 55 of the report for the figures.",
			[]string{"See p. 55 of the report for the figures."}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Segment(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			checkLossless(t, tt.in)
		})
	}
}
