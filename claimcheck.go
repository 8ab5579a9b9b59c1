package claimcheck

import (
	"errors"
	"fmt"
	"math"
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
)

// Options configure a Checker. The zero value gives the defaults.
type Options struct {
	// MinCoverage is the share of a claim's content, weighted by rarity, that
	// the source must carry before the claim can be supported or
	// contradicted. 0 means 0.5.
	MinCoverage float64
	// MaxEvidence is how many source sentences one claim may draw on.
	// 0 means 3.
	MaxEvidence int
}

// A Checker checks derived texts against sources. It holds no state besides
// its options: one Checker is safe for concurrent use by many goroutines.
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
	if o.MaxEvidence < 0 {
		return &OptionError{Field: "MaxEvidence", Value: o.MaxEvidence, Want: "0 (the default, 3) or more"}
	}
	return nil
}

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

// A Source is a source text prepared for checking: parsed and indexed once,
// then reused for any number of derived texts. It is immutable and safe for
// concurrent use.
type Source struct {
	name  string
	index *score.Source
}

// NewSource parses and indexes a source text under a name that reports will
// use to say which source a piece of evidence comes from.
func (c *Checker) NewSource(name, text string) (*Source, error) {
	if name == "" {
		name = "source"
	}
	if err := validate(name, text); err != nil {
		return nil, err
	}
	doc := claims.Parse(text)
	if len(doc.Statements) == 0 {
		return nil, &InputError{Text: name, Offset: -1, Err: ErrEmpty}
	}
	return &Source{name: name, index: score.Prepare(align.Prepare(doc, align.Options{MaxSentences: c.opts.MaxEvidence}))}, nil
}

// Name returns the source's name.
func (s *Source) Name() string { return s.name }

// Check checks a derived text against one source text.
func (c *Checker) Check(source, derived string) (*Report, error) {
	src, err := c.NewSource("source", source)
	if err != nil {
		return nil, err
	}
	return c.CheckSources(derived, src)
}

// CheckSources checks a derived text against several sources at once: each
// claim takes its verdict from the source that supports it best, and its
// evidence says which source that is.
func (c *Checker) CheckSources(derived string, sources ...*Source) (*Report, error) {
	if len(sources) == 0 {
		return nil, errors.New("claimcheck: no source to check against")
	}
	if err := validate("derived", derived); err != nil {
		return nil, err
	}
	doc := claims.Parse(derived)
	if len(doc.Statements) == 0 {
		return nil, &InputError{Text: "derived", Offset: -1, Err: ErrEmpty}
	}
	opts := score.Options{MinCoverage: c.opts.MinCoverage}
	r := &Report{Claims: make([]Claim, len(doc.Statements))}
	verdicts := make([]score.Verdict, len(doc.Statements))
	for _, s := range sources {
		r.Sources = append(r.Sources, s.name)
	}
	for i := range doc.Statements {
		best, bestSource := score.Verdict{}, -1
		for k, s := range sources {
			v := score.Judge(s.index, &doc.Statements[i], opts)
			if bestSource < 0 || better(v, best) {
				best, bestSource = v, k
			}
		}
		verdicts[i] = best
		r.Claims[i] = makeClaim(&doc.Statements[i], best, sources[bestSource], len(sources) > 1)
		switch best.Label {
		case Supported:
			r.Supported++
		case Contradicted:
			r.Contradicted++
		default:
			r.Unsupported++
		}
	}
	d := score.Document(verdicts)
	r.Score, r.Probability = round(d), round(score.Probability(d))
	r.Consistent = r.Probability >= ConsistentThreshold
	for _, e := range doc.Excluded {
		r.Excluded = append(r.Excluded, Excluded{Text: e.Text, Start: e.Start, End: e.End, Reason: e.Reason})
	}
	return r, nil
}

// better orders verdicts from different sources: the higher score wins;
// on a tie, the one with more of the claim aligned.
func better(a, b score.Verdict) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Coverage > b.Coverage
}

func makeClaim(c *claims.Statement, v score.Verdict, s *Source, named bool) Claim {
	out := Claim{Text: c.Text, Start: c.Start, End: c.End, Label: v.Label, Score: round(v.Score),
		Coverage: round(v.Coverage), Kinds: v.Kinds, Caption: c.Caption}
	if out.Kinds == nil {
		out.Kinds = []Kind{}
	}
	doc := s.index.Doc()
	for _, si := range v.Match.Sentences {
		e := doc.Statements[si]
		ev := Evidence{Text: e.Text, Start: e.Start, End: e.End}
		if named {
			ev.Source = s.name
		}
		out.Evidence = append(out.Evidence, ev)
	}
	for _, f := range v.Findings {
		fd := Finding{Kind: f.Kind, Rule: f.Rule, Explanation: f.Explanation, Contradiction: f.Contradiction, Factor: round(f.Factor)}
		if f.Claim.End > f.Claim.Start {
			fd.Claim = &Span{Text: f.Claim.Text, Start: f.Claim.Start, End: f.Claim.End}
		}
		if f.Source.End > f.Source.Start {
			fd.Source = &Span{Text: f.Source.Text, Start: f.Source.Start, End: f.Source.End}
		}
		out.Findings = append(out.Findings, fd)
	}
	return out
}

// round keeps three decimals, so reports print and compare stably.
func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// Check checks a derived text against a source text with the default options.
func Check(source, derived string) (*Report, error) {
	c, _ := New(Options{}) // the zero Options are valid
	return c.Check(source, derived)
}
