package score

import "github.com/newsdesk/claimcheck/claims"

// dates compares each date of the claim with the dates of the aligned
// sentences, then with the whole source. A date another aligned date
// rivals is still the source's when a sentence about the same thing
// states it (see statesDate).
//
//	DA1: a date the aligned sentences state otherwise.
//	DA2: a date the source does not state.
func dates(v *view, _ *account) outcome {
	var out outcome
	for k := range v.c.Dates() {
		d := &v.c.Dates()[k]
		// A sentence that shares nothing with the claim but the day does not
		// bear on it: "St Louis was hit Thursday" draws in a sentence about
		// other storms on Thursday, while the one it copies says Tuesday.
		// (Numbers are rarer: "£111m" alone finds the sentence it is from.)
		ignore := func(si int) bool { return !v.sharesBeyond(si, d.Start(), d.End()) }
		anywhere := func() bool { return v.s.statesDate(d, nil) }
		agreed, rival := compare(v, d, ignore, anywhere, func(c *claims.Statement) []claims.Date { return c.Dates() }, datesAgree, sharesField)
		if agreed || rival != nil && v.statesDate(d) {
			continue
		}
		claim := Span{d.Text, d.Start(), d.End()}
		if rival != nil {
			s, r := v.likestDate(d, ignore)
			source := Span{r.Text, r.Start(), r.End()}
			if last, ok := differingEnd(d, r); ok {
				// "1951 to 2010" against "between 1971 and 2010": the
				// ends that differ.
				claim, source = rangeEnd(v.c, d, last), rangeEnd(s, r, last)
			}
			out.findings = append(out.findings, valueFinding(DA1, Date, claim, &source))
		} else {
			out.findings = append(out.findings, valueFinding(DA2, Date, claim, nil))
		}
	}
	return out
}

// statesDate reports whether a source sentence that shares a content word
// with the claim beyond the date states a date that agrees with it: the
// claim's date is the source's, though the sentence its words are aligned
// to gives another ("invites him in January" where one sentence says
// January and the aligned one February). A number is another matter (see
// compare): two dates in one sentence rarely stand in each other's place.
func (v *view) statesDate(d *claims.Date) bool {
	return v.s.statesDate(d, func(si int) bool { return v.sharesBeyond(si, d.Start(), d.End()) })
}

// datesAgree reports whether two dates can be the same: every field both
// state is equal (a year falls within a range or decade), and they state at
// least one field in common.
func datesAgree(a, b *claims.Date) bool {
	if !sharesField(a, b) {
		return false
	}
	if a.Year != 0 && b.Year != 0 && !yearsOverlap(a, b) {
		return false
	}
	if a.Month != 0 && b.Month != 0 && !monthsOverlap(a, b) {
		return false
	}
	if a.Day != 0 && b.Day != 0 && a.Day != b.Day {
		return false
	}
	if a.Weekday != 0 && b.Weekday != 0 && a.Weekday != b.Weekday {
		return false
	}
	return true
}

// yearSpan returns the first and last year a date can fall in.
func yearSpan(d *claims.Date) (int, int) {
	switch {
	case d.EndYear != 0:
		return d.Year, d.EndYear
	case d.Decade:
		return d.Year, d.Year + 9
	}
	return d.Year, d.Year
}

// yearsOverlap reports whether two dates' years can be the same: two ranges
// must be equal, otherwise the spans must overlap.
func yearsOverlap(a, b *claims.Date) bool {
	a0, a1 := yearSpan(a)
	b0, b1 := yearSpan(b)
	if a.EndYear != 0 && b.EndYear != 0 {
		return a0 == b0 && a1 == b1
	}
	return a0 <= b1 && b0 <= a1
}

// monthsOverlap reports whether two dates' months can be the same, as
// yearsOverlap does for years: two ranges of months must be equal, a month
// falls within a range ("July" within "June to September", "December"
// within "November to February").
func monthsOverlap(a, b *claims.Date) bool {
	if a.EndMonth != 0 && b.EndMonth != 0 {
		return a.Month == b.Month && a.EndMonth == b.EndMonth
	}
	return monthMask(a)&monthMask(b) != 0
}

