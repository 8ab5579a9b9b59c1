package porter2

import ()

// Applies transformations necessary after
// a word has been completely processed.
func postprocess(word *SnowballWord) {

	uncapitalizeYs(word)
}
