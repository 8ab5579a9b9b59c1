// Package htmlreport writes a claimcheck Report as one self-contained HTML
// page: the derived text and its sources side by side, each claim marked by
// its label, its findings one click away, and its evidence highlighted in the
// source.
//
// It is a package of its own, not a method of Report, so that programs that
// only check texts do not link html/template: importing it adds 0.6 MB to a
// binary that never renders a page, and 2.6 MB to one that does (a program
// that calls claimcheck.Check is 4.4 MB; measured with go build, Go 1.26).
package htmlreport

import (
	"cmp"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/newsdesk/claimcheck"
)

// A Doc is a text the report was made from, with the name the page shows
// for it.
type Doc struct {
	Name string // shown as the column's heading; "" means "derived" or "source"
	Text string // the whole text, exactly as checked: the report's byte offsets point into it
}

//go:embed page.html.tmpl page.css page.js
var assets embed.FS

var page = template.Must(template.New("page.html.tmpl").Funcs(template.FuncMap{
	"css": func() template.CSS { return template.CSS(mustRead("page.css")) },
	"js":  func() template.JS { return template.JS(mustRead("page.js")) },
}).ParseFS(assets, "page.html.tmpl"))

func mustRead(name string) string {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: cannot fail
	}
	return string(b)
}

// Write writes r as an HTML page to w. derived is the text r was made from
// and sources the texts it was checked against, in any order: a piece of
// evidence names its source (Evidence.Source), which must be the Name of
// one of sources; with a single source, evidence that names none is its.
//
// The page has no external assets and runs offline; its output depends only
// on its arguments. Write returns an error, and writes nothing, when the
// report does not belong to the texts: a claim or a piece of evidence whose
// bytes are not the text it quotes, claims that overlap, a source it cannot
// tell, or two sources of one name. It is safe to call from many
// goroutines at once.
func Write(w io.Writer, r *claimcheck.Report, derived Doc, sources ...Doc) error {
	if r == nil {
		return fmt.Errorf("htmlreport: no report")
	}
	if len(sources) == 0 {
		return fmt.Errorf("htmlreport: no source text")
	}
	rep, err := decode(r)
	if err != nil {
		return err
	}
	v, err := build(rep, derived, sources)
	if err != nil {
		return err
	}
	var b strings.Builder
	if err := page.Execute(&b, v); err != nil {
		return fmt.Errorf("htmlreport: %w", err)
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// The report as the page reads it. It is decoded from the report's JSON
// form, which is the stable shape of a report, so that fields added to it
// later (a claim's "caption", a finding's "rule") are shown as soon as the
// report carries them, without a change here.
type report struct {
	Score        float64    `json:"score"`
	Supported    int        `json:"supported"`
	Contradicted int        `json:"contradicted"`
	Unsupported  int        `json:"unsupported"`
	Claims       []claim    `json:"claims"`
	Excluded     []excluded `json:"excluded"`
}

type claim struct {
	Text     string     `json:"text"`
	Start    int        `json:"start"`
	End      int        `json:"end"`
	Label    string     `json:"label"`
	Score    float64    `json:"score"`
	Coverage float64    `json:"coverage"`
	Kinds    []string   `json:"kinds"`
	Caption  bool       `json:"caption"`
	Evidence []evidence `json:"evidence"`
	Findings []finding  `json:"findings"`
}

type evidence struct {
	Source string `json:"source"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

type finding struct {
	Kind        string   `json:"kind"`
	Rule        string   `json:"rule"`
	Explanation string   `json:"explanation"`
	Claim       *offsets `json:"claim"`  // in the derived text
	Source      *offsets `json:"source"` // in the claim's source
	Factor      float64  `json:"factor"`
}

type offsets struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type excluded struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"reason"`
}

// view is what the template renders.
type view struct {
	Title   string
	Summary string
	Derived column
	Sources []column
	Claims  []claimView
}

// A column is a text cut into pieces: plain text, claims (derived) or
// evidence (sources), and excluded text.
type column struct {
	Name   string
	Pieces []piece
}

type piece struct {
	Text  string
	Class string // "", "claim LABEL", "evidence" or "excluded"
	ID    string
	N     int    // the claim's number, from 1
	Badge string // drawn before a claim: its number, "caption" for a caption
	Ev    string // a claim's evidence ids, space-separated
	Marks string // where its findings point: "ID:FROM-TO ...", offsets in UTF-16 code units into element ID's text
	Tip   string // tooltip: a claim's verdict and findings, an excluded piece's reason
}

type claimView struct {
	N        int
	Label    string
	Symbol   string
	Score    string
	Coverage string
	Kinds    string
	Caption  bool
	Findings []finding
	Evidence []evidenceView
}

type evidenceView struct {
	ID, Source, Text string
}

// symbols mark each label in text as well as in colour.
var symbols = map[string]string{"supported": "✓", "contradicted": "✗", "unsupported": "?"}

// decode reads a report through its JSON form.
func decode(r *claimcheck.Report) (*report, error) {
	js, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("htmlreport: %w", err)
	}
	var rep report
	if err := json.Unmarshal(js, &rep); err != nil {
		return nil, fmt.Errorf("htmlreport: %w", err)
	}
	return &rep, nil
}

func build(rep *report, derived Doc, sources []Doc) (*view, error) {
	if derived.Name == "" {
		derived.Name = "derived"
	}
	names := make([]string, len(sources))
	for k, s := range sources {
		names[k] = s.Name
		if names[k] == "" {
			names[k] = "source"
		}
		if i := slices.Index(names[:k], names[k]); i >= 0 {
			return nil, fmt.Errorf("htmlreport: two sources are named %q", names[k])
		}
	}
	sourceOf := func(name string) (int, error) {
		if name == "" && len(sources) == 1 {
			return 0, nil
		}
		for k, s := range sources {
			if s.Name == name {
				return k, nil
			}
		}
		if name == "" {
			return 0, fmt.Errorf("a piece of evidence names no source, and there are %d", len(sources))
		}
		return 0, fmt.Errorf("a piece of evidence comes from %q, which is not among the sources given", name)
	}

	v := &view{
		Title: derived.Name + " against " + strings.Join(names, ", "),
		Summary: fmt.Sprintf("score %.3f: %d claims, %d supported, %d contradicted, %d unsupported",
			rep.Score, len(rep.Claims), rep.Supported, rep.Contradicted, rep.Unsupported),
	}
	spans := make([][]span, len(sources)) // the evidence of each source
	var marks []span                      // claims and excluded text of the derived text
	for i, c := range rep.Claims {
		n := i + 1
		if err := check(derived.Text, c.Start, c.End, c.Text); err != nil {
			return nil, fmt.Errorf("htmlreport: claim %d: %v of the derived text: is the report for this text?", n, err)
		}
		if i > 0 && c.Start < rep.Claims[i-1].End {
			return nil, fmt.Errorf("htmlreport: claim %d overlaps claim %d", n, n-1)
		}
		cv := claimView{N: n, Label: c.Label, Symbol: symbols[c.Label], Score: fmt.Sprintf("%.2f", c.Score),
			Coverage: fmt.Sprintf("%.0f%%", 100*c.Coverage), Kinds: strings.Join(c.Kinds, ", "), Caption: c.Caption,
			Findings: c.Findings}
		var ids []string
		for _, e := range c.Evidence {
			k, err := sourceOf(e.Source)
			if err != nil {
				return nil, fmt.Errorf("htmlreport: claim %d: %v", n, err)
			}
			if err := check(sources[k].Text, e.Start, e.End, e.Text); err != nil {
				return nil, fmt.Errorf("htmlreport: claim %d: evidence %v of source %q: is the report for this text?", n, err, names[k])
			}
			id := "e" + strconv.Itoa(k) + "-" + strconv.Itoa(e.Start)
			ids = append(ids, id)
			cv.Evidence = append(cv.Evidence, evidenceView{ID: id, Source: names[k], Text: e.Text})
			spans[k] = append(spans[k], span{start: e.Start, end: e.End, p: piece{Class: "evidence", ID: id}})
		}
		v.Claims = append(v.Claims, cv)
		badge := strconv.Itoa(n)
		if c.Caption {
			badge += " caption"
		}
		id := "c" + strconv.Itoa(n)
		marks = append(marks, span{start: c.Start, end: c.End, p: piece{Class: "claim " + c.Label, ID: id,
			N: n, Badge: badge, Ev: strings.Join(ids, " "), Marks: findingMarks(c, id, ids), Tip: tip(n, c)}})
	}
	for _, e := range rep.Excluded {
		if check(derived.Text, e.Start, e.End, "") == nil {
			marks = append(marks, span{start: e.Start, end: e.End, p: piece{Class: "excluded", Tip: "left out: " + e.Reason}})
		}
	}
	pieces, _ := cut(derived.Text, marks) // claims do not overlap: only excluded text can be dropped
	v.Derived = column{Name: derived.Name, Pieces: pieces}
	for k, s := range sources {
		pieces, dropped := cut(s.Text, spans[k])
		if len(dropped) > 0 {
			d := dropped[0]
			return nil, fmt.Errorf("htmlreport: evidence at bytes %d-%d of source %q overlaps other evidence", d.start, d.end, names[k])
		}
		v.Sources = append(v.Sources, column{Name: names[k], Pieces: pieces})
	}
	return v, nil
}

// check reports whether text[start:end] is want ("" accepts any bytes).
func check(text string, start, end int, want string) error {
	if start < 0 || end < start || end > len(text) {
		return fmt.Errorf("bytes %d-%d are outside the %d bytes", start, end, len(text))
	}
	if want != "" && text[start:end] != want {
		return fmt.Errorf("bytes %d-%d are not the text it quotes", start, end)
	}
	return nil
}

type span struct {
	start, end int
	p          piece
}

// cut cuts text into pieces: the marked spans and the plain text between
// them. A span repeated (one sentence that is evidence for several claims)
// is drawn once. Of spans that overlap, the first in the text wins and the
// others are returned as dropped; on a tie, the first given (claims are
// given before excluded text, so excluded text never hides one).
func cut(text string, marks []span) (out []piece, dropped []span) {
	marks = slices.Clone(marks)
	slices.SortStableFunc(marks, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	at, last := 0, span{start: -1}
	for _, m := range marks {
		if m.start == last.start && m.end == last.end {
			continue
		}
		if m.start < at || m.end == m.start {
			dropped = append(dropped, m)
			continue
		}
		last = m
		if m.start > at {
			out = append(out, piece{Text: text[at:m.start]})
		}
		m.p.Text = text[m.start:m.end]
		out = append(out, m.p)
		at = m.end
	}
	if at < len(text) {
		out = append(out, piece{Text: text[at:]})
	}
	return out, dropped
}

// tip is a claim's tooltip: its verdict, then one line per finding.
func tip(n int, c claim) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d. %s %s, score %.2f", n, symbols[c.Label], c.Label, c.Score)
	if c.Caption {
		b.WriteString(" (a caption)")
	}
	for _, f := range c.Findings {
		b.WriteString("\n• " + f.Kind)
		if f.Rule != "" {
			b.WriteString(" [" + f.Rule + "]")
		}
		b.WriteString(": " + f.Explanation)
	}
	if len(c.Evidence) == 0 {
		b.WriteString("\nnothing related in the source")
	}
	return b.String()
}

// findingMarks says where a claim's findings point, in the claim and in its
// evidence, as the page's script wants it: the element's id, then the span
// in UTF-16 code units (JavaScript's string offsets) into its text. A span
// that lies in neither is left out.
func findingMarks(c claim, id string, evIDs []string) string {
	var out []string
	add := func(id, text string, start, end, at int) {
		if start >= at && end <= at+len(text) && start < end {
			from := utf16Len(text[:start-at])
			out = append(out, fmt.Sprintf("%s:%d-%d", id, from, from+utf16Len(text[start-at:end-at])))
		}
	}
	for _, f := range c.Findings {
		if f.Claim != nil {
			add(id, c.Text, f.Claim.Start, f.Claim.End, c.Start)
		}
		if f.Source != nil {
			for j, e := range c.Evidence {
				if f.Source.Start >= e.Start && f.Source.End <= e.End {
					add(evIDs[j], e.Text, f.Source.Start, f.Source.End, e.Start)
					break
				}
			}
		}
	}
	return strings.Join(out, " ")
}

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
