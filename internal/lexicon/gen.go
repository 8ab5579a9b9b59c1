//go:build ignore

// gen builds lexicon.txt.gz from the WordNet 3.0 database files (Debian's
// wordnet-base package installs them in /usr/share/wordnet):
//
//	go generate ./internal/lexicon
//
// It writes three sections, each keyed by claimcheck's normalised stems
// (internal/lex.Stem), sorted so the output is reproducible:
//
//	S stem group...   synonym groups: the synsets among the first senses of a word
//	A stem stem       antonym pairs, direct and through similar adjectives
//	V stem stem       two values of one attribute that are not opposites:
//	                  different colours ("green", "yellow"; see values)
//	C stem...         stems of words WordNet writes in lower case: common words
//	O stem id...      the synsets of a common noun's first senses, in
//	                  order, each a base-36 number or "+" for the next new one
//	E name id...      synset n (the n-th E line): its name if it is a kind
//	                  of some sense ("-" if not), and its hypernyms
//	L names id...     place n (the n-th L line): its names, and the places
//	                  it is part of
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newsdesk/claimcheck/internal/lex"
)

// senses is how many of a word's most frequent senses, per part of speech,
// take part in its synonyms: rarer senses make too many false matches.
const senses = 3

type synset struct {
	pos     string
	words   []string // as written: case kept
	antPtrs [][3]string
	similar []string // offsets of similar-to synsets (adjectives)
	hyper   []string // keys of hypernym synsets
	partOf  []string // keys of part holonyms: the places a place lies in
	attrs   []string // keys of the nouns an adjective is a value of ("=")
	derived []string // keys of the nouns derivationally related ("+")
	named   bool     // an instance: a particular place, person or thing
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "folder of the WordNet data.* and index.* files")
	out := flag.String("o", "lexicon.txt.gz", "output file")
	flag.Parse()
	synsets := map[string]*synset{} // "pos offset" -> synset
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		readData(filepath.Join(*dir, "data."+pos), synsets)
	}
	groups := map[string]map[string]bool{} // synset key -> stems
	common := map[string]bool{}
	own := map[string]map[string]int{} // stem -> its first noun senses, by rank
	adjSenses := map[string][]string{} // stem -> the synsets of its first adjective senses
	adjLemmas := map[string][]string{} // stem -> its adjectives, as the index writes them
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		readIndex(filepath.Join(*dir, "index."+pos), pos, synsets, groups, own, adjSenses, adjLemmas)
	}
	for _, s := range synsets {
		for _, w := range s.words {
			if isWord(w) && w == strings.ToLower(w) {
				common[lex.Stem(w)] = true
			}
		}
	}
	// Irregular forms of common words are common too ("media", "children").
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		readExceptions(filepath.Join(*dir, pos+".exc"), common)
	}
	antonyms := map[[2]string]bool{}
	addAnt := func(a, b string) {
		if !isWord(a) || !isWord(b) {
			return
		}
		sa, sb := lex.Stem(strings.ToLower(a)), lex.Stem(strings.ToLower(b))
		if sa == sb {
			return
		}
		if sa > sb {
			sa, sb = sb, sa
		}
		antonyms[[2]string{sa, sb}] = true
	}
	for key, s := range synsets {
		for _, p := range s.antPtrs {
			t := synsets[p[0]+" "+p[1]]
			if t == nil {
				continue
			}
			src, _ := strconv.ParseInt(p[2][:2], 16, 32)
			dst, _ := strconv.ParseInt(p[2][2:], 16, 32)
			if src < 1 || int(src) > len(s.words) || dst < 1 || int(dst) > len(t.words) {
				continue
			}
			a, b := s.words[src-1], t.words[dst-1]
			addAnt(a, b)
			// Indirect antonyms: an adjective similar to a, against b.
			if s.pos == "a" {
				for _, sim := range s.similar {
					if ss := synsets["s "+sim]; ss != nil {
						for _, w := range ss.words {
							addAnt(w, b)
						}
					}
				}
			}
		}
		_ = key
	}
	var lines []string
	// Synonym groups: renumber the synsets that bring two stems together.
	stemGroups := map[string][]int{}
	var keys []string
	for k, g := range groups {
		if len(g) >= 2 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for id, k := range keys {
		for st := range groups[k] {
			stemGroups[st] = append(stemGroups[st], id)
		}
	}
	var stems []string
	for st := range stemGroups {
		stems = append(stems, st)
	}
	sort.Strings(stems)
	for _, st := range stems {
		ids := stemGroups[st]
		sort.Ints(ids)
		parts := []string{"S", st}
		for _, id := range ids {
			parts = append(parts, strconv.Itoa(id))
		}
		lines = append(lines, strings.Join(parts, " "))
	}
	lines = append(lines, kinds(own, synsets)...)
	lines = append(lines, places(synsets)...)
	var ants []string
	for p := range antonyms {
		ants = append(ants, "A "+p[0]+" "+p[1])
	}
	sort.Strings(ants)
	lines = append(lines, ants...)
	lines = append(lines, values(adjSenses, adjLemmas, synsets, antonyms)...)
	var cs []string
	for c := range common {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	for i := 0; i < len(cs); i += 20 {
		lines = append(lines, "C "+strings.Join(cs[i:min(i+20, len(cs))], " "))
	}
	f, err := os.Create(*out)
	check(err)
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	check(err)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# Derived from WordNet 3.0 (c) 2006 Princeton University; see LICENSE-WORDNET. Generated by gen.go.")
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	check(w.Flush())
	check(zw.Close())
	check(f.Close())
	fmt.Printf("%d stems in %d synonym groups, %d antonym pairs, %d common stems\n", len(stems), len(keys), len(ants), len(cs))
}

// numbered returns the numbers of the synsets keys that ids numbers, in
// base 36, ascending; synsets left out of the data are dropped.
func numbered(keys []string, ids map[string]int) []string {
	var ns []int
	for _, k := range keys {
		if n, ok := ids[k]; ok {
			ns = append(ns, n)
		}
	}
	sort.Ints(ns)
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = strconv.FormatInt(int64(n), 36)
	}
	return out
}

