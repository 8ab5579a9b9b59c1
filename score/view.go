package score

import (
	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
)

// A view is what every rule reads of one judgement: the claim, its
// alignment with the source, and the source. Rules do not change it; the
// few look-ups it keeps are filled on first use and mean the same whenever
// they are asked.
type view struct {
	s    *Source          // the source, with what is asked of it whole
	x    *align.Source    // the source as aligned
	src  *claims.Document // the source's sentences
	c    *claims.Statement
	near []claims.Statement // the claims of its text around the claim, c among them; nil when judged alone
	m    align.Match
	opts Options

	// The alignment's word matches, looked up from either side, and how
	// many claim words each source sentence holds.
	byClaim  map[int]align.WordMatch // claim token -> its match
	bySource map[[2]int]int          // {sentence, token} -> claim token
	held     map[int]int             // sentence -> claim words aligned to it

	evidenceSentences []*claims.Statement     // the aligned sentences
	sentenceStems     map[int]map[string]bool // source sentence -> its content stems, made on first use
}

func newView(s *Source, c *claims.Statement, opts Options) *view {
	x := s.aligned
	m := x.Align(c)
	v := &view{s: s, x: x, src: x.Doc(), c: c, m: m, opts: opts,
		byClaim: make(map[int]align.WordMatch, len(m.Words)), bySource: make(map[[2]int]int, len(m.Words)),
		held: make(map[int]int, len(m.Sentences))}
	for _, wm := range m.Words {
		v.byClaim[wm.Claim] = wm
		v.bySource[[2]int{wm.Sentence, wm.Token}] = wm.Claim
		v.held[wm.Sentence]++
	}
	return v
}

// used reports whether a claim word is aligned to token k of sentence si.
func (v *view) used(si, k int) bool { _, ok := v.bySource[[2]int{si, k}]; return ok }

// evidence returns the aligned source sentences.
func (v *view) evidence() []*claims.Statement {
	if v.evidenceSentences == nil {
		v.evidenceSentences = make([]*claims.Statement, 0, len(v.m.Sentences))
		for _, si := range v.m.Sentences {
			v.evidenceSentences = append(v.evidenceSentences, &v.src.Statements[si])
		}
	}
	return v.evidenceSentences
}

// stemsOf returns the content stems of source sentence si, made once per
// claim.
func (v *view) stemsOf(si int) map[string]bool {
	stems := v.sentenceStems[si]
	if stems == nil {
		stems = map[string]bool{}
		for _, st := range v.src.Statements[si].Tokens {
			if st.Content() {
				stems[st.Stem()] = true
			}
		}
		if v.sentenceStems == nil {
			v.sentenceStems = map[int]map[string]bool{}
		}
		v.sentenceStems[si] = stems
	}
	return stems
}
