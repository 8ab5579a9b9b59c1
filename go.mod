module github.com/newsdesk/claimcheck

go 1.24

require (
	github.com/agnivade/levenshtein v1.2.2
	github.com/google/go-cmp v0.7.0
	github.com/kljensen/snowball v0.10.0
)