// placeNames returns the capitalised names of a synset as the library keys
// them: "U.K." is "uk", "United_Kingdom" is "united_kingdom".
func placeNames(s *synset) []string {
	var out []string
	for _, w := range s.words {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		k := strings.ToLower(strings.ReplaceAll(w, ".", ""))
		if k != "" && !strings.ContainsAny(k, ",") && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// isWord keeps single alphabetic words; WordNet joins phrases with "_".
func isWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func readData(path string, synsets map[string]*synset) {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // licence header
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		off, pos := f[0], f[2]
		n, _ := strconv.ParseInt(f[3], 16, 32)
		s := &synset{pos: pos}
		k := 4
		for i := 0; i < int(n); i++ {
			w := f[k]
			if j := strings.IndexByte(w, '('); j > 0 {
				w = w[:j] // adjective markers: "(a)", "(p)"
			}
			s.words = append(s.words, w)
			k += 2
		}
		pc, _ := strconv.Atoi(f[k])
		k++
		for i := 0; i < pc; i++ {
			sym, toOff, toPos, st := f[k], f[k+1], f[k+2], f[k+3]
			k += 4
			if toPos == "s" {
				toPos = "s"
			}
			switch sym {
			case "!":
				s.antPtrs = append(s.antPtrs, [3]string{toPos, toOff, st})
			case "&":
				s.similar = append(s.similar, toOff)
			case "@": // not "@i": an instance is a name, which the library checks otherwise
				s.hyper = append(s.hyper, toPos+" "+toOff)
			case "@i":
				s.named = true
			case "#p":
				s.partOf = append(s.partOf, toPos+" "+toOff)
			case "=":
				s.attrs = append(s.attrs, toPos+" "+toOff)
			case "+":
				if toPos == "n" {
					s.derived = append(s.derived, toPos+" "+toOff)
				}
			}
		}
		synsets[pos+" "+off] = s
	}
	check(sc.Err())
}

func readIndex(path, pos string, synsets map[string]*synset, groups map[string]map[string]bool, own map[string]map[string]int, adjSenses, adjLemmas map[string][]string) {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	letter := map[string]string{"noun": "n", "verb": "v", "adj": "a", "adv": "r"}[pos]
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		fs := strings.Fields(line)
		lemma := fs[0]
		if !isWord(lemma) {
			continue
		}
		nsyn, _ := strconv.Atoi(fs[2])
		offs := fs[len(fs)-nsyn:]
		stem := lex.Stem(lemma)
		for i, off := range offs {
			if i >= senses {
				break
			}
			key := letter + " " + off
			if synsets[key] == nil && letter == "a" {
				key = "s " + off // a satellite adjective
			}
			if synsets[key] == nil {
				continue
			}
			if groups[key] == nil {
				groups[key] = map[string]bool{}
			}
			groups[key][stem] = true
			if letter == "a" && !slices.Contains(adjSenses[stem], key) {
				adjSenses[stem] = append(adjSenses[stem], key)
			}
			if letter == "a" && !slices.Contains(adjLemmas[stem], lemma) {
				adjLemmas[stem] = append(adjLemmas[stem], lemma)
			}
			if letter == "n" && common(synsets[key], lemma) { // see kinds
				if own[stem] == nil {
					own[stem] = map[string]int{}
				}
				// Rank the senses of the shortest lemma of a stem first
				// ("week" before "weekly"), then by frequency.
				rank := len(lemma)*senses + i
				if r, ok := own[stem][key]; !ok || rank < r {
					own[stem][key] = rank
				}
			}
		}
	}
	check(sc.Err())
}

// readExceptions marks as common the irregular forms, listed in a WordNet
// .exc file, of common words.
func readExceptions(path string, common map[string]bool) {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 || !isWord(fs[0]) {
			continue
		}
		for _, base := range fs[1:] {
			if common[lex.Stem(base)] {
				common[lex.Stem(fs[0])] = true
				break
			}
		}
	}
	check(sc.Err())
}

// common reports whether a synset writes the lemma in lower case: a common
// noun sense, not a name ("tyre", not the city of Tyre).
func common(s *synset, lemma string) bool {
	for _, w := range s.words {
		if strings.EqualFold(w, lemma) && w == strings.ToLower(w) {
			return true
		}
	}
	return false
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
