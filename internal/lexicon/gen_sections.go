//go:build ignore

// The derived sections of the lexicon that gen.go writes: the kinds of
// common nouns (O and E), the named places (L) and the values of one
// attribute (V). Run with gen.go:
//
//	go run gen.go gen_sections.go -wordnet /usr/share/wordnet -o lexicon.txt.gz

package main

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// kinds writes the hypernym sections: for each common noun stem, the
// synsets of its first senses (O), and for every synset they reach by
// hypernym links, its hypernyms and, when it is itself a hypernym, the first
// word that names it (E). Synsets are numbered in the order the O lines
// meet them. With them the library can tell a word more general than
// another ("vehicle" for "truck") from one of the same kind ("beach" for
// "cliff"). Verbs are left out: their kinds are too broad ("find" and
// "recover" are both a kind of "get").
func kinds(own map[string]map[string]int, synsets map[string]*synset) []string {
	// depth: the fewest hypernym steps from a sense of some stem. The
	// library looks two steps up (see broader), so deeper synsets are left
	// out, and only those one step up, the kinds, need a name.
	depth := map[string]int{}
	var stems []string
	var level []string
	for st, keys := range own {
		stems = append(stems, st)
		for k := range keys {
			if _, ok := depth[k]; !ok {
				depth[k] = 0
				level = append(level, k)
			}
		}
	}
	for d := 1; d <= 2; d++ {
		var next []string
		for _, k := range level {
			for _, h := range synsets[k].hyper {
				if _, ok := depth[h]; !ok {
					depth[h] = d
					next = append(next, h)
				}
			}
		}
		level = next
	}
	reach := depth
	kind := map[string]bool{} // synsets a sense of some stem is directly a kind of
	for k, d := range depth {
		if d == 0 {
			for _, h := range synsets[k].hyper {
				kind[h] = true
			}
		}
	}
	// Number the synsets in the order the O lines first meet them, so that
	// most entries there are just "the next number", written "+", which
	// keeps the data small; the rest follow in sorted order.
	sort.Strings(stems)
	senseOrder := func(st string) []string {
		// The most frequent senses first; senses of one rank
		// by synset.
		var keys []string
		for k := range own[st] {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			ri, rj := own[st][keys[i]], own[st][keys[j]]
			return ri < rj || ri == rj && keys[i] < keys[j]
		})
		return keys
	}
	ids := map[string]int{}
	var order []string
	number := func(k string) {
		if _, ok := ids[k]; !ok {
			ids[k] = len(order)
			order = append(order, k)
		}
	}
	for _, st := range stems {
		for _, k := range senseOrder(st) {
			number(k)
		}
	}
	var rest []string
	for k := range reach {
		if _, ok := ids[k]; !ok {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		number(k)
	}
	var lines []string
	next := 0
	for _, st := range stems {
		parts := []string{"O", st}
		for _, k := range senseOrder(st) {
			if ids[k] == next {
				parts = append(parts, "+")
				next++
			} else {
				parts = append(parts, strconv.FormatInt(int64(ids[k]), 36))
			}
		}
		lines = append(lines, strings.Join(parts, " "))
	}
	// E lines in number order: the n-th is synset n.
	for _, k := range order {
		parts := []string{"E", "-"}
		if kind[k] {
			parts[1] = strings.ReplaceAll(synsets[k].words[0], "_", "-")
		}
		if depth[k] < 2 { // the hypernyms of deeper synsets are never asked for
			parts = append(parts, numbered(synsets[k].hyper, ids)...)
		}
		lines = append(lines, strings.Join(parts, " "))
	}
	return lines
}

// places writes the L section: every named place that WordNet says is
// part of another ("London" of "England", "England" of "United Kingdom"),
// and the places those are part of, as lines "L names id..." in number
// order: the names of the place (lower case, without dots, "_" for a
// space, joined by ","), and the numbers of the places it is part of.
func places(synsets map[string]*synset) []string {
	depth := map[string]int{}
	var level []string
	for k, s := range synsets {
		if s.pos == "n" && s.named && len(s.partOf) > 0 && len(placeNames(s)) > 0 {
			depth[k] = 0
			level = append(level, k)
		}
	}
	sort.Strings(level)
	for d := 1; d <= 4 && len(level) > 0; d++ {
		var next []string
		for _, k := range level {
			for _, h := range synsets[k].partOf {
				if _, ok := depth[h]; !ok && len(placeNames(synsets[h])) > 0 {
					depth[h] = d
					next = append(next, h)
				}
			}
		}
		sort.Strings(next)
		level = next
	}
	var order []string
	for k := range depth {
		order = append(order, k)
	}
	sort.Strings(order)
	ids := map[string]int{}
	for n, k := range order {
		ids[k] = n
	}
	var lines []string
	for _, k := range order {
		parts := []string{"L", strings.Join(placeNames(synsets[k]), ",")}
		parts = append(parts, numbered(synsets[k].partOf, ids)...)
		lines = append(lines, strings.Join(parts, " "))
	}
	return lines
}

