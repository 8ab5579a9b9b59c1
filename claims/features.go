package claims

// extract fills the claim's features from its tokens.
func (d *Document) extract(c *Statement, common map[string]bool) {
	c.Numbers, c.Dates = d.numbersAndDates(c, c.Numbers[:0], c.Dates[:0])
	c.Entities = d.entities(c, common)
	c.Cues = d.cues(c)
}

func adjacent(toks []Token, i, j int) bool { return toks[i].End == toks[j].Start }
