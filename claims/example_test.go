package claims_test

import (
	"fmt"

	"github.com/newsdesk/claimcheck/claims"
)

// Segment keeps titles, initials and abbreviations inside their sentence,
// splits sentences glued without a space, and gives byte offsets.
func ExampleSegment() {
	src := "Mr. Ortiz met Dmitri N. Orlov in St. Petersburg.It was cold. “Why?” she asked."
	for _, s := range claims.Segment(src) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// 0-48 Mr. Ortiz met Dmitri N. Orlov in St. Petersburg.
	// 48-60 It was cold.
	// 61-82 “Why?” she asked.
}

// Clean reports what is left out of the claims and why.
func ExampleClean() {
	src := "Quote: The river rose.\nContinues after advertising\nPhoto: Jane Roe/Getty Images"
	for _, e := range claims.Clean(src) {
		fmt.Printf("%s: %q\n", e.Reason, e.Text)
	}
	// Output:
	// label: "Quote:"
	// advertising: "Continues after advertising"
	// credit: "Photo: Jane Roe/Getty Images"
}

// Parse extracts the features that a consistency check compares.
func ExampleParse() {
	d := claims.Parse("Ortiz, 54, told reporters on March 3, 2024, that she would not resign.")
	c := d.Statements[0]
	for _, n := range c.Numbers() {
		fmt.Printf("number %q = %g %s\n", n.Text, n.Value, n.Unit)
	}
	for _, dt := range c.Dates() {
		fmt.Printf("date %q = %d-%02d-%02d\n", dt.Text, dt.Year, dt.Month, dt.Day)
	}
	for _, e := range c.Entities() {
		fmt.Printf("entity %q\n", e.Text())
	}
	for _, cue := range c.Cues() {
		fmt.Printf("%s %q %s\n", cue.Kind, cue.Text(), cue.Source())
	}
	// Output:
	// number "54" = 54 age
	// date "March 3, 2024" = 2024-03-03
	// entity "Ortiz"
	// attribution "told" Ortiz
	// negation "not"
}

// Statement.RelativeDates gives the dates a text counts from the day it
// was written, each with its scale and offset; a weekday stays a calendar
// Date, and "today" in a name is no date.
func ExampleStatement_RelativeDates() {
	d := claims.Parse("Ortiz told the Today programme last night that she would resign on Monday, not next week.")
	c := d.Statements[0]
	for _, r := range c.RelativeDates() {
		fmt.Printf("relative %q: %s %+d %s\n", r.Text, r.Scale, r.Offset, r.Part)
	}
	for _, dt := range c.Dates() {
		fmt.Printf("date %q\n", dt.Text)
	}
	// Output:
	// relative "last night": day -1 evening
	// relative "next week": week +1 none
	// date "Monday"
}

// A fraction in words is a share of the noun after it, and a rate keeps
// its period in Number.Per.
func ExampleNumber_Per() {
	d := claims.Parse("Two-thirds of the fans and half of the players think his £100,000-a-week deal is too much.")
	for _, n := range d.Statements[0].Numbers() {
		fmt.Printf("%q = %.3g %s", n.Text, n.Value, n.Unit)
		if n.Per != claims.NoPeriod {
			fmt.Printf(" per %s", n.Per)
		}
		fmt.Println()
	}
	// Output:
	// "Two-thirds" = 0.667 fan
	// "half" = 0.5 player
	// "100,000-a-week" = 1e+05 GBP per week
}

// Quotes finds straight and curly quotations, nested ones included.
func ExampleQuotes() {
	for _, q := range claims.Quotes(`He said: "They told me ‘never again’ twice."`) {
		fmt.Printf("%d %q\n", q.Depth(), q.Text)
	}
	// Output:
	// 0 "They told me ‘never again’ twice."
	// 1 "never again"
}

// Tokenize gives words with normalised stems: British and American spellings
// and irregular verb forms meet. (A verb of saying, "told", would be left
// out: it attributes the claim, it is not its content.)
func ExampleTokenize() {
	src := "She criticised it and bought tea; he criticized it and buys tea."
	for _, t := range claims.Tokenize(nil, src, 0, len(src)) {
		if t.Content() {
			fmt.Print(t.Stem(), " ")
		}
	}
	fmt.Println()
	// Output:
	// critic buy tea critic buy tea
}

// NameKey lets transliteration variants of one name meet.
func ExampleNameKey() {
	fmt.Println(claims.NameKey("Dmitry") == claims.NameKey("Dmitri"), claims.NameKey("Sergei") == claims.NameKey("Sergey"))
	// Output: true true
}

// Matches compares names: a surname matches the full name.
func ExampleEntity_Matches() {
	a := claims.Parse("Orlov left.").Statements[0].Entities()[0]
	b := claims.Parse("Adviser Dmitry N. Orlov stayed.").Statements[0].Entities()[0]
	fmt.Println(a.Matches(&b))
	// Output: true
}

// An Outline reads a long text's statements a window at a time, each as
// Parse reads it: here in windows of two, so that the second window
// reads a quotation that opens in the first, and "Rose" opens a sentence
// as a name because another window writes it capitalised inside one,
// while "Nobody", an ordinary word, does not.
func ExampleMakeOutline() {
	o := claims.MakeOutline("“We are done. The port stays shut,” he said. Rose argued. Nobody argued. Officials met Ms Rose.")
	for lo := 0; lo < o.Len(); lo += 2 {
		for _, st := range o.Statements(lo, min(o.Len(), lo+2)) {
			fmt.Printf("%d-%d %s", st.Start(), st.End(), st.Text())
			for _, q := range st.Quotes() {
				fmt.Printf(" | quote %q", q.Text)
			}
			for _, e := range st.Entities() {
				fmt.Printf(" | name %q", e.Text())
			}
			fmt.Println()
		}
	}
	// Output:
	// 0-15 “We are done. | quote "We are done."
	// 16-48 The port stays shut,” he said. | quote "The port stays shut,"
	// 49-61 Rose argued. | name "Rose"
	// 62-76 Nobody argued.
	// 77-99 Officials met Ms Rose. | name "Rose"
}