// values writes the V section: pairs of adjectives that name different
// values of one attribute and are neither synonyms nor opposites, "green"
// and "yellow", "gold" and "silver", "liquid" and "solid". WordNet's
// adjectives say which attribute a cluster of them is about (the "="
// pointer of the cluster's head: "chromatic" is about hue, "hot" about
// temperature), but not which words of a cluster are different values:
// "huge" and "big" are in one cluster, the size of "large", and so are
// "green" and "yellow", in the cluster of "chromatic". Its nouns say it:
// an adjective of such a cluster that names a noun of the same word
// ("green", the colour; the "+" pointer; the word itself, not its stem:
// "hard" names "hardness") is a value, and two values are
// different when their nouns are different kinds, within two steps up, of
// a noun that is an attribute or lies within two steps under one
// ("chromatic color", "color"), neither a kind of the other ("crimson" is
// a kind of "red"; "huge" names no noun "huge", only "enormousness", a
// kind of "largeness"). Only an adjective's first senses are read, as for
// synonyms, and a pair that shares one of them is left out ("grey",
// "gray"), as are antonyms, which the A section has.
func values(adjSenses, adjLemmas map[string][]string, synsets map[string]*synset, antonyms map[[2]string]bool) []string {
	attrNoun := map[string]bool{}
	for _, s := range synsets {
		for _, a := range s.attrs {
			attrNoun[a] = true
		}
	}
	// up returns the synsets one and two hypernym steps above a noun, with
	// their distance.
	up := func(k string) map[string]int {
		out := map[string]int{}
		for _, h := range synsets[k].hyper {
			out[h] = 1
		}
		for _, h := range synsets[k].hyper {
			for _, g := range synsets[h].hyper {
				if _, ok := out[g]; !ok {
					out[g] = 2
				}
			}
		}
		return out
	}
	underAttr := func(k string) bool {
		if attrNoun[k] {
			return true
		}
		for a := range up(k) {
			if attrNoun[a] {
				return true
			}
		}
		return false
	}
	valueNouns := map[string][]string{} // stem -> the nouns its senses are values as
	for stem, keys := range adjSenses {
		for _, k := range keys {
			s := synsets[k]
			head := s
			if s.pos == "s" && len(s.similar) > 0 {
				head = synsets["a "+s.similar[0]]
			}
			if head == nil || len(head.attrs) == 0 {
				continue
			}
			for _, n := range s.derived {
				if ns := synsets[n]; ns != nil && slices.ContainsFunc(ns.words, func(w string) bool { return slices.Contains(adjLemmas[stem], strings.ToLower(w)) }) && !slices.Contains(valueNouns[stem], n) {
					valueNouns[stem] = append(valueNouns[stem], n)
				}
			}
		}
	}
	different := func(a, b string) bool {
		for _, k := range adjSenses[a] {
			if slices.Contains(adjSenses[b], k) {
				return false // synonyms
			}
		}
		for _, na := range valueNouns[a] {
			ua := up(na)
			for _, nb := range valueNouns[b] {
				ub := up(nb)
				if na == nb || ua[nb] > 0 || ub[na] > 0 {
					continue // one is a kind of the other
				}
				for c := range ua {
					if ub[c] > 0 && underAttr(c) {
						return true
					}
				}
			}
		}
		return false
	}
	var stems []string
	for st := range valueNouns {
		stems = append(stems, st)
	}
	sort.Strings(stems)
	var lines []string
	for i, a := range stems {
		for _, b := range stems[i+1:] {
			if !antonyms[[2]string{a, b}] && different(a, b) {
				lines = append(lines, "V "+a+" "+b)
			}
		}
	}
	return lines
}
