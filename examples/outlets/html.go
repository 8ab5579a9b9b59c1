package main

import (
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/htmlreport"
)

// writeHTML writes dir/index.html, the matrix with each cell linking to
// its pair's report, and the reports: NAME-against-NAME.html for each
// pair, NAME-against-others.html for each version against all the others.
func writeHTML(dir string, m *matrix) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	doc := func(i int) htmlreport.Doc { return htmlreport.Doc{Name: m.versions[i].name, Text: m.versions[i].text} }
	ix := indexView{N: len(m.versions)}
	for i, v := range m.versions {
		row := rowView{N: i + 1, Name: v.name}
		for j := range m.versions {
			r := m.pairs[i][j]
			if r == nil {
				row.Cells = append(row.Cells, cellView{})
				continue
			}
			file := fileName(v.name) + "-against-" + fileName(m.versions[j].name) + ".html"
			if err := writePage(filepath.Join(dir, file), r, doc(i), doc(j)); err != nil {
				return err
			}
			row.Cells = append(row.Cells, cell(r, file, v.name+" checked against "+m.versions[j].name))
		}
		var others []htmlreport.Doc
		for j := range m.versions {
			if j != i {
				others = append(others, doc(j))
			}
		}
		file := fileName(v.name) + "-against-others.html"
		if err := writePage(filepath.Join(dir, file), m.others[i], doc(i), others...); err != nil {
			return err
		}
		row.Others = cell(m.others[i], file, v.name+" checked against all the others together")
		for _, k := range m.only[i] {
			c := m.others[i].Claims[k]
			row.Only = append(row.Only, onlyView{N: k + 1, Label: string(c.Label), Score: fmt.Sprintf("%.2f", c.Score),
				Text: fold(c.Text), Link: fmt.Sprintf("%s#c%d", file, k+1)})
		}
		row.Claims = len(m.others[i].Claims)
		ix.Rows = append(ix.Rows, row)
	}
	f, err := os.Create(filepath.Join(dir, "index.html"))
	if err != nil {
		return err
	}
	err = index.Execute(f, ix)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func writePage(path string, r *claimcheck.Report, derived htmlreport.Doc, sources ...htmlreport.Doc) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = htmlreport.Write(f, r, derived, sources...)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

type indexView struct {
	N    int
	Rows []rowView
}

type rowView struct {
	N      int
	Name   string
	Cells  []cellView
	Others cellView
	Claims int
	Only   []onlyView
}

type cellView struct {
	Score, Class, Link, Tip string
}

type onlyView struct {
	N                        int
	Label, Score, Text, Link string
}

// cell shows a score, shaded by the share of claims the source supports.
func cell(r *claimcheck.Report, link, what string) cellView {
	class := "low"
	switch {
	case r.Score >= 0.7:
		class = "high"
	case r.Score >= 0.4:
		class = "mid"
	}
	return cellView{Score: fmt.Sprintf("%.3f", r.Score), Class: class, Link: link,
		Tip: fmt.Sprintf("%s: %d claims, %d supported, %d contradicted, %d unsupported", what,
			len(r.Claims), r.Supported, r.Contradicted, r.Unsupported)}
}

var index = template.Must(template.New("index").Funcs(template.FuncMap{
	"upper": strings.ToUpper,
	"seq": func(n int) []int {
		s := make([]int, n)
		for i := range s {
			s[i] = i + 1
		}
		return s
	},
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimcheck examples/outlets">
<title>claimcheck: {{.N}} versions of a story</title>
<link rel="icon" href="data:,">
<style>
body { margin: 1rem 1.5rem; font: 14px/1.45 system-ui, "DejaVu Sans", sans-serif; color: #1b1b1b; }
h1 { font-size: 1.15rem; } h2 { font-size: 1rem; margin-top: 1.5rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .6rem; text-align: right; font-variant-numeric: tabular-nums; }
th[scope=row], thead th:first-child { text-align: left; font-weight: 600; }
td a { display: block; color: inherit; text-decoration: none; }
td a:hover, td a:focus { text-decoration: underline; }
.high { background: #e1eefa; } .mid { background: #fff0bf; } .low { background: #fde4d8; }
.self { color: #999; text-align: center; }
.label { display: inline-block; padding: 1px 5px; border-radius: 3px; color: #fff; font: 700 11px/1.3 system-ui, sans-serif; }
.contradicted { background: #c03c00; } .unsupported { background: #7a5600; } .supported { background: #0067a5; }
li { margin: .15rem 0; }
</style>
</head>
<body>
<h1>claimcheck: {{.N}} versions of a story</h1>
<p>Each cell is the score of the row's version checked against the column's version (1: every claim supported; shaded
blue from 0.7, yellow from 0.4, orange below); "others" checks it against all the other versions together. Each cell links
to its report.</p>
<table>
<thead><tr><th scope="col">version</th>{{range seq .N}}<th scope="col">{{.}}</th>{{end}}<th scope="col">others</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr><th scope="row">{{.N}}. {{.Name}}</th>
{{- range .Cells}}{{if .Link}}<td class="{{.Class}}"><a href="{{.Link}}" title="{{.Tip}}">{{.Score}}</a></td>{{else}}<td class="self">–</td>{{end}}{{end -}}
<td class="{{.Others.Class}}"><a href="{{.Others.Link}}" title="{{.Others.Tip}}">{{.Others.Score}}</a></td></tr>
{{- end}}
</tbody>
</table>
<h2>Claims only one version makes</h2>
<p>No other version supports them; each with its verdict against all the others together.</p>
{{- range .Rows}}
<h3>{{.N}}. {{.Name}}: {{len .Only}} of {{.Claims}} claims</h3>
{{- if .Only}}
<ul>
{{- range .Only}}
<li><span class="label {{.Label}}">{{upper .Label}} {{.Score}}</span> <a href="{{.Link}}">{{.Text}}</a></li>
{{- end}}
</ul>
{{- end}}
{{- end}}
</body>
</html>
`))
