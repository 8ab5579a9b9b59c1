package score

import (
	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
)

// A word of a name that the claim's evidence writes short, for content
// (CO1): "Tim Sherwood is without Alan Hutton" against the evidence
// "Sherwood is without Alan Hutton for the game", in a source that writes
// "Tim Sherwood" in another sentence. The alignment matches "Sherwood" in
// the evidence and leaves "Tim" unmatched, as no aligned sentence has it,
// yet the source says whose surname it is: the word is the same person's,
// carried.
//
// A claim word is so carried (nameCarried) when the word beside it (just
// before or just after, no punctuation between), or the word beyond one
// more unmatched word of the name, is matched as it is written, as a
// spelling of the same name or as a form of its stem in the same case
// ("Times" is not the evidence's "time"), and a source sentence writes
// the run in the same order, side by side, as a name writes it:
// the whole run in one of the sentence's names ("Tim Sherwood",
// "Cleveland Metroparks Zoo"), or the claim's word in a name of the claim
// and of the source ("aston" of a lower-case "aston villa", whose "villa"
// is an ordinary word and no name's), or the claim's word a given name
// just before a name of the source that holds the rest, which claims
// leaves out of the name when it is also an ordinary word ("bob greene"
// in lower case; see leadingGiven). The claim must write the word as a
// name's too: capitalised, in one of its names, a given name, or in a
// claim written all in lower case, whose case tells nothing ("the user
// interface designer" is no name's where the source's "User Interface"
// is a role). A word that is no part of a name ("boss Sherwood") is not
// carried so, nor a word beside a name that the source gives, in one of
// its names, another word on that side ("Tim Sherwood" where the source
// names Sarah Sherwood too): then the evidence's "Sherwood" may be the
// other's, and the first name is one the evidence does not carry. A title
// there ("Mr Sherwood") or the word's initial ("T. Sherwood") is no other
// name.
//
// On the train files and the bench it took CO1 off 53 claims of
// consistent texts and 21 of inconsistent ones, and made it name fewer
// words on 106 and 185 more; the texts with a CO1 finding went from 269
// to 257 of 593 consistent bench texts and from 723 to 720 of 866
// inconsistent ones (FRANK CNN/DM 75 to 67 and 104 to 102, QAGS 46 to 42
// and 50 to 50), and on the train files from 4,528 to 4,508 consistent
// and 8,070 to 8,064 inconsistent. The words were such as "emir" of Emir
// Spahic, "emmanuel" of Emmanuel Adebayor, "aston" of Aston Villa and the
// "Gold" of a "Gold Plan".

// maxNameRun is how many unmatched words a run that nameCarried credits
// may hold before its matched word ("Cleveland Metroparks" before the
// evidence's "Zoo").
const maxNameRun = 2

// nameCarried reports whether the claim's token i, which the alignment
// leaves unmatched, is a word of a name that the source writes whole with
// the matched word beside it, or beside the unmatched words of the name
// between them (see the comment above).
func (v *view) nameCarried(i int) bool {
	toks := v.c.Tokens
	if !v.nameLike(i) {
		return false
	}
	for _, dir := range [2]int{1, -1} {
		for k, n := i+dir, 1; k >= 0 && k < len(toks) && n <= maxNameRun; k, n = k+dir, n+1 {
			u := &toks[k]
			if u.Kind != claims.WordToken || u.Stop() || gapBetween(&toks[k-dir], u) > 1 {
				break
			}
			if wm, ok := v.matchOf(k); ok {
				if v.writesWordOf(wm) && v.writesNameRun(i, k) && !v.rivalBeside(k-dir, k) {
					return true
				}
				break
			}
			if !v.nameLike(k) {
				break
			}
		}
	}
	return false
}

// writesWordOf reports whether the evidence writes the claim word of the
// match itself, a spelling of it as a name, or a form of its stem in the
// same case ("store" for "stores"): "Times" met by the stem of the
// evidence's "time" is no word of a name the evidence writes.
func (v *view) writesWordOf(wm align.WordMatch) bool {
	switch wm.Stage {
	case align.Exact, align.Name:
		return true
	case align.Stem:
		return v.c.Tokens[wm.Claim].Cap() == v.sent(wm.Sentence).Tokens[wm.Token].Cap()
	}
	return false
}

// nameLike reports whether the claim's token i may be a word of a name as
// the claim writes it: a content word, capitalised, in a name of the
// claim, a given name, or in a claim written in lower case, whose case
// tells nothing. A claim that capitalises its names writes a word in
// lower case as no name's ("the user interface designer" where the
// source's "User Interface" is a role).
func (v *view) nameLike(i int) bool {
	t := &v.c.Tokens[i]
	if t.Kind != claims.WordToken || t.Stop() || len(t.Lower()) < 2 {
		return false
	}
	return t.Cap() || entityAt(v.c, i) >= 0 || givenName(t) || lowerClaim(v.c)
}

