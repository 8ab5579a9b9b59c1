package claimchecktest

import "testing"

func TestDiffLines(t *testing.T) {
	tests := []struct {
		reason string
		a, b   string
		want   string
	}{
		{"one line changed, context around it",
			"1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n",
			"  ...\n  3\n  4\n- 5\n+ five\n  6\n  7\n  ..."},
		{"a line added at the end", "a\nb\n", "a\nb\nc\n", "  a\n  b\n+ c"},
		{"a line removed at the start", "x\na\nb\n", "a\nb\n", "- x\n  a\n  b"},
		{"two changes far apart", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "one\n2\n3\n4\n5\n6\n7\n8\nnine\n",
			"- 1\n+ one\n  2\n  3\n  ...\n  7\n  8\n- 9\n+ nine"},
	}
	for _, tt := range tests {
		if got := diffLines(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: diffLines =\n%s\nwant\n%s", tt.reason, got, tt.want)
		}
	}
}
