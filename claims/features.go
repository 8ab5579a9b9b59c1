package claims

import "github.com/newsdesk/claimcheck/internal/lex"

// extract fills the claim's numbers, dates and names from its tokens; its
// cues are found with the tokens (see Tokenize).
func (d *Document) extract(c *Statement, common map[string]bool) {
	c.Numbers, c.Dates = d.values(c.Tokens, c.Numbers[:0], c.Dates[:0])
	c.Entities = d.entities(c, common)
}

// valueWords are the classes of the words a number or a date may start
// with; any number token may start one too.
const valueWords = lex.CardinalWord | lex.OrdinalWord | lex.MonthName | lex.WeekdayName | lex.DatePart

// values reads the numbers and dates of a claim, left to right: at each
// token that may start one, a date first ("2019", "May 5", "early 2022"),
// then a number.
func (d *Document) values(toks []Token, nums []Number, dates []Date) ([]Number, []Date) {
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == PunctToken || t.Kind == WordToken && t.class&valueWords == 0 {
			continue
		}
		if dt, j, ok := d.date(toks, i); ok {
			dates = append(dates, dt)
			i = j - 1
			continue
		}
		if n, j, ok := d.number(toks, i); ok {
			nums = append(nums, n)
			i = j - 1
		}
	}
	return nums, dates
}

func adjacent(toks []Token, i, j int) bool { return toks[i].End == toks[j].Start }
