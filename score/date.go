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
			out.findings = append(out.findings, valueFinding(DA1, Date, claim, &Span{rival.Text, rival.Start(), rival.End()}))
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
	if a.Month != 0 && b.Month != 0 && a.Month != b.Month {
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

// sharesField reports whether two dates both state a year, a month, a day
// or a weekday.
func sharesField(a, b *claims.Date) bool {
	return a.Year != 0 && b.Year != 0 || a.Month != 0 && b.Month != 0 ||
		a.Day != 0 && b.Day != 0 || a.Weekday != 0 && b.Weekday != 0
}
