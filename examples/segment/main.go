// Command segment reads a text file (standard input when none is named, or
// "-") and prints its sentences, one per line, as claimcheck's claims package
// finds them.
//
// Usage:
//
//	go run ./examples/segment [-json] [-excluded] [-max-input 64MiB] [FILE]
//
// With -json it prints [{"text","start","end"}] with byte offsets into the
// input ("caption": true on a photo's caption); with -excluded it also lists
// what cleaning left out. In text, a caption is marked "[caption]". An input larger
// than -max-input (64 MiB by default) is refused before it is read whole. An
// error is one line on standard error naming the input, and exit status 2.
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
	"github.com/newsdesk/claimcheck/internal/cli"
)

func main() {
	asJSON := flag.Bool("json", false, `print [{"text","start","end"}] with byte offsets`)
	showExcluded := flag.Bool("excluded", false, "also print what cleaning left out")
	maxInput := cli.Size(cli.DefaultMaxBytes)
	flag.Var(&maxInput, "max-input", "refuse an input larger than this (64MiB, 1GiB, ...)")
	flag.Parse()
	src, err := readInput(&cli.Inputs{Stdin: os.Stdin, MaxBytes: int64(maxInput)}, flag.Args())
	if err != nil {
		cli.Exit("segment", err)
	}
	if err := run(os.Stdout, string(src), *asJSON, *showExcluded); err != nil {
		cli.Exit("segment", err)
	}
}

// readInput reads the one file named, or standard input when none is.
func readInput(in *cli.Inputs, args []string) ([]byte, error) {
	switch len(args) {
	case 0:
		return in.Read("-")
	case 1:
		return in.Read(args[0])
	}
	return nil, fmt.Errorf("want at most one FILE, got %d arguments", len(args))
}

type span struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Reason  string `json:"excluded,omitempty"`
	Caption bool   `json:"caption,omitempty"`
}

func run(w io.Writer, src string, asJSON, showExcluded bool) error {
	out := []span{}
	sentences, excluded := claims.Split(src) // one pass for both
	for _, s := range sentences {
		out = append(out, span{Text: s.Text, Start: s.Start, End: s.End, Caption: s.Caption})
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
		} else if s.Caption {
			fmt.Fprintf(bw, "[caption] %s\n", text)
		} else {
			fmt.Fprintln(bw, text)
		}
	}
	return bw.Flush()
}
