package claims_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdesk/claimcheck/claims"
)

// A piece of a segmented text: a sentence, or an excluded piece with its
// reason.
type piece struct {
	Text       string
	Start, End int
	Reason     string // "" for a sentence
}

func pieces(src string) []piece {
	ss, ex := claims.Split(src)
	var out []piece
	for len(ss) > 0 || len(ex) > 0 {
		if len(ex) == 0 || len(ss) > 0 && ss[0].Start < ex[0].Start {
			out = append(out, piece{ss[0].Text, ss[0].Start, ss[0].End, ""})
			ss = ss[1:]
			continue
		}
		out = append(out, piece{ex[0].Text, ex[0].Start, ex[0].End, ex[0].Reason})
		ex = ex[1:]
	}
	return out
}

// at returns the piece text of src that starts at the first occurrence of
// text, with its offsets.
func at(src, text, reason string) piece {
	i := strings.Index(src, text)
	return piece{text, i, i + len(text), reason}
}

// TestGluedRuns: captions glued to each other and to the body with a
// space and no full stop are cut into sentences at the cues of runs.go,
// with exact offsets; the link prompt that opens a run is excluded.
func TestGluedRuns(t *testing.T) {
	tests := []struct {
		reason string
		src    string
		want   []string // the pieces, in order; "nav:" marks an excluded link prompt
	}{
		{"GR3 after a word in brackets is not cut, GR2 after one is",
			"Jane Roe (left) waves to fans In the crowd Cheered: Fans sang along.",
			[]string{"Jane Roe (left) waves to fans", "In the crowd", "Cheered: Fans sang along."}},
		{"GR2 a caption label after a weekday",
			"The couple were hurt outside a club early on Wednesday Arrested: Two men were held by police on Thursday.",
			[]string{"The couple were hurt outside a club early on Wednesday", "Arrested: Two men were held by police on Thursday."}},
		{"GR3 a clause's preposition after a lower-case word",
			"The player appeared to fight with stewards After being restrained he left the pitch.",
			[]string{"The player appeared to fight with stewards", "After being restrained he left the pitch."}},
		{"GR4 a name and a verb after a year",
			"The manager decided not to start his best players in 2001 Brown was his assistant at the time.",
			[]string{"The manager decided not to start his best players in 2001", "Brown was his assistant at the time."}},
		{"GR4 a name, an adverb and a verb after a weekday",
			"The hosts face their rivals on Sunday Smith famously refused to play in that game.",
			[]string{"The hosts face their rivals on Sunday", "Smith famously refused to play in that game."}},
		{"a link prompt that opens a run is excluded, the caption after it kept",
			"Scroll down for video Jane Roe (pictured) learned a new language to get a part in 2012 Roe moved abroad.",
			[]string{"nav:Scroll down for video", "Jane Roe (pictured) learned a new language to get a part in 2012", "Roe moved abroad."}},
		{"a link prompt with a full stop after it goes whole",
			"She won the race. Scroll down for video . The crowd cheered her.",
			[]string{"She won the race.", "nav:Scroll down for video .", "The crowd cheered her."}},
		{"a link prompt with a colon after a full stop, the text after it kept",
			"The team won the cup. WATCH THE VIDEO: the players celebrate in the square.",
			[]string{"The team won the cup.", "nav:WATCH THE VIDEO:", "the players celebrate in the square."}},
		{"a list enumerator stays with its item",
			"i) The first clause ii) The second clause",
			[]string{"i) The first clause", "ii) The second clause"}},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			checkLossless(t, tt.src)
			var want []piece
			from := 0
			for _, w := range tt.want {
				reason := ""
				if text, ok := strings.CutPrefix(w, "nav:"); ok {
					w, reason = text, "navigation"
				}
				p := at(tt.src[from:], w, reason)
				p.Start, p.End = p.Start+from, p.End+from
				want = append(want, p)
				from = p.End
			}
			if diff := cmp.Diff(want, pieces(tt.src)); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

// TestGluedRunsKeepSentences: ordinary sentences whose capitalised words
// are names, titles, quotations or lists are not cut.
func TestGluedRunsKeepSentences(t *testing.T) {
	for _, tt := range []struct{ reason, src string }{
		{"a newspaper after a verb of telling", "The minister told The Daily Courier that the plan was dead."},
		{"a place after a preposition", "The court in The Valley ruled on the case last week."},
		{"a title of capitalised words", "She starred in Return Of The Hero and in Born In Spring with him."},
		{"a name after a verb of naming", "The tower, called The Needle by locals, opened in 2004."},
		{"a quoted title after a lower-case word", "Fans of 'The Long Road' and The Long Road Home queued."},
		{"a label after a capitalised name", "He spoke to BBC Radio Leeds: Listeners called in."},
		{"a speaker's name as a label", "Anna said nothing more Priya: I want to go on Monday."},
		{"a name before a verb after a word that is no date", "The club signed striker Tom Brown who scored twice."},
		{"a year in a name", "The 1980 Phillies team were a bunch of champions."},
		{"a weekday in a name", "A source told the Sunday Courier: Nobody knew."},
		{"a determiner after a function word", "He said that The Grange would close and the staff would move."},
		{"a clause's preposition after a capitalised word", "They watched Made In Heaven last night."},
		{"a determiner after a comma", "After the vote, The party met again."},
		{"a pronoun after a reporting verb", "Officials said He had left, which was wrong."},
	} {
		t.Run(tt.reason, func(t *testing.T) {
			checkLossless(t, tt.src)
			got := sentenceTexts(tt.src)
			if len(got) != 1 {
				t.Errorf("Segment(%q) = %q, want one sentence", tt.src, got)
			}
		})
	}
}

// TestGluedRunLinear: a megabyte of glued captions on one line is cut at
// every caption, each piece stays under the sentence bound and every byte
// is kept; the test binary's timeout catches a quadratic cut.
func TestGluedRunLinear(t *testing.T) {
	caption := "After the match fans waited at the ground in 2001 Smith was captain Injured: A fan was hurt "
	src := strings.Repeat(caption, (1<<20)/len(caption)+1)
	checkLossless(t, src)
	ss := claims.Segment(src)
	if want := 3 * strings.Count(src, caption); len(ss) != want {
		t.Errorf("%d sentences, want %d: one for each of the three captions of each run", len(ss), want)
	}
}
