//go:build ignore

// flatten writes lexicon.bin, the flat form that package lexicon embeds,
// from lexicon.txt.gz, the text form that gen.go writes:
//
//	go generate ./internal/lexicon
//
// The format is described in package lexbuild.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsdesk/claimcheck/internal/lexicon/lexbuild"
)

func main() {
	in := flag.String("i", "lexicon.txt.gz", "the text form, gzipped")
	out := flag.String("o", "lexicon.bin", "output file")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "flatten:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	gz, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return err
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return err
	}
	t, err := lexbuild.Parse(string(text))
	if err != nil {
		return err
	}
	flat := lexbuild.Encode(t)
	fmt.Printf("%s: %d bytes, %d stems\n", out, len(flat), len(t.Stems()))
	return os.WriteFile(out, flat, 0o644)
}
