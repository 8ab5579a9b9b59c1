package claims_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

func sentenceTexts(src string) []string {
	var out []string
	for _, s := range claims.Segment(src) {
		out = append(out, strings.Join(strings.Fields(s.Text), " "))
	}
	return out
}

func TestSegmentRules(t *testing.T) {
	tests := []struct {
		reason string
		in     string
		want   []string
	}{
		{"titles never end a sentence",
			"Mr. Smith met Mrs. Jones and Dr. Lee. Gen. Ortiz and Sen. Ray left.",
			[]string{"Mr. Smith met Mrs. Jones and Dr. Lee.", "Gen. Ortiz and Sen. Ray left."}},
		{"St. and Mt. before a name",
			"They met in St. Petersburg near Mt. Elbrus. Then they left.",
			[]string{"They met in St. Petersburg near Mt. Elbrus.", "Then they left."}},
		{"initials inside a name",
			"Adviser Dmitri N. Orlov spoke. J. R. R. Tolkien wrote books.",
			[]string{"Adviser Dmitri N. Orlov spoke.", "J. R. R. Tolkien wrote books."}},
		{"dotted acronym mid-sentence and at the end",
			"The U.S. Army arrived. Aid came from the U.S. The E.U. paid too.",
			[]string{"The U.S. Army arrived.", "Aid came from the U.S.", "The E.U. paid too."}},
		{"company abbreviations",
			"Acme Inc. and Widget Co. merged. Shares rose at Foo Corp. The deal closed.",
			[]string{"Acme Inc. and Widget Co. merged.", "Shares rose at Foo Corp.", "The deal closed."}},
		{"month abbreviations",
			"It opened on Jan. 5 and closed in Sept. 2021 after a fire.",
			[]string{"It opened on Jan. 5 and closed in Sept. 2021 after a fire."}},
		{"a.m. and p.m. mid-sentence and at the end",
			"Polls open at 7 a.m. and close at 8 p.m. The count starts later.",
			[]string{"Polls open at 7 a.m. and close at 8 p.m.", "The count starts later."}},
		{"e.g., i.e. and etc. followed by lower case",
			"Bring tools, e.g. hammers, i.e. heavy ones, etc. and food. Then go.",
			[]string{"Bring tools, e.g. hammers, i.e. heavy ones, etc. and food.", "Then go."}},
		{"numbers with decimals, money, percent",
			"Revenue hit $1.2 billion, up 3.5% from 2021. Profit fell.",
			[]string{"Revenue hit $1.2 billion, up 3.5% from 2021.", "Profit fell."}},
		{"No. and p. before digits",
			"He was ranked No. 2 in the poll on p. 55 of the report. She was third.",
			[]string{"He was ranked No. 2 in the poll on p. 55 of the report.", "She was third."}},
		{"sentences glued without a space",
			"It reformed the political system.However, it failed.It ended in 2022.Then peace came.",
			[]string{"It reformed the political system.", "However, it failed.", "It ended in 2022.", "Then peace came."}},
		{"URLs and e-mail addresses are not glued sentences",
			"Write to press.Office@example.com or visit www.Example.org/News today. Thanks.",
			[]string{"Write to press.Office@example.com or visit www.Example.org/News today.", "Thanks."}},
		{"a sentence ending inside closing quotes",
			`He said, "We will win." Then he left. ‘It is over.’ She agreed.`,
			[]string{`He said, "We will win."`, "Then he left.", "‘It is over.’", "She agreed."}},
		{"question and exclamation in quotes followed by lower-case attribution",
			"“Why now?” she asked. “Never!” he shouted, and left.",
			[]string{"“Why now?” she asked.", "“Never!” he shouted, and left."}},
		{"question in quotes followed by a name and a reporting verb",
			"“Who is there?” Ortiz asked the guard. The guard said nothing.",
			[]string{"“Who is there?” Ortiz asked the guard.", "The guard said nothing."}},
		{"ellipses",
			"I suppose… we will see. It ended... Then came the vote.",
			[]string{"I suppose… we will see.", "It ended...", "Then came the vote."}},
		{"parentheses around a full sentence",
			"The vote passed. (Two members abstained.) The law takes effect soon.",
			[]string{"The vote passed.", "(Two members abstained.)", "The law takes effect soon."}},
		{"a headline on its own line without final punctuation",
			"Floods Hit the Coast\nThousands fled on Monday. Roads closed.",
			[]string{"Floods Hit the Coast", "Thousands fled on Monday.", "Roads closed."}},
		{"list items on their own lines",
			"Key points:\n- Taxes rise\n- Spending falls\n1. First item\n2. Second item",
			[]string{"Key points:", "- Taxes rise", "- Spending falls", "1. First item", "2. Second item"}},
		{"a single newline inside a hard-wrapped sentence does not end it",
			"The council voted on Tuesday to approve the new budget for the coming\nyear, which includes money for roads and for the city's two public\nlibraries. The mayor welcomed the decision and said work would begin soon\nafter the summer holidays ended in the city.\n",
			[]string{"The council voted on Tuesday to approve the new budget for the coming year, which includes money for roads and for the city's two public libraries.",
				"The mayor welcomed the decision and said work would begin soon after the summer holidays ended in the city."}},
		{"a hard-wrapped line may end before a capitalised name",
			"The prime minister met the opposition leader on Tuesday, and later\nJohnson told reporters that the talks had been useful and constructive.\nHe said the government would publish its plans for reform next month.\n",
			[]string{"The prime minister met the opposition leader on Tuesday, and later Johnson told reporters that the talks had been useful and constructive.",
				"He said the government would publish its plans for reform next month."}},
		{"a blank line ends a paragraph even without punctuation",
			"Opening statement\n\nThe hearing began.",
			[]string{"Opening statement", "The hearing began."}},
		{"boilerplate lines are excluded",
			"The ship sank.\nContinues after advertising\nAll crew survived.\nAdvertisement\nPhoto: Jane Roe/Getty Images\n© 2024 Example Media",
			[]string{"The ship sank.", "All crew survived."}},
		{"labels are dropped, the text after them kept",
			"Source: The Daily Example, citing officials\n\nBackground: The dam broke in 2019.",
			[]string{"The Daily Example, citing officials", "The dam broke in 2019."}},
		{"a caption run keeps its captions, without their alt text and credits",
			"Maria Lopez and John HarperLopez spoke at the summit in LimaCredit: Example Agency John Harper at homeHarper left the party in MayCredit: Example Agency\nThe summit ended.",
			[]string{"Lopez spoke at the summit in Lima", "Harper left the party in May", "The summit ended."}},
		{"an article pasted on one line, glued words and all, is not a caption",
			"Media playback is not supported on this deviceThe hosts won at Old Trafford to level the series.England made 589-8 declared and won.Root and Cook scored centuries as the tourists collapsed in the second innings on a turning pitch that offered the spinners plenty of help throughout the day while the crowd cheered every wicket and the visiting captain admitted his side had been outplayed in all departments",
			[]string{"The hosts won at Old Trafford to level the series.", "England made 589-8 declared and won.",
				"Root and Cook scored centuries as the tourists collapsed in the second innings on a turning pitch that offered the spinners plenty of help throughout the day while the crowd cheered every wicket and the visiting captain admitted his side had been outplayed in all departments"}},
		{"a full stop at the end of a line before a lower-case line",
			"The bank raised rates on Thursday.\nfood prices rose by 11% .\nthe pound fell .",
			[]string{"The bank raised rates on Thursday.", "food prices rose by 11% .", "the pound fell ."}},
		{"an abbreviation at the end of a line is no end of a sentence",
			"He met Dr.\nsmith in Leeds on Monday.",
			[]string{"He met Dr. smith in Leeds on Monday."}},
		{"a full stop and a lower-case word on the same line, in a text with capitals",
			"Prices rose 5 p.c. over the year. Wages rose too.",
			[]string{"Prices rose 5 p.c. over the year.", "Wages rose too."}},
		{"a tokeniser's closing quotation mark after the full stop ends the sentence",
			"the coach said `` we played well . ''\nthe team lost .",
			[]string{"the coach said `` we played well . ''", "the team lost ."}},
		{"a quotation mark against the next word opens it",
			"He left early. \"We won,\" she said.",
			[]string{"He left early.", "\"We won,\" she said."}},
		{"a tokenised text written in lower case",
			"the story has been dubbed one of the biggest films for decades . the film stars mr. smith and co. as heroes . it opens in may .",
			[]string{"the story has been dubbed one of the biggest films for decades .", "the film stars mr. smith and co. as heroes .", "it opens in may ."}},
		{"a decimal a tokeniser split before a scale or a percentage goes on",
			"the firm had 31. 8 million users . growth was 6. 9 % . he was 31. 8 people were hurt .",
			[]string{"the firm had 31. 8 million users .", "growth was 6. 9 % .", "he was 31.", "8 people were hurt ."}},
		{"a lower-case text with acronyms in capitals",
			"stan UNK died of natural causes at a hospital . he was 88 , the BBC said .",
			[]string{"stan UNK died of natural causes at a hospital .", "he was 88 , the BBC said ."}},
		{"a text of one capitalised sentence is not lower case",
			"The mayor said on Monday that the new library would open in may. it was his plan.",
			[]string{"The mayor said on Monday that the new library would open in may. it was his plan."}},
		{"empty and white-space-only input", " \n\t \n", nil},
		{"non-breaking spaces count as white space",
			"\u00a0It rained.\u00a0 It stopped.\u00a0",
			[]string{"It rained.", "It stopped."}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Segment(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestCleanReasons(t *testing.T) {
	src := "Table of Contents\nIt rained.\nStory continues below advertisement\nCredit: Example Agency\nc.2024 Example News Company\nQuote: \"It will pass,\" she said."
	var got []string
	for _, e := range claims.Clean(src) {
		if src[e.Start:e.End] != e.Text {
			t.Fatalf("excluded text %q does not match its offsets", e.Text)
		}
		got = append(got, e.Reason+": "+e.Text)
	}
	want := []string{"navigation: Table of Contents", "advertising: Story continues below advertisement",
		"credit: Credit: Example Agency", "copyright: c.2024 Example News Company", "label: Quote:"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Clean mismatch (-want +got):\n%s", diff)
	}
}

func TestNavigationSentence(t *testing.T) {
	src := "Police arrested two men. CLICK HERE for the latest news. Both were charged on Monday. READ: How the raid unfolded."
	var got []string
	for _, s := range claims.Segment(src) {
		got = append(got, s.Text)
	}
	for _, e := range claims.Clean(src) {
		got = append(got, e.Reason+": "+e.Text)
	}
	want := []string{"Police arrested two men.", "Both were charged on Monday.",
		"navigation: CLICK HERE for the latest news.", "navigation: READ: How the raid unfolded."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Segment and Clean mismatch (-want +got):\n%s", diff)
	}
	checkLossless(t, src)
}

// checkLossless verifies the segmentation contract: spans in order, not
// overlapping, Text == src[Start:End], and every non-space byte covered.
func checkLossless(t *testing.T, src string) {
	t.Helper()
	covered := make([]bool, len(src))
	type span struct {
		text       string
		start, end int
	}
	var spans []span
	d := claims.Parse(src)
	for _, c := range d.Statements {
		spans = append(spans, span{c.Text(), c.Start(), c.End()})
		for _, tok := range c.Tokens {
			if tok.Start() < c.Start() || tok.End() > c.End() || src[tok.Start():tok.End()] != tok.Text() {
				t.Fatalf("token %q [%d,%d) outside its sentence or off its bytes", tok.Text(), tok.Start(), tok.End())
			}
		}
		for _, q := range c.Quotes() {
			if q.Start() < c.Start() || q.End() > c.End() || src[q.Start():q.End()] != q.Text {
				t.Fatalf("quote %q [%d,%d) outside its sentence or off its bytes", q.Text, q.Start(), q.End())
			}
		}
	}
	segs := claims.Segment(src)
	if len(segs) != len(d.Statements) {
		t.Fatalf("Segment gives %d sentences, Parse %d claims", len(segs), len(d.Statements))
	}
	for _, e := range d.Excluded {
		spans = append(spans, span{e.Text, e.Start, e.End})
	}
	for _, s := range spans {
		if s.start < 0 || s.end > len(src) || s.start >= s.end || src[s.start:s.end] != s.text {
			t.Fatalf("span [%d,%d) %q does not match the source", s.start, s.end, s.text)
		}
		for i := s.start; i < s.end; i++ {
			if covered[i] {
				t.Fatalf("byte %d is covered twice", i)
			}
			covered[i] = true
		}
	}
	for i := 1; i < len(d.Statements); i++ {
		if d.Statements[i].Start() < d.Statements[i-1].End() {
			t.Fatalf("sentences out of order at %d", i)
		}
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		if !covered[i] && !(unicode.IsSpace(r) && (r != utf8.RuneError || size > 1)) {
			t.Fatalf("byte %d (%q) is neither white space nor in a sentence or excluded piece", i, r)
		}
		i += size
	}
}

func TestLosslessOnArticles(t *testing.T) {
	for _, src := range articles(t) {
		checkLossless(t, src)
	}
}

func FuzzSegment(f *testing.F) {
	f.Add("Mr. Smith went to Washington.He said “hi!” she said. U.S. troops\n\nleft.")
	f.Add("Source: The Times\nContinues after advertising\n\"Quote,\" he said.")
	f.Add("\xff\xfe binary \x00 data. More\u00a0text… end")
	f.Add("Digits of other scripts: ٣٤ and ४२. Done.")
	f.Add("Talks resume on Tuesday")
	// A number word then a hyphen at the very end: the fraction reader once
	// looked one token past the end ("two-thirds of" without the "thirds").
	f.Add("one-")
	f.Add("two -")
	f.Add("Kozak, 67, said on February 24, 2022, that 3.5% of $1.2 billion was spent in 2008-12.")
	// Glued runs (runs.go): cues at the text's ends, a prompt alone.
	f.Add("Scroll down for video A fan (left) waves The crowd cheered in 2001 Smith was hurt Injured: A")
	f.Add("at the ground The")
	f.Add("on Sunday Smith")
	f.Add("Scroll down for video")
	f.Add("x) y) The a i) The")
	for _, src := range articles(f) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkLossless(t, src)
	})
}

// TestTerminates feeds inputs that once looped or went quadratic; each must
// come back (the test binary's timeout catches a hang).
func TestLongRunIsCut(t *testing.T) {
	tests := []struct {
		reason, src, lastCut string // lastCut: how the first piece ends
	}{
		{"after a comma", strings.Repeat("the river rose, and the dam held ", 500), ","},
		{"at a space", strings.Repeat("the river rose and the dam held ", 500), "d"},
		{"at a rune boundary", strings.Repeat("é", 5000), "é"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			checkLossless(t, tt.src)
			ss := claims.Segment(tt.src)
			if len(ss) < 2 {
				t.Fatalf("%d sentences, want the run cut", len(ss))
			}
			for _, s := range ss {
				if len(s.Text) > 4000 || !utf8.ValidString(s.Text) {
					t.Fatalf("sentence [%d,%d) of %d bytes, valid UTF-8 %v", s.Start, s.End, len(s.Text), utf8.ValidString(s.Text))
				}
			}
			if !strings.HasSuffix(ss[0].Text, tt.lastCut) {
				t.Errorf("first piece ends %q, want it cut %s", ss[0].Text[len(ss[0].Text)-10:], tt.reason)
			}
		})
	}
}

func TestTerminates(t *testing.T) {
	for _, src := range []string{
		"٣", "Numbers ٣٤ ४२ ௫", strings.Repeat("ab.Cd", 20000), strings.Repeat("a.", 20000),
		strings.Repeat("“", 20000), strings.Repeat("\xff", 20000), strings.Repeat("A. ", 20000),
		// Each once read again for every mark after it: list markers that
		// look ahead for their second, punctuation with no word, bullets,
		// spaced dots, lower-case lines that look ahead for a full stop.
		strings.Repeat("1. ", 20000), strings.Repeat("a) 1) i. ", 20000), strings.Repeat("! ", 20000),
		strings.Repeat("• ", 20000), strings.Repeat(". ", 20000), strings.Repeat("the item\n", 20000),
		"x " + strings.Repeat(" 1.", 20000),
	} {
		checkLossless(t, src)
	}
}

// TestSplitIsSegmentAndClean: the one pass gives exactly what Segment and
// Clean give apart.
func TestSplitIsSegmentAndClean(t *testing.T) {
	anyExcluded := false
	for _, src := range articles(t) {
		sentences, excluded := claims.Split(src)
		anyExcluded = anyExcluded || len(excluded) > 0
		if diff := cmp.Diff(claims.Segment(src), sentences); diff != "" {
			t.Errorf("Split's sentences differ from Segment (-Segment +Split):\n%s", diff)
		}
		if diff := cmp.Diff(claims.Clean(src), excluded); diff != "" {
			t.Errorf("Split's excluded pieces differ from Clean (-Clean +Split):\n%s", diff)
		}
		if len(sentences) == 0 {
			t.Errorf("an article gave no sentences")
		}
	}
	if !anyExcluded {
		t.Errorf("no article gave an excluded piece: the comparison of excluded pieces tested nothing")
	}
}
