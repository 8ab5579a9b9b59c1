package claimcheck

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"unicode/utf8"

	"github.com/newsdesk/claimcheck/align"
	"github.com/newsdesk/claimcheck/claims"
	"github.com/newsdesk/claimcheck/score"
)

// Label is the verdict on one claim: Supported, Contradicted or Unsupported.
type Label = score.Label

// Labels.
const (
	Supported    = score.Supported
	Contradicted = score.Contradicted
	Unsupported  = score.Unsupported
)

// Kind names a discrepancy: "number", "date", "entity", "negation", "quote",
// "attribution", "hedge", "antonym", "substitution", "content" or
// "repetition".
type Kind = score.Kind

// Kinds of discrepancy; each is documented in package score.
const (
	Number       = score.Number
	Date         = score.Date
	Entity       = score.Entity
	Negation     = score.Negation
	Quote        = score.Quote
	Attribution  = score.Attribution
	Hedge        = score.Hedge
	Antonym      = score.Antonym
	Substitution = score.Substitution
	Content      = score.Content
	Repetition   = score.Repetition
	Stitch       = score.Stitch
)

// Options configure a Checker. The zero value gives the defaults.
type Options struct {
	// MinCoverage is the share of a claim's content, weighted by rarity, that
	// the source must carry before the claim can be supported or
	// contradicted. 0 means 0.5.
	MinCoverage float64
	// MaxEvidence is how many source sentences one claim may draw on, at
	// most MaxMaxEvidence. 0 means 3.
	MaxEvidence int
	// MaxBytes bounds the length of each text, source or derived, in bytes:
	// a longer one is refused with a *LimitError before any work is done on
	// it. 0 means DefaultMaxBytes.
	MaxBytes int
	// MaxClaims bounds the number of sentences of each text, source or
	// derived: a text with more is refused with a *LimitError once split.
	// 0 means DefaultMaxClaims.
	MaxClaims int
}

// Defaults and bounds of Options. The defaults let any real article, and
// a source the length of a long book, through: the longest of the 19k
// texts of the benchmark and training sets has 103 KB, and the one with
// most sentences 1,491.
const (
	DefaultMinCoverage = 0.5
	DefaultMaxEvidence = 3
	MaxMaxEvidence     = 1000
	DefaultMaxBytes    = 64 << 20 // 64 MiB, as the -max-input of the example commands
	DefaultMaxClaims   = 1_000_000
)

// A Checker checks derived texts against sources. It holds no state besides
// its options: one Checker is safe for concurrent use by many goroutines.
// The zero Checker has the default options; a nil *Checker gives an error
// from every method.
type Checker struct {
	opts Options
}

// New returns a Checker with the given options, or an *OptionError when an
// option is out of its range.
func New(opts Options) (*Checker, error) {
	if err := opts.validate(); err != nil {
		return nil, err
	}
	return &Checker{opts: opts}, nil
}

// An OptionError reports an option that is out of its range.
type OptionError struct {
	Field string // the Options field, such as "MinCoverage"
	Value any    // the value given
	Want  string // the range it must lie in
}

// Error returns the error on one line.
func (e *OptionError) Error() string {
	return fmt.Sprintf("claimcheck: Options.%s is %v; want %s", e.Field, e.Value, e.Want)
}

func (o Options) validate() error {
	if math.IsNaN(o.MinCoverage) || o.MinCoverage < 0 || o.MinCoverage > 1 {
		return &OptionError{Field: "MinCoverage", Value: o.MinCoverage, Want: "a number from 0 to 1 (0 means the default, 0.5)"}
	}
	if o.MaxEvidence < 0 || o.MaxEvidence > MaxMaxEvidence {
		return &OptionError{Field: "MaxEvidence", Value: o.MaxEvidence, Want: fmt.Sprintf("0 (the default, %d) to %d", DefaultMaxEvidence, MaxMaxEvidence)}
	}
	if o.MaxBytes < 0 {
		return &OptionError{Field: "MaxBytes", Value: o.MaxBytes, Want: fmt.Sprintf("0 (the default, %d) or more", DefaultMaxBytes)}
	}
	if o.MaxClaims < 0 {
		return &OptionError{Field: "MaxClaims", Value: o.MaxClaims, Want: fmt.Sprintf("0 (the default, %d) or more", DefaultMaxClaims)}
	}
	return nil
}

