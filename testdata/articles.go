// Package testdata embeds the bundled articles, so that the example
// programs run from any directory. Only examples import it: the library
// itself carries no articles.
package testdata

import "embed"

// Articles holds articles/*.txt: 000 reports a New York Times story, 001
// rewrites 000, 002 is a later New York Times story in translation, 003 is
// a tabloid rewrite of 002.
//
//go:embed articles/*.txt
var Articles embed.FS
