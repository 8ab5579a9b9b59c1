package claims

// Spelling is a token's spelling, for tests that compare tokens with
// cmp.AllowUnexported.
type Spelling = spelling
