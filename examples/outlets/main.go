// Command outlets compares several versions of one story, as different
// outlets tell it: it checks every version against every other and against
// all the others together, and prints a matrix of document scores and the
// claims that only one version makes.
//
// Usage:
//
//	go run ./examples/outlets                   # the four bundled articles (two stories: 000/001 and 002/003)
//	go run ./examples/outlets FILE FILE...      # two or more versions, one per file ("-": standard input, once)
//	go run ./examples/outlets DIR               # every file of a folder (hidden files left out), by name
//	go run ./examples/outlets -json FILE...     # the same as JSON
//	go run ./examples/outlets -html out FILE... # also out/index.html: the matrix, each cell linking to its report
//
// A version is named by its file name without the extension. Row i, column
// j of the matrix is the score of version i checked against version j; the
// column "others" checks it against all the other versions together, each
// claim taking its verdict from the version that supports it best. A claim
// only one version makes is one that no other version supports: each is
// listed with its verdict against all the others together (unsupported or
// contradicted) and the closest evidence.
//
// While it works, it shows on standard error the checks done, the speed and
// the time left, when standard error is a terminal. Errors (a file that
// cannot be read or is larger than -max-input, 64 MiB by default, a version
// with no sentences, fewer than two versions, two versions of one name) are
// one line on standard error, and exit status 2.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/internal/cli"
	"github.com/newsdesk/claimcheck/testdata"
)

func main() {
	asJSON := flag.Bool("json", false, "print the matrix and the claims only one version makes as JSON")
	htmlDir := flag.String("html", "", "also write DIR/index.html and one HTML report per pair to `DIR`")
	maxInput := cli.Size(cli.DefaultMaxBytes)
	flag.Var(&maxInput, "max-input", "refuse a version larger than this (64MiB, 1GiB, ...)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: outlets [-json] [-html DIR] [-max-input SIZE] [FILE FILE... | DIR]")
		flag.PrintDefaults()
	}
	flag.Parse()
	var progress io.Writer
	if isTerminal(os.Stderr) {
		progress = os.Stderr
	}
	in := &cli.Inputs{Stdin: os.Stdin, MaxBytes: int64(maxInput)}
	if err := run(in, os.Stdout, progress, flag.Args(), *asJSON, *htmlDir); err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, "outlets:", err)
			flag.Usage()
			os.Exit(2)
		}
		cli.Exit("outlets", err)
	}
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// isTerminal reports whether f is a terminal (a character device: /dev/null
// is one too, where progress costs nothing).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// A version is one outlet's text of the story.
type version struct {
	name, file, text string
	source           *claimcheck.Source
}

// run reads the versions named by args through in, compares them and writes
// the result to stdout (and pages to htmlDir); progress, when not nil, gets
// the progress line.
func run(in *cli.Inputs, stdout, progress io.Writer, args []string, asJSON bool, htmlDir string) error {
	versions, err := readVersions(in, args)
	if err != nil {
		return err
	}
	checker, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		return err
	}
	for i := range versions {
		v := &versions[i]
		if v.source, err = checker.NewSource(v.name, v.text); err != nil {
			return fmt.Errorf("%s: %w", v.file, err)
		}
	}
	m, err := compare(checker, versions, progress)
	if err != nil {
		return err
	}
	if htmlDir != "" {
		if err := writeHTML(htmlDir, m); err != nil {
			return err
		}
	}
	if asJSON {
		return writeJSON(stdout, m)
	}
	return writeText(stdout, m)
}

// readVersions reads the files (or the folder) named by args; no args means
// the bundled articles. "-" reads one version from standard input, named
// "stdin".
func readVersions(in *cli.Inputs, args []string) ([]version, error) {
	var vs []version
	switch {
	case len(args) == 0:
		names, err := fs.Glob(testdata.Articles, "articles/*.txt")
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			b, err := fs.ReadFile(testdata.Articles, n)
			if err != nil {
				return nil, err
			}
			vs = append(vs, version{name: versionName(n), file: n, text: string(b)})
		}
	case len(args) == 1 && args[0] != "-":
		fi, err := os.Stat(args[0])
		if err != nil {
			return nil, &cli.InputError{Name: args[0], Err: unwrapPath(err)}
		}
		if !fi.IsDir() {
			return nil, usageError{"want two or more versions: files, or one folder"}
		}
		entries, err := os.ReadDir(args[0])
		if err != nil {
			return nil, &cli.InputError{Name: args[0], Err: unwrapPath(err)}
		}
		var files []string
		for _, e := range entries { // sorted by name
			if !strings.HasPrefix(e.Name(), ".") && e.Type().IsRegular() {
				files = append(files, filepath.Join(args[0], e.Name()))
			}
		}
		if vs, err = readFiles(in, files); err != nil {
			return nil, err
		}
	default:
		var err error
		if vs, err = readFiles(in, args); err != nil {
			return nil, err
		}
	}
	if len(vs) < 2 {
		return nil, usageError{fmt.Sprintf("want two or more versions; found %d", len(vs))}
	}
	seen := map[string]string{}
	for _, v := range vs {
		key := fileName(v.name)
		if other, ok := seen[key]; ok {
			return nil, fmt.Errorf("%s and %s give two versions one name, %q: rename one", other, v.file, v.name)
		}
		seen[key] = v.file
	}
	return vs, nil
}

