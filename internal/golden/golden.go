// Package golden reads and writes the txtar files of claimcheck's golden
// tests: a comment, then sections that each start with a line "-- name --".
// It is small enough that golang.org/x/tools need not enter go.mod.
package golden

import (
	"bytes"
	"os"
	"strings"
)

// A Section is one named part of an archive.
type Section struct {
	Name string
	Data string
}

// Parse splits a txtar archive into its sections; text before the first
// section marker is returned as the comment.
func Parse(data string) (comment string, sections []Section) {
	lines := strings.SplitAfter(data, "\n")
	var cur *Section
	var b strings.Builder
	flush := func() {
		if cur == nil {
			comment = b.String()
		} else {
			cur.Data = b.String()
			sections = append(sections, *cur)
		}
		b.Reset()
	}
	for _, line := range lines {
		trimmed := strings.TrimRight(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			flush()
			cur = &Section{Name: trimmed[3 : len(trimmed)-3]}
			continue
		}
		b.WriteString(line)
	}
	flush()
	return comment, sections
}

// Format writes an archive; each section's data is ended with a newline.
func Format(comment string, sections []Section) []byte {
	var b bytes.Buffer
	b.WriteString(comment)
	for _, s := range sections {
		b.WriteString("-- " + s.Name + " --\n")
		b.WriteString(s.Data)
		if s.Data != "" && !strings.HasSuffix(s.Data, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// Get returns the data of the named section and whether it exists.
func Get(sections []Section, name string) (string, bool) {
	for _, s := range sections {
		if s.Name == name {
			return s.Data, true
		}
	}
	return "", false
}

// ReadFile parses the archive at path.
func ReadFile(path string) (string, []Section, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", nil, err
	}
	c, s := Parse(string(b))
	return c, s, nil
}
