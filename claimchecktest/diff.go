package claimchecktest

import (
	"fmt"
	"strings"
)

// diffLines returns a line diff of a and b in go-cmp's style: "- " for a
// line only a has, "+ " for one only b has, "  " for two lines of context
// around each change, and "  ..." for what is left out.
func diffLines(a, b string) string {
	x := strings.Split(strings.TrimSuffix(a, "\n"), "\n")
	y := strings.Split(strings.TrimSuffix(b, "\n"), "\n")
	type op struct {
		kind byte // ' ', '-' or '+'
		line string
	}
	var ops []op
	// Common prefix and suffix first: reports that differ in a few claims
	// leave a small middle, which the quadratic LCS below can afford.
	p := 0
	for p < len(x) && p < len(y) && x[p] == y[p] {
		ops = append(ops, op{' ', x[p]})
		p++
	}
	s := 0
	for s < len(x)-p && s < len(y)-p && x[len(x)-1-s] == y[len(y)-1-s] {
		s++
	}
	mx, my := x[p:len(x)-s], y[p:len(y)-s]
	if len(mx)*len(my) > 4<<20 {
		for _, l := range mx {
			ops = append(ops, op{'-', l})
		}
		for _, l := range my {
			ops = append(ops, op{'+', l})
		}
	} else {
		// lcs[i][j] is the length of the longest common subsequence of mx[i:] and my[j:].
		lcs := make([][]int, len(mx)+1)
		for i := range lcs {
			lcs[i] = make([]int, len(my)+1)
		}
		for i := len(mx) - 1; i >= 0; i-- {
			for j := len(my) - 1; j >= 0; j-- {
				if mx[i] == my[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(mx) || j < len(my) {
			switch {
			case i < len(mx) && j < len(my) && mx[i] == my[j]:
				ops = append(ops, op{' ', mx[i]})
				i, j = i+1, j+1
			case i < len(mx) && (j == len(my) || lcs[i+1][j] >= lcs[i][j+1]):
				ops = append(ops, op{'-', mx[i]}) // removals before additions, as go-cmp writes them
				i++
			default:
				ops = append(ops, op{'+', my[j]})
				j++
			}
		}
	}
	for _, l := range x[len(x)-s:] {
		ops = append(ops, op{' ', l})
	}
	const context = 2
	near := make([]bool, len(ops))
	for k, o := range ops {
		if o.kind != ' ' {
			for d := max(0, k-context); d <= min(len(ops)-1, k+context); d++ {
				near[d] = true
			}
		}
	}
	var out strings.Builder
	skipped := false
	for k, o := range ops {
		if !near[k] {
			if !skipped {
				out.WriteString("  ...\n")
				skipped = true
			}
			continue
		}
		skipped = false
		fmt.Fprintf(&out, "%c %s\n", o.kind, o.line)
	}
	return strings.TrimSuffix(out.String(), "\n")
}