// readFiles reads the named files ("-" for standard input, at most once),
// each refused when larger than in's limit.
func readFiles(in *cli.Inputs, names []string) ([]version, error) {
	texts, err := in.ReadAll(names)
	if err != nil {
		return nil, err
	}
	vs := make([]version, len(names))
	for i, n := range names {
		vs[i] = version{name: versionName(n), file: n, text: string(texts[i])}
		if n == "-" {
			vs[i].name, vs[i].file = "stdin", "standard input"
		}
	}
	return vs, nil
}

// versionName is a file's name without its folder and extension.
func versionName(path string) string {
	base := filepath.Base(path)
	if n := strings.TrimSuffix(base, filepath.Ext(base)); n != "" {
		return n
	}
	return base
}

// unwrapPath drops the path from a *fs.PathError, which the message names already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// A matrix holds every comparison of the versions.
type matrix struct {
	versions []version
	pairs    [][]*claimcheck.Report // pairs[i][j]: version i checked against version j; nil when i == j
	others   []*claimcheck.Report   // others[i]: version i checked against all the other versions together
	only     [][]int                // only[i]: the claims of version i that no other version supports
}

// compare runs every check on all cores; the results do not depend on
// their order.
func compare(checker *claimcheck.Checker, vs []version, progress io.Writer) (*matrix, error) {
	n := len(vs)
	m := &matrix{versions: vs, pairs: make([][]*claimcheck.Report, n), others: make([]*claimcheck.Report, n)}
	type job struct{ i, j int } // j < 0: against all the others
	var jobs []job
	var total int64
	for i := range n {
		m.pairs[i] = make([]*claimcheck.Report, n)
		for j := range n {
			if i != j {
				jobs = append(jobs, job{i, j})
				total += int64(len(vs[i].text) + len(vs[j].text))
			}
		}
		jobs = append(jobs, job{i, -1})
		for j := range n {
			if j != i {
				total += int64(len(vs[j].text))
			}
		}
		total += int64(len(vs[i].text))
	}
	p := newProgress(progress, len(jobs), total)
	errs := make([]error, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for range min(runtime.NumCPU(), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				jb := jobs[k]
				var sources []*claimcheck.Source
				size := len(vs[jb.i].text)
				if jb.j >= 0 {
					sources = []*claimcheck.Source{vs[jb.j].source}
					size += len(vs[jb.j].text)
				} else {
					for o := range n {
						if o != jb.i {
							sources = append(sources, vs[o].source)
							size += len(vs[o].text)
						}
					}
				}
				r, err := checker.CheckSources(vs[jb.i].text, sources...)
				mu.Lock()
				if err != nil {
					errs[k] = fmt.Errorf("%s: %w", vs[jb.i].file, err)
				} else if jb.j >= 0 {
					m.pairs[jb.i][jb.j] = r
				} else {
					m.others[jb.i] = r
				}
				p.add(int64(size))
				mu.Unlock()
			}
		}()
	}
	for k := range jobs {
		next <- k
	}
	close(next)
	wg.Wait()
	p.finish()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if n == 2 { // evidence from a single source names none: name it, as with more versions
		for i := range n {
			for k := range m.others[i].Claims {
				for e := range m.others[i].Claims[k].Evidence {
					m.others[i].Claims[k].Evidence[e].Source = vs[1-i].name
				}
			}
		}
	}
	for i := range n {
		var only []int
		for k := range m.others[i].Claims {
			supported := false
			for j := range n {
				if r := m.pairs[i][j]; r != nil {
					if len(r.Claims) != len(m.others[i].Claims) { // one text, one segmentation: cannot happen
						return nil, fmt.Errorf("%s: checks of one text found different claims", vs[i].file)
					}
					supported = supported || r.Claims[k].Label == claimcheck.Supported
				}
			}
			if !supported {
				only = append(only, k)
			}
		}
		m.only = append(m.only, only)
	}
	return m, nil
}

