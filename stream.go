package claimcheck

import (
	"context"
	"fmt"
	"iter"

	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/score"
)

// A Stream judges the claims of one derived text one at a time, in the
// order of the text, and hands out each claim's verdict as it is made: a
// caller that writes, counts or filters them need not hold the report of a
// long text whole. The verdicts, and the totals Report gives once every
// claim is judged, are those CheckSources gives; a Claim's offsets are
// byte offsets into the whole derived text.
//
// The derived text is read whole when the Stream is made, so errors about
// it are Stream's, and each claim is judged with the claims around it, as
// CheckSources judges it. A text of up to 4 MiB is parsed whole then; a
// longer one is outlined (claims.MakeOutline: its sentences and what
// Parse decides of the whole text) and its claims are parsed 4096 at a
// time as they are judged, each as Parse would parse it. What a
// Stream holds that grows with the text is that parsed text or outline,
// released once the last claim is judged, and sixteen bytes a claim for
// the totals; not the claims' reports.
//
// A Stream is a cursor: it is not safe for concurrent use.
type Stream struct {
	j judging
}

// Stream returns a Stream of the claims of derived, judged against the
// sources as CheckSources judges them. It stops when ctx is done, between
// one claim and the next (a nil ctx means context.Background()). The
// errors are CheckSources': a *UsageError, *LimitError or *InputError, or
// ctx.Err() when ctx is done already.
func (c *Checker) Stream(ctx context.Context, derived string, sources ...*Source) (*Stream, error) {
	if c == nil {
		return nil, errNilChecker
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if err := c.checkSources(sources); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s := &Stream{}
	all := func(*claims.Statement) []*Source { return sources }
	if len(derived) > windowFrom {
		if err := c.admitText("derived", derived); err != nil {
			return nil, err
		}
		o := claims.MakeOutline(derived)
		if err := c.admitClaims("derived", o.Len()); err != nil {
			return nil, err
		}
		s.j.startOutline(ctx, c, o, len(sources) > 1, all)
	} else {
		doc, err := c.parse("derived", derived)
		if err != nil {
			return nil, err
		}
		s.j.start(ctx, c, doc, len(sources) > 1, all)
	}
	s.j.report.Sources = make([]string, len(sources))
	for i, src := range sources {
		s.j.report.Sources[i] = src.name
	}
	return s, nil
}

// Len returns the number of claims of the derived text, judged or not.
func (s *Stream) Len() int { return s.j.n }

// Claims returns an iterator over the claims not yet judged, in the order
// of the text: each is judged when the loop asks for it. Breaking out of
// the loop stops there; ranging again resumes with the next claim. When
// the Stream's context is done, the iterator yields one Claim{} with
// ctx.Err() and stops; every later range yields that error again.
func (s *Stream) Claims() iter.Seq2[Claim, error] {
	return func(yield func(Claim, error) bool) {
		for {
			c, ok, err := s.j.next()
			if err != nil {
				yield(Claim{}, err)
				return
			}
			if !ok || !yield(c, nil) {
				return
			}
		}
	}
}

// Report returns the report once every claim is judged: the document
// score and verdict, the counts, Sources and Excluded, with Claims nil
// (they were handed out one by one). Before the last claim is judged it
// returns a *UsageError; after the context stopped the Stream, ctx.Err().
func (s *Stream) Report() (*Report, error) {
	if s.j.err != nil {
		return nil, s.j.err
	}
	if s.j.i < s.j.n {
		return nil, &UsageError{Problem: fmt.Sprintf("Stream.Report before every claim is judged (%d of %d)", s.j.i, s.j.n)}
	}
	r := s.j.report
	return &r, nil
}

// windowFrom is the longest derived text that Stream parses whole;
// windowClaims how many claims of a longer one it parses at a time (a
// window of news holds about 1 KB a claim). Below windowFrom the first
// pass over the text, which tokenises it once more, is not worth the
// memory it saves. Tests set them low.
var (
	windowFrom   = 4 << 20
	windowClaims = 4096
)

// judging judges the claims of one derived document one at a time; Check,
// CheckSources, Archive.Check and Stream share it.
type judging struct {
	ctx context.Context
	// doc holds the claims at hand: every claim of the text, or, when
	// outline is not nil, a window of them, the first being claim from
	// of the text. It is nil once every claim is judged.
	doc        *claims.Document
	from       int
	outline    *claims.Outline
	named      bool // evidence names its source
	sourcesFor func(*claims.Statement) []*Source
	opts       score.Options
	evidence   int // the MaxEvidence in effect

	n, i   int                 // the claims, and how many are judged
	report Report              // the totals so far (Claims nil)
	docw   []score.ClaimWeight // what the document score reads of each verdict
	vs     []score.Verdict     // scratch: one claim's verdicts, a source each
	err    error               // ctx.Err() once it stopped the judging
}

// start sets j to judge the claims of doc, each against the sources that
// sourcesFor gives for it, taking its verdict from the one choose picks.
func (j *judging) start(ctx context.Context, c *Checker, doc *claims.Document, named bool, sourcesFor func(*claims.Statement) []*Source) {
	j.begin(ctx, c, len(doc.Statements), doc.Excluded, named, sourcesFor)
	j.doc = doc
	if j.n == 0 { // parse refuses such a text; the totals are still those of no claim
		j.finish()
	}
}

// startOutline sets j to judge the claims of the outlined text o as start
// judges those of a document, parsing them a window at a time.
func (j *judging) startOutline(ctx context.Context, c *Checker, o *claims.Outline, named bool, sourcesFor func(*claims.Statement) []*Source) {
	j.begin(ctx, c, o.Len(), o.Excluded(), named, sourcesFor)
	j.outline, j.doc = o, &claims.Document{Text: o.Text()} // the first claim asks for a window
	if j.n == 0 {
		j.finish()
	}
}

// begin sets what start and startOutline share: j is to judge n claims.
func (j *judging) begin(ctx context.Context, c *Checker, n int, excluded []claims.Excluded, named bool, sourcesFor func(*claims.Statement) []*Source) {
	*j = judging{ctx: ctx, named: named, sourcesFor: sourcesFor,
		opts: score.Options{MinCoverage: c.opts.MinCoverage}, evidence: c.opts.maxEvidence(),
		n: n, docw: make([]score.ClaimWeight, 0, n)}
	for _, e := range excluded {
		j.report.Excluded = append(j.report.Excluded, Excluded{Text: e.Text, Start: e.Start, End: e.End, Reason: e.Reason})
	}
}

// window makes j.doc the window of claims that judging claim j.i reads
// (score.JudgeIn: score.TextBefore claims before it, score.TextAfter after
// it) and those after it, windowClaims in all.
func (j *judging) window() {
	from := max(0, j.i-score.TextBefore)
	to := min(j.n, from+max(windowClaims, score.TextBefore+score.TextAfter+1))
	j.doc = nil // the window before is not needed any more
	j.doc, j.from = &claims.Document{Text: j.outline.Text(), Statements: j.outline.Statements(from, to)}, from
}

// next judges the next claim: ok is false when every claim is judged, err
// ctx.Err() when the context stopped the judging.
func (j *judging) next() (c Claim, ok bool, err error) {
	if j.err != nil {
		return Claim{}, false, j.err
	}
	if j.i >= j.n {
		return Claim{}, false, nil
	}
	if err := j.ctx.Err(); err != nil {
		j.err, j.doc, j.outline = err, nil, nil
		return Claim{}, false, err
	}
	if held := j.from + len(j.doc.Statements); j.outline != nil && j.i+score.TextAfter >= held && held < j.n {
		j.window()
	}
	k := j.i - j.from // the claim's index in j.doc
	st := &j.doc.Statements[k]
	best, bestSource := score.Verdict{Label: Unsupported}, (*Source)(nil)
	srcs := j.sourcesFor(st)
	j.vs = j.vs[:0]
	for _, s := range srcs {
		j.vs = append(j.vs, score.JudgeIn(s.index(j.evidence), j.doc, k, j.opts))
	}
	if k := choose(j.vs); k >= 0 {
		best, bestSource = j.vs[k], srcs[k]
	}
	clear(j.vs) // the scratch must not keep the verdicts alive
	c = makeClaim(st, best, bestSource, j.named)
	switch best.Label {
	case Supported:
		j.report.Supported++
	case Contradicted:
		j.report.Contradicted++
	default:
		j.report.Unsupported++
	}
	j.docw = append(j.docw, score.WeightOf(best))
	j.i++
	if j.i == j.n {
		j.finish()
	}
	return c, true, nil
}

// finish computes the document score once every claim is judged.
func (j *judging) finish() {
	j.doc, j.outline, j.sourcesFor = nil, nil, nil // the derived text's claims are not needed any more
	d := score.DocumentOfWeights(j.docw)
	j.docw = nil
	j.report.Score, j.report.Probability = round(d), round(score.Probability(d))
	j.report.Consistent = j.report.Probability >= ConsistentThreshold
}
