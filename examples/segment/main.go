// Command segment reads text on standard input and prints its sentences,
// one per line, as claimcheck's claims package finds them.
//
// Usage:
//
//	go run ./examples/segment [-json] [-excluded] < article.txt
//
// With -json it prints [{"text","start","end"}] with byte offsets into the
// input; with -excluded it also lists what cleaning left out.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsdesk/claimcheck/claims"
)

func main() {
	asJSON := flag.Bool("json", false, `print [{"text","start","end"}] with byte offsets`)
	showExcluded := flag.Bool("excluded", false, "also print what cleaning left out")
	flag.Parse()
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "segment: reading standard input:", err)
		os.Exit(2)
	}
	if err := run(os.Stdout, string(src), *asJSON, *showExcluded); err != nil {
		fmt.Fprintln(os.Stderr, "segment:", err)
		os.Exit(1)
	}
}

type span struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"excluded,omitempty"`
}

func run(w io.Writer, src string, asJSON, showExcluded bool) error {
	out := []span{}
	sentences, excluded := claims.Split(src) // one pass for both
	for _, s := range sentences {
		out = append(out, span{Text: s.Text, Start: s.Start, End: s.End})
	}
	if showExcluded {
		for _, e := range excluded {
			out = append(out, span{Text: e.Text, Start: e.Start, End: e.End, Reason: e.Reason})
		}
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	bw := bufio.NewWriter(w)
	for _, s := range out {
		text := strings.Join(strings.Fields(s.Text), " ")
		if s.Reason != "" {
			fmt.Fprintf(bw, "[excluded %s] %s\n", s.Reason, text)
		} else {
			fmt.Fprintln(bw, text)
		}
	}
	return bw.Flush()
}