// monthMask returns the months a date can fall in, bit m for month m: one,
// or those of a range from Month to EndMonth, past December into January
// when it runs into the next year.
func monthMask(d *claims.Date) uint16 {
	m, end := d.Month, int(d.EndMonth)
	if end == 0 {
		end = m
	}
	var mask uint16
	for k := 0; k < 12; k++ {
		mask |= 1 << m
		if m == end {
			break
		}
		m = m%12 + 1
	}
	return mask
}

// sharesField reports whether two dates both state a year, a month, a day
// or a weekday.
func sharesField(a, b *claims.Date) bool {
	return a.Year != 0 && b.Year != 0 || a.Month != 0 && b.Month != 0 ||
		a.Day != 0 && b.Day != 0 || a.Weekday != 0 && b.Weekday != 0
}

// likestDate returns the date of the aligned sentences (but those ignore
// leaves out) that the claim's date d is most like, of those that share a
// field with it (see compare, whose rival it refines), and its sentence:
// the one stating more of the same fields, a range for a range, and a
// range with one end in common before others; of equals, the first. "From
// 1951 to 2010" is told against "between 1971 and 2010", not against the
// "published in 2013" before it.
func (v *view) likestDate(d *claims.Date, ignore func(si int) bool) (*claims.Statement, *claims.Date) {
	var bs *claims.Statement
	var best *claims.Date
	rank := -1
	for _, si := range v.m.Sentences {
		if ignore(si) {
			continue
		}
		s := v.sent(si)
		for k := range s.Dates() {
			if r := &s.Dates()[k]; sharesField(d, r) {
				if n := likeness(d, r); n > rank {
					bs, best, rank = s, r, n
				}
			}
		}
	}
	return bs, best
}

// likeness scores how alike the form of date b is to the claim's a: a
// point for each field both state, one for a range where a is a range, two
// for a range of the same kind with one end in common.
func likeness(a, b *claims.Date) int {
	n := 0
	for _, both := range [...]bool{a.Year != 0 && b.Year != 0, a.Month != 0 && b.Month != 0, a.Day != 0 && b.Day != 0, a.Weekday != 0 && b.Weekday != 0} {
		if both {
			n++
		}
	}
	if ranged := a.EndYear != 0 || a.EndMonth != 0; ranged && (b.EndYear != 0 || b.EndMonth != 0) {
		n++
	}
	if _, ok := differingEnd(a, b); ok {
		n += 2
	}
	return n
}

// differingEnd reports whether two ranges of the same kind differ in one
// end only, and whether that is the last.
func differingEnd(a, b *claims.Date) (last, ok bool) {
	switch {
	case a.EndYear != 0 && b.EndYear != 0:
		return a.Year == b.Year, (a.Year == b.Year) != (a.EndYear == b.EndYear)
	case a.EndMonth != 0 && b.EndMonth != 0 && a.Year == b.Year:
		return a.Month == b.Month, (a.Month == b.Month) != (a.EndMonth == b.EndMonth)
	}
	return false, false
}

// rangeEnd returns the span of the first or the last end of the range d of
// c: the tokens before or after the word that joins them ("1951" or "2010"
// of "1951 to 2010"), or the whole date when none is found.
func rangeEnd(c *claims.Statement, d *claims.Date, last bool) Span {
	a, b := tokenRange(c, d.Start(), d.End())
	for k := a + 1; k < b-1; k++ {
		switch c.Tokens[k].Lower() {
		case "-", "–", "to", "through", "until", "till", "and":
			from, to := a, k-1
			if last {
				from, to = k+1, b-1
			}
			start, end := c.Tokens[from].Start(), c.Tokens[to].End()
			return Span{c.Text()[start-c.Start() : end-c.Start()], start, end}
		}
	}
	return Span{d.Text, d.Start(), d.End()}
}
