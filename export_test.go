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

// LeanSources makes NewSource hold every source longer than bytes lean
// (parsed again window statements at a time, under a cache of cache bytes
// of statements; 0 for the defaults), until restore is called: for the
// tests that hold lean sources' reports to those of the whole source.
func LeanSources(bytes, window, cache int) (restore func()) {
	b, w, c := leanBytes, leanWindow, leanCache
	leanBytes, leanWindow, leanCache = bytes, window, cache
	return func() { leanBytes, leanWindow, leanCache = b, w, c }
}

// IsLean reports whether a source is held lean.
func IsLean(s *Source) bool { return s.outline != nil }