// lowerClaim reports whether the claim capitalises none of its words, as
// a text written in lower case: its case then tells nothing of which are
// names.
func lowerClaim(c *claims.Statement) bool {
	for k := range c.Tokens {
		if t := &c.Tokens[k]; t.Kind == claims.WordToken && t.Cap() {
			return false
		}
	}
	return true
}

// gapBetween returns the bytes between two tokens, in either order.
func gapBetween(t, u *claims.Token) int {
	if t.Start() > u.Start() {
		t, u = u, t
	}
	return u.Start() - t.End()
}

// writesNameRun reports whether a source sentence writes the claim's
// tokens from i to k, a run of neighbours, side by side in the same order
// and as a name (see the comment above). It reads only the sentences of
// the source's names that have word i or word k, through the index of
// names.
func (v *view) writesNameRun(i, k int) bool {
	lo, hi := min(i, k), max(i, k)
	run := v.c.Tokens[lo : hi+1]
	inClaimName := entityAt(v.c, i) >= 0
	found := false
	look := func(si, n int) bool {
		s := v.sent(si)
		se := &s.Entities()[n]
		a, b := tokenRange(s, se.Start(), se.End())
		for p := max(a-len(run), 0); p < b && p+len(run) <= len(s.Tokens) && !found; p++ {
			if !sameRun(run, s.Tokens[p:p+len(run)]) {
				continue
			}
			pi := p + i - lo // the source's token for claim token i
			switch {
			case pi >= a && pi < b && (inClaimName || p >= a && p+len(run) <= b):
				found = true
			case i == lo && pi == a-1 && p+len(run) <= b && leadingGiven(s, a):
				// A given name just before the source's name, which
				// claims leaves out of it ("bob greene").
				found = true
			}
		}
		return !found
	}
	v.s.namesWithWord(v.c.Tokens[i].NameKey(), look)
	if !found {
		v.s.namesWithWord(v.c.Tokens[k].NameKey(), look)
	}
	return found
}

// sameRun reports whether the source tokens are the claim's, word for
// word in lower case, with nothing but a space between each two.
func sameRun(claim, src []claims.Token) bool {
	for n := range claim {
		if !claim[n].SameLower(&src[n]) || n > 0 && gapBetween(&src[n-1], &src[n]) > 1 {
			return false
		}
	}
	return true
}

// rivalBeside reports whether a source name that has the claim's word j
// (matched) has another word than the claim's word i beside it on i's
// side, or a given name just before it (see leadingGiven) that is not i's,
// a title aside: the source then names someone else with that word, whom
// the evidence's word may stand for.
func (v *view) rivalBeside(i, j int) bool {
	t, u := &v.c.Tokens[i], &v.c.Tokens[j]
	dir := j - i
	rival := false
	v.s.namesWithWord(u.NameKey(), func(si, n int) bool {
		s := v.sent(si)
		se := &s.Entities()[n]
		a, b := tokenRange(s, se.Start(), se.End())
		for q := a; q < b && !rival; q++ {
			if !s.Tokens[q].SameLower(u) {
				continue
			}
			p := q - dir
			if p < 0 || p >= len(s.Tokens) {
				continue
			}
			o := &s.Tokens[p]
			inside := p >= a && p < b
			if !inside && !(p == a-1 && q == a && leadingGiven(s, a)) {
				continue
			}
			if o.Kind != claims.WordToken || o.SameLower(t) || sameNameKey(o.NameKey(), t.NameKey()) ||
				lex.Lookup(o.Lower()).Class&lex.TitleWord != 0 || initialOf(o, t) {
				continue
			}
			rival = true
		}
		return !rival
	})
	return rival
}

// initialOf reports whether token o is an initial of the word t: one
// letter, with a dot or without, that t begins with ("T." for "Tim").
func initialOf(o, t *claims.Token) bool {
	w := o.Lower()
	if len(w) == 2 && w[1] == '.' {
		w = w[:1]
	}
	return len(w) == 1 && len(t.Lower()) > 1 && t.Lower()[0] == w[0]
}

// entityAt returns the index of the name of st that holds token k, or -1.
func entityAt(st *claims.Statement, k int) int {
	t := &st.Tokens[k]
	for n := range st.Entities() {
		if e := &st.Entities()[n]; e.Start() <= t.Start() && t.End() <= e.End() {
			return n
		}
	}
	return -1
}
