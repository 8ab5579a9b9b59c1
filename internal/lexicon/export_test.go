package lexicon

// MaxRelated is maxRelated, for the tests of package lexicon_test.
const MaxRelated = maxRelated
