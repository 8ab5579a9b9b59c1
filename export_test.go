package claimcheck

// BuildIndexes builds every index of a source's own settings now, as
// Archive.Add does: for the benchmarks of the external test package.
func BuildIndexes(s *Source) { s.own.Build() }

// WindowedStreams makes Stream parse every derived text a window of n
// claims at a time (an outline, as it parses a long one), until restore
// is called: for the tests that hold the windows to the whole text.
func WindowedStreams(n int) (restore func()) {
	from, claims := windowFrom, windowClaims
	windowFrom, windowClaims = 0, n
	return func() { windowFrom, windowClaims = from, claims }
}
