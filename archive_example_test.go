package claimcheck_test

import (
	"fmt"

	"github.com/newsdesk/claimcheck"
)

// An Archive checks a claim against the articles that bear on it, among
// all those added, and its evidence names the article.
func ExampleArchive() {
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	archive, err := c.NewArchive(claimcheck.ArchiveOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range []struct {
		id   claimcheck.ArticleID
		text string
	}{
		{"2026-03-02-council", "The Dunmore council approved a 12 million dollar flood defence on Monday. Work starts in May."},
		{"2026-03-05-schools", "Four schools in Belcaster will close by June, the school board said."},
		{"2026-03-09-bridge", "The Tallow Bridge reopened on Friday after 40 days of repairs."},
	} {
		if err := archive.Add(a.id, a.text); err != nil {
			fmt.Println(err)
			return
		}
	}
	r, err := archive.Check("The Tallow Bridge reopened after 14 days of repairs.")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, claim := range r.Claims {
		fmt.Println(claim.Label, claim.Kinds)
		for _, e := range claim.Evidence {
			fmt.Printf("%s [%d:%d] %s\n", e.Source, e.Start, e.End, e.Text)
		}
	}
	// Output:
	// contradicted [number]
	// 2026-03-09-bridge [0:62] The Tallow Bridge reopened on Friday after 40 days of repairs.
}
