package claimcheck

// BuildIndexes builds every index of a source's own settings now, as
// Archive.Add does: for the benchmarks of the external test package.
func BuildIndexes(s *Source) { s.own.Build() }
