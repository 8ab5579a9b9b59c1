package score

import (
	"fmt"
	"os"
	"sync"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/internal/lex"
	"github.com/newsdesk/claimcheck/internal/lexicon"
	"github.com/newsdesk/claimcheck/internal/vectors"
)

// The experiment (issue 12 item 6, measured and not kept: removed in the
// next commit) reads its table from the file CLAIMCHECK_VECTORS names
// (made by internal/vectors/gen; no credit without it) and its parameters
// from CLAIMCHECK_PARAPHRASE, "floor,credit,kin,step,rank" (defaults
// 0.6,0.5,0,1,3: the setting chosen on summaries.train and the bench by
// scripts/sweep-paraphrase).
var paraphraseTable = sync.OnceValue(func() *vectors.Table {
	if e := os.Getenv("CLAIMCHECK_PARAPHRASE"); e != "" {
		var kin, step int
		fmt.Sscanf(e, "%g,%g,%d,%d,%d", &paraphraseFloor, &paraphraseCredit, &kin, &step, &paraphraseRank)
		paraphraseKin, paraphraseStep = kin == 1, step == 1
	}
	path := os.Getenv("CLAIMCHECK_VECTORS")
	if path == "" {
		return nil
	}
	b, err := os.ReadFile(path)
	if err == nil {
		var t *vectors.Table
		if t, err = vectors.Open(string(b)); err == nil {
			return t
		}
	}
	fmt.Fprintln(os.Stderr, "claimcheck: no paraphrase credit:", err)
	return nil
})

// Paraphrase credit: a content word of the claim that the aligned source
// sentences do not carry may be one they say another way ("detained" for
// "arrested"). Its best cosine of word vectors (package vectors) with an
// ordinary word of those sentences that no claim word is aligned to counts
// it as partly carried in CO1's coverage: nothing below paraphraseFloor,
// then paraphraseCredit (paraphraseStep) or a share rising linearly to it
// at a cosine of 1.
// Word vectors rate opposites and words of one kind as alike ("rose" and
// "fell", "Monday" and "Tuesday", "husband" and "wife"): numbers, dates,
// names and capitalised words, and a pair the lexicon calls antonyms or
// things of one kind, are never credited; with paraphraseRank, nor a pair
// not among each other's so many nearest stems of the table.
var (
	paraphraseFloor  = 0.6
	paraphraseCredit = 0.5
	paraphraseKin    = false // whether words of one kind may be credited
	paraphraseStep   = true  // credit paraphraseCredit at any cosine above the floor
	paraphraseRank   = 3     // when above 0: the pair must be among each other's so many nearest stems
)

// notParaphrase are the word classes never credited: their substitutes are
// errors, not paraphrases.
const notParaphrase = lex.StopWord | lex.Negator | lex.NegativeVerb | lex.HedgeWord | lex.CardinalWord |
	lex.OrdinalWord | lex.MonthName | lex.WeekdayName | lex.DatePart | lex.Approximator | lex.TitleWord

// paraphrasable reports whether token t is an ordinary lower-case word
// that a paraphrase may stand for, and returns its vector.
func paraphrasable(tab *vectors.Table, t *claims.Token) (vectors.Vec, bool) {
	if t.Kind != claims.WordToken || t.Cap() || !t.Content() {
		return "", false
	}
	w := lex.Lookup(t.Lower())
	if w.Class&notParaphrase != 0 || !lexicon.CommonDegree(t.Stem()) {
		return "", false
	}
	vec := tab.Of(t.Stem())
	return vec, vec != ""
}

// paraphrased returns the share of claim token t's weight that the aligned
// sentences carry in other words: 0 when none of their unaligned ordinary
// words is near enough to it (see paraphraseFloor).
func paraphrased(v *view, t *claims.Token) float64 {
	tab := paraphraseTable()
	if tab == nil || paraphraseCredit == 0 || len(v.m.Sentences) == 0 {
		return 0
	}
	cv, ok := paraphrasable(tab, t)
	if !ok {
		return 0
	}
	best := 0.0
	for _, si := range v.m.Sentences {
		toks := v.src.Statements[si].Tokens
		for k := range toks {
			st := &toks[k]
			if v.used(si, k) || st.Stem() == t.Stem() {
				continue
			}
			sv, ok := paraphrasable(tab, st)
			if !ok {
				continue
			}
			cos := cv.Cosine(sv)
			if cos <= best || cos < paraphraseFloor {
				continue
			}
			if lexicon.Antonyms(t.Stem(), st.Stem()) {
				continue
			}
			if !paraphraseKin {
				if _, kin := lexicon.Kin(t.Stem(), st.Stem()); kin {
					continue
				}
			}
			if paraphraseRank > 0 && (tab.Closer(cv, sv, paraphraseRank) >= paraphraseRank || tab.Closer(sv, cv, paraphraseRank) >= paraphraseRank) {
				continue
			}
			best = cos
		}
	}
	if best < paraphraseFloor {
		return 0
	}
	if paraphraseStep {
		return paraphraseCredit
	}
	return paraphraseCredit * (best - paraphraseFloor) / (1 - paraphraseFloor)
}
