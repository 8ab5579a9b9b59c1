package score

import "github.com/newsdesk/claimcheck/claims"

// dates compares each date of the claim with the dates of the aligned
// sentences, then with the whole source. A date another aligned date
// rivals is still the source's when a sentence about the same thing
// states it (see statesDate).
//
//	DA1: a date the aligned sentences state otherwise, or a relative date
//	     ("tomorrow") where they state one of its scale otherwise ("today").
//	DA2: a date the source does not state (never a relative date: a
//	     rewrite written later says "on Monday" for "today").
func dates(v *view, _ *account) outcome {
	var out outcome
	relativeDates(v, &out)
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

// relativeDates adds to out a DA1 finding for each relative date of the
// claim that the aligned sentences contradict (see relativeRival). A
// relative date is never compared with a calendar date or a weekday, and
// one the source does not state is no finding: which day "today" is
// depends on when each text was written.
func relativeDates(v *view, out *outcome) {
	for k := range v.c.RelativeDates() {
		r := &v.c.RelativeDates()[k]
		if rival := v.relativeRival(r); rival != nil {
			claim, source := Span{r.Text, r.Start(), r.End()}, Span{rival.Text, rival.Start(), rival.End()}
			out.findings = append(out.findings, valueFinding(DA1, Date, claim, &source))
		}
	}
}

// relativeRival returns the relative date of the source that contradicts
// the claim's r, or nil:
//   - when an aligned sentence states one that agrees with r (see
//     relativeAgree), none;
//   - else the one of the aligned sentences that r can be compared with (see
//     relativeComparable), in a sentence sharing a content word with the
//     claim beyond r, and that the claim does not state itself: "He will
//     speak at the debate tomorrow" against "He will speak at the debate
//     today". When they give several at different times, none is in r's
//     place for sure, and none is its rival. Of one time stated twice, the
//     one of r's own scale;
//   - else, when the aligned sentences give none that r can be compared
//     with, the one that sets the time of the sentence the claim copies
//     (see setTime).
func (v *view) relativeRival(r *claims.RelativeDate) *claims.RelativeDate {
	var rival *claims.RelativeDate
	seen, several := false, false
	var room [4]*claims.RelativeDate
	for _, si := range v.m.Sentences {
		os, agrees := v.comparableIn(r, si, room[:0])
		if agrees {
			return nil
		}
		seen = seen || len(os) > 0
		shares := 0 // whether si shares a content word with the claim beyond r: unknown (0), yes (1), no (-1)
		for _, o := range os {
			if shares == 0 { // asked once of a sentence, not once for each of its dates
				shares = -1
				if v.sharesBeyond(si, r.Start(), r.End()) {
					shares = 1
				}
			}
			if shares < 0 || v.claimStatesRelative(o) {
				continue
			}
			switch {
			case rival == nil:
				rival = o
			case !relativeAgree(rival, o): // both can be compared with r, so with each other
				several = true
			case rival.Scale != r.Scale && o.Scale == r.Scale:
				rival = o
			}
		}
	}
	switch {
	case several:
		return nil
	case !seen:
		return v.setTime(r)
	}
	return rival
}

// setTimeReach is how many sentences before the one a claim copies may set
// its time (see setTime). Measured on ../shared/train and ../shared/bench
// (`go run ./examples/evaluate -findings -`, the DA1 rows, or the DA1
// findings on relative dates of `examples/check -jsonl`): one sentence
// finds 1 more inconsistent case than none, two 4 more, neither any
// consistent one; two without setTime's guard for a date on the other side
// of now finds 5 consistent ones too (summaries of one dialogue).
const setTimeReach = 2

// setTime returns the relative date that sets the time of the sentence the
// claim copies (the aligned sentence holding most of its words) when that
// sentence gives none r can be compared with, and that contradicts r: the
// first r can be compared with in the nearest of the setTimeReach sentences
// before it that has one, unless that sentence also has one agreeing with
// r. A story says when at its start: "Nigel Farage will say today that
// ... Mr Farage will make his comments in a debate at the European
// Parliament" is said today, not "tomorrow". A date on the other side of
// the day of writing is another event's, not the time of r's ("I saw them
// at the mall yesterday" does not date "we will go shopping tomorrow").
func (v *view) setTime(r *claims.RelativeDate) *claims.RelativeDate {
	copied, held := -1, 0
	for _, si := range v.m.Sentences {
		if n := v.heldBy(si); n > held {
			copied, held = si, n
		}
	}
	var room [4]*claims.RelativeDate
	for si := copied - 1; copied > 0 && si >= 0 && si >= copied-setTimeReach; si-- {
		os, agrees := v.comparableIn(r, si, room[:0])
		if agrees {
			return nil
		}
		for _, o := range os {
			if !v.claimStatesRelative(o) && int(o.Offset)*int(r.Offset) >= 0 {
				return o
			}
		}
		if len(os) > 0 {
			return nil
		}
	}
	return nil
}

// comparableIn appends to buf the relative dates of source sentence si
// that r can be compared with (see relativeComparable), and reports
// whether one of them agrees with r (see relativeAgree).
func (v *view) comparableIn(r *claims.RelativeDate, si int, buf []*claims.RelativeDate) ([]*claims.RelativeDate, bool) {
	rs := v.sent(si).RelativeDates()
	agrees := false
	for k := range rs {
		if o := &rs[k]; relativeComparable(r, o) {
			buf = append(buf, o)
			agrees = agrees || relativeAgree(r, o)
		}
	}
	return buf, agrees
}

// claimStatesRelative reports whether a relative date of the claim agrees
// with the source's o: the claim's "this year compared to last year" has
// the source's "last year" of its own.
func (v *view) claimStatesRelative(o *claims.RelativeDate) bool {
	rs := v.c.RelativeDates()
	for k := range rs {
		if relativeComparable(&rs[k], o) && relativeAgree(&rs[k], o) {
			return true
		}
	}
	return false
}

// relativeComparable reports whether two relative dates count in scales
// that can be compared: the same, or two of those that nest (a day, a week,
// a month, a year).
func relativeComparable(a, b *claims.RelativeDate) bool {
	return a.Scale == b.Scale || a.Scale.Nested() && b.Scale.Nested()
}

// relativeAgree reports whether two comparable relative dates can name the
// same time. Of the same scale, their offsets must be equal, and their parts
// of the day too when both state one ("this morning" is not "tonight", but
// "today" may be either). Of two scales that nest, the finer falls within
// the coarser only when that is the writer's own ("yesterday" may be "this
// week"), since "last month" is within "last year" only in January, and
// "yesterday" within "last week" only on a Monday.
func relativeAgree(a, b *claims.RelativeDate) bool {
	if a.Scale == b.Scale {
		return a.Offset == b.Offset && (a.Part == claims.NoPart || b.Part == claims.NoPart || a.Part == b.Part)
	}
	coarse := a
	if b.Scale > a.Scale {
		coarse = b
	}
	return coarse.Offset == 0
}