// maxEvidence, maxBytes and maxClaims return the options in effect.
func (o Options) maxEvidence() int { return cmp.Or(o.MaxEvidence, DefaultMaxEvidence) }
func (o Options) maxBytes() int    { return cmp.Or(o.MaxBytes, DefaultMaxBytes) }
func (o Options) maxClaims() int   { return cmp.Or(o.MaxClaims, DefaultMaxClaims) }

// ErrEmpty is the cause of an InputError for a text with no claims: empty,
// white space, or nothing left once boilerplate is removed.
var ErrEmpty = errors.New("no sentences to check")

// ErrInvalidUTF8 is the cause of an InputError for a text that is not valid
// UTF-8; Offset is where the first invalid byte is.
var ErrInvalidUTF8 = errors.New("invalid UTF-8")

// An InputError reports a text that cannot be checked.
type InputError struct {
	Text   string // which text: "source", "derived", or the source's name
	Offset int    // byte offset of the fault, from 0; -1 when it concerns the whole text
	Err    error  // ErrEmpty or ErrInvalidUTF8
}

// Error returns the error on one line: which text, what is wrong, and where.
func (e *InputError) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("claimcheck: %s text: %v at byte %d", e.Text, e.Err, e.Offset)
	}
	return fmt.Sprintf("claimcheck: %s text: %v", e.Text, e.Err)
}

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// A LimitError reports a text beyond a limit of the Options: too many bytes
// or too many sentences.
type LimitError struct {
	Text  string // which text: "source", "derived", or the source's name
	Limit string // the Options field: "MaxBytes" or "MaxClaims"
	Value int    // what the text has
	Max   int    // the limit in effect
}

// Error returns the error on one line.
func (e *LimitError) Error() string {
	unit := "bytes"
	if e.Limit == "MaxClaims" {
		unit = "sentences"
	}
	return fmt.Sprintf("claimcheck: %s text: %d %s, more than Options.%s (%d)", e.Text, e.Value, unit, e.Limit, e.Max)
}

// A UsageError reports a call that cannot be served whatever the texts: a
// nil *Checker, no source, or a Source that NewSource did not make.
type UsageError struct {
	Problem string
}

// Error returns the error on one line.
func (e *UsageError) Error() string { return "claimcheck: " + e.Problem }

