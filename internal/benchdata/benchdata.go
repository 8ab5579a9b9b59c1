// Package benchdata reads the development cases of ../shared/bench for
// the benchmarks of several packages: a source and a derived text per
// line of each *.dev.jsonl file. The data is never part of this
// repository; a benchmark that finds none falls back to the bundled
// articles.
package benchdata

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// A Pair is one case: a source and the text derived from it.
type Pair struct {
	Source  string `json:"source"`
	Derived string `json:"derived"`
}

// Read returns the cases of dir/*.dev.jsonl in file then line order, and
// none (with no error) when dir holds no such file.
func Read(dir string) ([]Pair, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.dev.jsonl"))
	if err != nil {
		return nil, err
	}
	var pairs []Pair
	for _, f := range files {
		if pairs, err = readFile(f, pairs); err != nil {
			return nil, err
		}
	}
	return pairs, nil
}

// readFile appends the cases of one file to pairs.
func readFile(name string, pairs []Pair) ([]Pair, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 64<<20)
	for line := 1; sc.Scan(); line++ {
		var p Pair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		pairs = append(pairs, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return pairs, nil
}