// progress writes "12/20 checks, 1.3 MB/s, 4s left" over itself, at most
// five times a second.
type progress struct {
	w            io.Writer
	total, done  int
	bytes, size  int64
	start, shown time.Time
	now          func() time.Time
}

func newProgress(w io.Writer, total int, size int64) *progress {
	p := &progress{w: w, total: total, size: size, now: time.Now}
	p.start = p.now()
	return p
}

func (p *progress) add(bytes int64) {
	p.done++
	p.bytes += bytes
	if p.w == nil {
		return
	}
	now := p.now()
	if now.Sub(p.shown) < 200*time.Millisecond && p.done < p.total {
		return
	}
	p.shown = now
	elapsed := now.Sub(p.start).Seconds()
	line := fmt.Sprintf("%d/%d checks", p.done, p.total)
	if elapsed > 0 {
		rate := float64(p.bytes) / elapsed
		left := time.Duration(float64(p.size-p.bytes) / rate * float64(time.Second)).Round(time.Second)
		line += fmt.Sprintf(", %.1f MB/s, %s left", rate/1e6, left)
	}
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
}

// finish clears the progress line.
func (p *progress) finish() {
	if p.w != nil && p.done > 0 {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// The JSON output.
type jsonOut struct {
	// Scores[i][j] is the score of version i checked against version j;
	// null on the diagonal.
	Scores   [][]*float64  `json:"scores"`
	Versions []jsonVersion `json:"versions"`
}

type jsonVersion struct {
	Name   string             `json:"name"`
	Claims int                `json:"claims"`
	Others float64            `json:"others"` // the score against all the other versions together
	Only   []claimcheck.Claim `json:"only"`   // the claims no other version supports, as checked against all of them
}

func writeJSON(w io.Writer, m *matrix) error {
	var out jsonOut
	for i, v := range m.versions {
		row := make([]*float64, len(m.versions))
		for j, r := range m.pairs[i] {
			if r != nil {
				row[j] = &r.Score
			}
		}
		out.Scores = append(out.Scores, row)
		jv := jsonVersion{Name: v.name, Claims: len(m.others[i].Claims), Others: m.others[i].Score, Only: []claimcheck.Claim{}}
		for _, k := range m.only[i] {
			jv.Only = append(jv.Only, m.others[i].Claims[k])
		}
		out.Versions = append(out.Versions, jv)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeText(w io.Writer, m *matrix) error {
	var b strings.Builder
	n := len(m.versions)
	width := 0
	for _, v := range m.versions {
		width = max(width, len(v.name))
	}
	fmt.Fprintf(&b, "%d versions. Score of each row checked against each column (1: every claim supported), and against all the others together:\n\n", n)
	fmt.Fprintf(&b, "%*s", width+4, "")
	for j := range n {
		fmt.Fprintf(&b, " %6d", j+1)
	}
	fmt.Fprintf(&b, "  others\n")
	for i, v := range m.versions {
		fmt.Fprintf(&b, "%2d  %-*s", i+1, width, v.name)
		for j := range n {
			if r := m.pairs[i][j]; r != nil {
				fmt.Fprintf(&b, " %6.3f", r.Score)
			} else {
				fmt.Fprintf(&b, " %6s", "-")
			}
		}
		fmt.Fprintf(&b, "  %6.3f\n", m.others[i].Score)
	}
	b.WriteString("\nClaims only one version makes (no other version supports them), as checked against all the others:\n")
	for i, v := range m.versions {
		r := m.others[i]
		fmt.Fprintf(&b, "\n%d. %s: %d of %d claims\n", i+1, v.name, len(m.only[i]), len(r.Claims))
		for _, k := range m.only[i] {
			c := r.Claims[k]
			fmt.Fprintf(&b, "   [%s %.2f] %s\n", strings.ToUpper(string(c.Label)), c.Score, fold(c.Text))
			if len(c.Evidence) > 0 {
				fmt.Fprintf(&b, "      closest (%s): %s\n", c.Evidence[0].Source, fold(c.Evidence[0].Text))
			}
			for _, f := range c.Findings {
				fmt.Fprintf(&b, "      - %s: %s\n", f.Kind, f.Explanation)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fold folds runs of white space to one space.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// fileName makes a version's name safe as a file name.
func fileName(name string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.' {
			return r
		}
		return '_'
	}, name)
}