func validate(which, text string) error {
	if !utf8.ValidString(text) {
		off := 0
		for off < len(text) {
			r, size := utf8.DecodeRuneInString(text[off:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		return &InputError{Text: which, Offset: off, Err: ErrInvalidUTF8}
	}
	return nil
}

// parse checks a text against the limits and parses it.
func (c *Checker) parse(which, text string) (*claims.Document, error) {
	if err := c.admitText(which, text); err != nil {
		return nil, err
	}
	doc := claims.Parse(text)
	if err := c.admitClaims(which, len(doc.Statements)); err != nil {
		return nil, err
	}
	return doc, nil
}

// admitText returns the error about text that comes before parsing it:
// too long for MaxBytes, or not valid UTF-8.
func (c *Checker) admitText(which, text string) error {
	if n, max := len(text), c.opts.maxBytes(); n > max {
		return &LimitError{Text: which, Limit: "MaxBytes", Value: n, Max: max}
	}
	return validate(which, text)
}

// admitClaims returns the error about a text of n claims: none, or more
// than MaxClaims.
func (c *Checker) admitClaims(which string, n int) error {
	if n == 0 {
		return &InputError{Text: which, Offset: -1, Err: ErrEmpty}
	}
	if max := c.opts.maxClaims(); n > max {
		return &LimitError{Text: which, Limit: "MaxClaims", Value: n, Max: max}
	}
	return nil
}

// A Source is a source text prepared for checking: parsed and indexed once,
// then reused for any number of derived texts. It is safe for concurrent
// use, and usable with any Checker: one whose MaxEvidence differs from the
// maker's indexes it again for its own setting (once, then kept), so the
// verdicts are those the Checker would give on the text itself; one whose
// limits the text exceeds refuses it with a *LimitError. A text longer
// than 16 MiB is held lean: its indexes and its outline, its statements
// parsed again a few at a time when claims ask for them, in about 2 bytes
// of heap a byte of text instead of 11, for the same reports.
type Source struct {
	name  string
	bytes int // the length of the text
	// The text's statements: doc, or, for a text longer than leanBytes,
	// outline, whose statements are parsed again a window at a time when a
	// claim asks for them (score.PrepareOutline); n is how many there are.
	doc     *claims.Document
	outline *claims.Outline
	n       int

	// own is the index for the maker's MaxEvidence (ownEvidence), read
	// without a lock; other settings' indexes are made on first use.
	own         *score.Source
	ownEvidence int
	mu          sync.Mutex
	indexes     map[int]*score.Source // by the MaxEvidence in effect
}

// NewSource parses and indexes a source text under a name that reports will
// use to say which source a piece of evidence comes from.
func (c *Checker) NewSource(name, text string) (*Source, error) {
	if c == nil {
		return nil, errNilChecker
	}
	if name == "" {
		name = "source"
	}
	me := c.opts.maxEvidence()
	if len(text) > leanBytes {
		if err := c.admitText(name, text); err != nil {
			return nil, err
		}
		o := claims.MakeOutline(text)
		if err := c.admitClaims(name, o.Len()); err != nil {
			return nil, err
		}
		s := &Source{name: name, bytes: len(text), outline: o, n: o.Len(), ownEvidence: me}
		s.own = s.prepare(me)
		return s, nil
	}
	doc, err := c.parse(name, text)
	if err != nil {
		return nil, err
	}
	s := &Source{name: name, bytes: len(text), doc: doc, n: len(doc.Statements), ownEvidence: me}
	s.own = s.prepare(me)
	return s, nil
}

// leanBytes is the length above which a source is held lean: its indexes
// and its claims.Outline, its statements parsed again a window at a time
// when claims ask for them, under a bounded cache (align.PrepareOutline),
// rather than every statement parsed and kept (about 9 bytes of heap a
// byte of text). Reports are the same either way; a lean source costs more
// CPU where claims read statements far apart. 16 MiB is above the texts
// of the scaling benchmark (10 MB) and below the sizes where the heap of
// the statements, 150 MB and more, matters. leanWindow and leanCache,
// when not 0, set the lean source's align.Options.Window and CacheBytes.
// The tests set all three (export_test.go).
var (
	leanBytes             = 16 << 20
	leanWindow, leanCache int
)

// prepare indexes the source for a MaxEvidence setting.
func (s *Source) prepare(maxEvidence int) *score.Source {
	if s.outline != nil {
		return score.PrepareOutline(s.outline, align.Options{MaxSentences: maxEvidence, Window: leanWindow, CacheBytes: leanCache})
	}
	return score.Prepare(align.Prepare(s.doc, align.Options{MaxSentences: maxEvidence}))
}

// sentence returns sentence i of the source.
func (s *Source) sentence(i int) claims.Sentence {
	if s.outline != nil {
		return s.outline.Sentence(i)
	}
	return s.doc.Statements[i].Sentence()
}

var errNilChecker = &UsageError{Problem: "nil *Checker: make one with New"}

// index returns the source's index for a MaxEvidence setting, building it
// the first time.
func (s *Source) index(maxEvidence int) *score.Source {
	if maxEvidence == s.ownEvidence && s.own != nil {
		return s.own
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	x := s.indexes[maxEvidence]
	if x == nil {
		x = s.prepare(maxEvidence)
		if s.indexes == nil {
			s.indexes = map[int]*score.Source{}
		}
		s.indexes[maxEvidence] = x
	}
	return x
}

// Name returns the source's name; "" for a nil Source.
func (s *Source) Name() string {
	if s == nil {
		return ""
	}
	return s.name
}

// Check checks a derived text against one source text.
func (c *Checker) Check(source, derived string) (*Report, error) {
	return c.CheckContext(context.Background(), source, derived)
}

// CheckContext is Check that stops when ctx is done, between one claim and
// the next, and returns ctx.Err(). Splitting and indexing a text are not
// interrupted: Options.MaxBytes bounds them.
func (c *Checker) CheckContext(ctx context.Context, source, derived string) (*Report, error) {
	src, err := c.NewSource("source", source)
	if err != nil {
		return nil, err
	}
	return c.CheckSourcesContext(ctx, derived, src)
}

// CheckSources checks a derived text against several sources at once: each
// claim takes its verdict from the source that supports it best, or from
// one that contradicts it with an alignment as strong when none supports
// it (see the README, "Several sources at once"), and its evidence says
// which source that is.
func (c *Checker) CheckSources(derived string, sources ...*Source) (*Report, error) {
	return c.CheckSourcesContext(context.Background(), derived, sources...)
}

// CheckSourcesContext is CheckSources that stops when ctx is done, between
// one claim and the next, and returns ctx.Err(). A nil ctx means
// context.Background().
func (c *Checker) CheckSourcesContext(ctx context.Context, derived string, sources ...*Source) (*Report, error) {
	st, err := c.Stream(ctx, derived, sources...)
	if err != nil {
		return nil, err
	}
	r := &Report{Claims: make([]Claim, 0, st.Len())}
	for cl, err := range st.Claims() {
		if err != nil {
			return nil, err
		}
		r.Claims = append(r.Claims, cl)
	}
	totals, err := st.Report()
	if err != nil {
		return nil, err
	}
	totals.Claims = r.Claims
	return totals, nil
}

// checkSources returns the error of a call with these sources: none, one
// that NewSource did not make, or one beyond the Checker's limits.
func (c *Checker) checkSources(sources []*Source) error {
	if len(sources) == 0 {
		return &UsageError{Problem: "no source to check against"}
	}
	for k, s := range sources {
		if s == nil || s.doc == nil && s.outline == nil {
			return &UsageError{Problem: fmt.Sprintf("source %d of %d is not one NewSource made", k+1, len(sources))}
		}
		if n, max := s.bytes, c.opts.maxBytes(); n > max {
			return &LimitError{Text: s.name, Limit: "MaxBytes", Value: n, Max: max}
		}
		if n, max := s.n, c.opts.maxClaims(); n > max {
			return &LimitError{Text: s.name, Limit: "MaxClaims", Value: n, Max: max}
		}
	}
	return nil
}

// judge fills in r with a verdict on each claim of doc, against the
// sources that sourcesFor gives for it (see judging), and returns it; r's
// Sources are kept (sourcesFor may add to them). named says whether
// evidence names its source. A claim with no source is unsupported.
func (c *Checker) judge(ctx context.Context, doc *claims.Document, r *Report, named bool, sourcesFor func(*claims.Statement) []*Source) (*Report, error) {
	var j judging
	j.start(ctx, c, doc, named, sourcesFor)
	r.Claims = make([]Claim, 0, j.n)
	for {
		cl, ok, err := j.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		r.Claims = append(r.Claims, cl)
	}
	cls, sources := r.Claims, r.Sources
	*r = j.report
	r.Claims, r.Sources = cls, sources
	return r, nil
}

// choose returns the index of the verdict a claim takes among those of its
// sources, given in the order of the sources; -1 when there are none. The
// verdict that better puts first wins, unless it is unsupported and another
// source contradicts the claim with an alignment at least as strong (a
// Coverage at least the winner's): then that contradiction wins, the one
// better puts first if several.
//
// A source that does not speak of a claim gives it a low-coverage
// unsupported verdict whose score can beat a contradiction from the source
// that tells the same thing otherwise; that verdict is no evidence against
// the contradiction, so it must not hide it. A contradiction aligned more
// weakly than the winner (a negation in a loosely related sentence) does
// not win, and a winning supported verdict is never overruled: another
// source that tells it otherwise is a disagreement between the sources, not
// an error of the claim.
//
// The rule was chosen by go run ./examples/evaluate -multisource, which
// checks each labelled case against its own source and distractors (other
// summaries of the same article, other cases' sources) and compares rules
// for choosing with the single-source check: with unrelated distractors
// this one hides 0.9%, 0.5% and 1.6% of the true source's contradictions on
// bench, summaries.train and claims.train, where better alone hid 11.6%,
// 19.4% and 31.3%, nearly all behind an unsupported verdict. The README,
// "Several sources at once", has the other rules and figures.
func choose(vs []score.Verdict) int {
	if len(vs) == 0 {
		return -1
	}
	w := 0
	for i := 1; i < len(vs); i++ {
		if better(vs[i], vs[w]) {
			w = i
		}
	}
	if vs[w].Label != Unsupported {
		return w
	}
	c := -1
	for i, v := range vs {
		if v.Label == Contradicted && v.Coverage >= vs[w].Coverage && (c < 0 || better(v, vs[c])) {
			c = i
		}
	}
	if c >= 0 {
		return c
	}
	return w
}

// better orders verdicts from different sources by score: the higher score
// wins; on a tie, the one with more of the claim aligned. It decides which
// source a claim takes its verdict from (see choose), save that an
// unsupported winner gives way to a contradiction from a source aligned at
// least as strongly, which better alone would hide.
func better(a, b score.Verdict) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Coverage > b.Coverage
}

func makeClaim(c *claims.Statement, v score.Verdict, s *Source, named bool) Claim {
	out := Claim{Text: c.Text(), Start: c.Start(), End: c.End(), Label: v.Label, Score: round(v.Score),
		Coverage: round(v.Coverage), Kinds: v.Kinds, Caption: c.Caption()}
	if out.Kinds == nil {
		out.Kinds = []Kind{}
	}
	if s == nil {
		return out
	}
	if len(v.Match.Sentences) > 0 {
		out.Evidence = make([]Evidence, 0, len(v.Match.Sentences))
	}
	for _, si := range v.Match.Sentences {
		e := s.sentence(si)
		ev := Evidence{Text: e.Text, Start: e.Start, End: e.End}
		if named {
			ev.Source = s.name
		}
		out.Evidence = append(out.Evidence, ev)
	}
	if len(v.Findings) == 0 {
		return out
	}
	// The findings and their spans, each in one array of its exact size.
	out.Findings = make([]Finding, 0, len(v.Findings))
	n := 0
	for _, f := range v.Findings {
		n += b2i(f.Claim.End > f.Claim.Start) + b2i(f.Source.End > f.Source.Start)
	}
	spans := make([]Span, 0, n)
	span := func(sp score.Span) *Span {
		spans = append(spans, Span{Text: sp.Text, Start: sp.Start, End: sp.End})
		return &spans[len(spans)-1]
	}
	for _, f := range v.Findings {
		fd := Finding{Kind: f.Kind, Rule: f.Rule, Explanation: f.Explanation, Contradiction: f.Contradiction, Factor: round(f.Factor)}
		if f.Claim.End > f.Claim.Start {
			fd.Claim = span(f.Claim)
		}
		if f.Source.End > f.Source.Start {
			fd.Source = span(f.Source)
		}
		out.Findings = append(out.Findings, fd)
	}
	return out
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// round keeps three decimals, so reports print and compare stably.
func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// Check checks a derived text against a source text with the default options.
func Check(source, derived string) (*Report, error) {
	c, _ := New(Options{}) // the zero Options are valid
	return c.Check(source, derived)
}
