package htmlreport_test

// The browser test drives Debian's chromium through the DevTools protocol
// over a pipe (--remote-debugging-pipe: chromium reads commands on fd 3 and
// writes replies and events on fd 4, each message JSON ended by a NUL
// byte), so it needs no websocket client and no module besides the
// standard library.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/htmlreport"
)

var screenshot = flag.String("screenshot", "", "save a 1200×900 PNG of the page of 003 against 002, its first contradicted claim selected, to this file")

// chromium returns the browser to drive: $CHROMIUM, or chromium on $PATH.
func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// A devtools is a DevTools protocol connection to a browser.
type devtools struct {
	w      *os.File
	mu     sync.Mutex
	next   int
	wait   map[int]chan message
	events []message
	err    error // why reading stopped
}

type message struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// startChromium starts a headless chromium with a pipe to it; the cleanup
// closes it, and kills it if it does not exit.
func startChromium(t *testing.T, path string) *devtools {
	t.Helper()
	cmdR, cmdW, err := os.Pipe() // chromium reads commands from cmdR, its fd 3
	if err != nil {
		t.Fatal(err)
	}
	respR, respW, err := os.Pipe() // and writes to respW, its fd 4
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(path, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-proxy-server",
		"--disable-extensions", "--mute-audio", "--hide-scrollbars",
		"--user-data-dir="+t.TempDir(), "--remote-debugging-pipe", "about:blank")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.ExtraFiles = []*os.File{cmdR, respW}
	if err := cmd.Start(); err != nil {
		t.Fatalf("cannot start %s: %v", path, err)
	}
	cmdR.Close()
	respW.Close()
	d := &devtools{w: cmdW, wait: map[int]chan message{}}
	exited := make(chan struct{})
	go func() {
		cmd.Wait()
		close(exited)
	}()
	go d.read(respR)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		d.call(ctx, "", "Browser.close", nil) // an error here is no matter: it is killed below
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		cmdW.Close()
		respR.Close()
		if t.Failed() {
			var lines []string
			for _, l := range strings.Split(stderr.String(), "\n") {
				if !strings.Contains(l, "dbus") { // a container has no D-Bus, and chromium says so at length
					lines = append(lines, l)
				}
			}
			t.Logf("chromium's stderr, D-Bus complaints left out:\n%s", strings.Join(lines, "\n"))
		}
	})
	return d
}

// read reads replies and events until the pipe closes.
func (d *devtools) read(r *os.File) {
	br := bufio.NewReader(r)
	for {
		b, err := br.ReadBytes(0)
		if err != nil {
			d.mu.Lock()
			d.err = fmt.Errorf("reading from chromium: %w", err)
			for id, ch := range d.wait {
				close(ch)
				delete(d.wait, id)
			}
			d.mu.Unlock()
			return
		}
		var m message
		if err := json.Unmarshal(b[:len(b)-1], &m); err != nil {
			continue // not a message of the protocol; nothing waits for it
		}
		d.mu.Lock()
		if m.ID != 0 {
			if ch, ok := d.wait[m.ID]; ok {
				ch <- m
				delete(d.wait, m.ID)
			}
		} else {
			d.events = append(d.events, m)
		}
		d.mu.Unlock()
	}
}

// call sends a command (to a page's session, or to the browser when session
// is "") and waits for its result.
func (d *devtools) call(ctx context.Context, session, method string, params any) (json.RawMessage, error) {
	p, err := json.Marshal(params)
	if err != nil {
		return nil, err
	}
	if params == nil {
		p = []byte("{}")
	}
	ch := make(chan message, 1)
	d.mu.Lock()
	if d.err != nil {
		d.mu.Unlock()
		return nil, d.err
	}
	d.next++
	id := d.next
	d.wait[id] = ch
	d.mu.Unlock()
	b, _ := json.Marshal(message{ID: id, Method: method, Params: p, SessionID: session})
	if _, err := d.w.Write(append(b, 0)); err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m, ok := <-ch:
		if !ok {
			return nil, fmt.Errorf("%s: chromium closed the pipe", method)
		}
		if m.Error != nil {
			return nil, fmt.Errorf("%s: %s (%d)", method, m.Error.Message, m.Error.Code)
		}
		return m.Result, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// since returns the events from the i-th on.
func (d *devtools) since(i int) []message {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]message(nil), d.events[min(i, len(d.events)):]...)
}

func (d *devtools) count() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.events)
}

// waitEvent waits for an event of a method from the from-th event on.
func (d *devtools) waitEvent(ctx context.Context, from int, method string) error {
	for {
		for _, m := range d.since(from) {
			if m.Method == method {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", method, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// problems lists the exceptions and the console and log errors among the
// events from the from-th on.
func (d *devtools) problems(from int) []string {
	var out []string
	for _, m := range d.since(from) {
		switch m.Method {
		case "Runtime.exceptionThrown":
			var p struct {
				Details struct {
					Text      string `json:"text"`
					Exception struct {
						Description string `json:"description"`
					} `json:"exception"`
				} `json:"exceptionDetails"`
			}
			json.Unmarshal(m.Params, &p)
			out = append(out, "exception: "+p.Details.Text+" "+p.Details.Exception.Description)
		case "Runtime.consoleAPICalled":
			var p struct {
				Type string `json:"type"`
				Args []struct {
					Value       any    `json:"value"`
					Description string `json:"description"`
				} `json:"args"`
			}
			json.Unmarshal(m.Params, &p)
			if p.Type == "error" || p.Type == "warning" || p.Type == "assert" {
				var args []string
				for _, a := range p.Args {
					args = append(args, fmt.Sprint(a.Value, a.Description))
				}
				out = append(out, "console."+p.Type+": "+strings.Join(args, " "))
			}
		case "Log.entryAdded":
			var p struct {
				Entry struct {
					Level, Source, Text, URL string
				} `json:"entry"`
			}
			json.Unmarshal(m.Params, &p)
			if p.Entry.Level == "error" || p.Entry.Level == "warning" {
				out = append(out, fmt.Sprintf("log %s (%s): %s %s", p.Entry.Level, p.Entry.Source, p.Entry.Text, p.Entry.URL))
			}
		}
	}
	return out
}

// A tab is one page of the browser.
type tab struct {
	d       *devtools
	session string
}

func newTab(ctx context.Context, t *testing.T, d *devtools) *tab {
	t.Helper()
	res, err := d.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"})
	if err != nil {
		t.Fatal(err)
	}
	var target struct {
		TargetID string `json:"targetId"`
	}
	json.Unmarshal(res, &target)
	res, err = d.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true})
	if err != nil {
		t.Fatal(err)
	}
	var att struct {
		SessionID string `json:"sessionId"`
	}
	json.Unmarshal(res, &att)
	tb := &tab{d: d, session: att.SessionID}
	for _, m := range []string{"Runtime.enable", "Log.enable", "Page.enable"} {
		tb.do(ctx, t, m, nil)
	}
	tb.do(ctx, t, "Emulation.setDeviceMetricsOverride", map[string]any{"width": 1200, "height": 900, "deviceScaleFactor": 1, "mobile": false})
	return tb
}

func (tb *tab) do(ctx context.Context, t *testing.T, method string, params any) json.RawMessage {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	res, err := tb.d.call(ctx, tb.session, method, params)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// navigate loads url and waits for its load event.
func (tb *tab) navigate(ctx context.Context, t *testing.T, url string) {
	t.Helper()
	from := tb.d.count()
	res := tb.do(ctx, t, "Page.navigate", map[string]any{"url": url})
	var nav struct {
		ErrorText string `json:"errorText"`
	}
	json.Unmarshal(res, &nav)
	if nav.ErrorText != "" {
		t.Fatalf("loading %s: %s", url, nav.ErrorText)
	}
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := tb.d.waitEvent(ctx, from, "Page.loadEventFired"); err != nil {
		t.Fatal(err)
	}
}

// eval runs a JavaScript expression that returns a JSON string and decodes
// it into out.
func (tb *tab) eval(ctx context.Context, t *testing.T, expr string, out any) {
	t.Helper()
	res := tb.do(ctx, t, "Runtime.evaluate", map[string]any{"expression": "JSON.stringify(" + expr + ")", "returnByValue": true})
	var r struct {
		Result struct {
			Value string `json:"value"`
		} `json:"result"`
		Exception *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		t.Fatal(err)
	}
	if r.Exception != nil {
		t.Fatalf("evaluating %s: %s", expr, r.Exception.Text)
	}
	if err := json.Unmarshal([]byte(r.Result.Value), out); err != nil {
		t.Fatalf("evaluating %s: %v (got %q)", expr, err, r.Result.Value)
	}
}

// click dispatches a real left click at (x, y).
func (tb *tab) click(ctx context.Context, t *testing.T, x, y float64) {
	t.Helper()
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		tb.do(ctx, t, "Input.dispatchMouseEvent", map[string]any{"type": typ, "x": x, "y": y, "button": "left", "clickCount": 1})
	}
}

// The JavaScript the test runs in the page.
const (
	// Every claim, the evidence ids it names, and which of them the page lacks.
	jsClaims = `Array.from(document.querySelectorAll(".claim")).map(function (c) {
		var ev = (c.getAttribute("data-ev") || "").split(" ").filter(Boolean);
		return {id: c.id, label: c.className, tabIndex: c.tabIndex, ev: ev,
			missing: ev.filter(function (id) { var e = document.getElementById(id); return !e || !e.closest("#sources"); })};
	})`
	// Scrolls claim %q into view and returns a point on its first line,
	// and whether that point hits the claim.
	jsPoint = `(function () {
		var c = document.getElementById(%q);
		c.scrollIntoView({block: "center"});
		var r = c.getClientRects()[0];
		var x = r.left + Math.min(r.width / 2, 40), y = r.top + r.height / 2;
		var at = document.elementFromPoint(x, y);
		return {x: x, y: y, hit: !!at && at.closest(".claim") === c};
	})()`
	// What selecting claim %q did: is it active, is each piece of its
	// evidence highlighted, is the first inside the viewport and its
	// column, is its panel shown.
	jsSelected = `(function () {
		var c = document.getElementById(%q);
		var ids = (c.getAttribute("data-ev") || "").split(" ").filter(Boolean);
		var first = document.getElementById(ids[0]).getBoundingClientRect();
		var col = document.getElementById("sources").getBoundingClientRect();
		var d = document.getElementById("d" + c.id.slice(1));
		return {
			active: c.classList.contains("active") && c.getAttribute("aria-pressed") === "true",
			lit: ids.filter(function (id) { return document.getElementById(id).classList.contains("lit"); }).length,
			want: ids.length,
			inView: first.top >= Math.max(0, col.top) && first.bottom <= Math.min(innerHeight, col.bottom) &&
				first.left >= 0 && first.right <= innerWidth,
			rect: [first.top, first.bottom, col.top, col.bottom, innerHeight],
			panel: !!d && !d.hidden && d.offsetHeight > 0,
			others: document.querySelectorAll("#sources .lit").length,
			marks: Array.from(document.querySelectorAll("main mark.f")).map(function (m) { return m.textContent; }),
			stray: Array.from(document.querySelectorAll("main mark.f")).filter(function (m) {
				return m.parentNode !== c && !(m.parentNode.classList.contains("lit"));
			}).length
		};
	})()`
)

type claimInPage struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	TabIndex int      `json:"tabIndex"`
	Ev       []string `json:"ev"`
	Missing  []string `json:"missing"`
}

type selection struct {
	Active bool      `json:"active"`
	Lit    int       `json:"lit"`
	Want   int       `json:"want"`
	InView bool      `json:"inView"`
	Rect   []float64 `json:"rect"`
	Panel  bool      `json:"panel"`
	Others int       `json:"others"`
	Marks  []string  `json:"marks"`
	Stray  int       `json:"stray"`
}

// unmarked returns the texts a claim's findings point at, in the claim or
// in its evidence, that no mark of the page contains.
func unmarked(c claimcheck.Claim, marks []string) []string {
	var out []string
	check := func(s *claimcheck.Span) {
		if s == nil {
			return
		}
		inEvidence := slices.ContainsFunc(c.Evidence, func(e claimcheck.Evidence) bool { return s.Start >= e.Start && s.End <= e.End })
		inClaim := s.Start >= c.Start && s.End <= c.End
		if !inEvidence && !inClaim {
			return
		}
		if !slices.ContainsFunc(marks, func(m string) bool { return strings.Contains(m, s.Text) }) {
			out = append(out, s.Text)
		}
	}
	for _, f := range c.Findings {
		check(f.Claim)
		check(f.Source)
	}
	return out
}

// TestBrowser loads report pages in headless chromium and checks that they
// load without errors, that every claim links to evidence in the page, and
// that a click on a claim (or Enter on it) highlights its evidence and
// brings it into view.
func TestBrowser(t *testing.T) {
	path := chromium()
	if path == "" {
		t.Skip("chromium not found: apt-get install -y chromium (or set CHROMIUM to a Chrome or Chromium binary)")
	}
	if testing.Short() {
		t.Skip("the browser test is slow; -short skips it")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	pages := map[string][]byte{}
	reports := map[string]*claimcheck.Report{}
	r, page := bundledPage(t, "002", "003")
	pages["/003-against-002"], reports["/003-against-002"] = page, r
	r, page = severalSources(t)
	pages["/001-against-000-and-002"], reports["/001-against-000-and-002"] = page, r
	pages["/broken"] = []byte(`<!DOCTYPE html><title>broken</title><link rel="icon" href="data:,"><script>console.error("on purpose"); undefinedFunction();</script>`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		b, ok := pages[req.URL.Path]
		if !ok {
			http.NotFound(w, req)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	}))
	defer srv.Close()

	d := startChromium(t, path)
	tb := newTab(ctx, t, d)

	t.Run("errors are seen", func(t *testing.T) {
		// The watch for errors must work, or "no errors" below means nothing.
		from := d.count()
		tb.navigate(ctx, t, srv.URL+"/broken")
		time.Sleep(100 * time.Millisecond)
		p := strings.Join(d.problems(from), "\n")
		if !strings.Contains(p, "on purpose") || !strings.Contains(p, "undefinedFunction") {
			t.Fatalf("a page with a console error and an exception gave these problems: %q", p)
		}
	})

	for _, name := range []string{"/003-against-002", "/001-against-000-and-002"} {
		t.Run(strings.TrimPrefix(name, "/"), func(t *testing.T) {
			r := reports[name]
			from := d.count()
			tb.navigate(ctx, t, srv.URL+name)

			var claims []claimInPage
			tb.eval(ctx, t, jsClaims, &claims)
			if len(claims) != len(r.Claims) {
				t.Fatalf("the page shows %d claims; the report has %d", len(claims), len(r.Claims))
			}
			for i, c := range claims {
				if len(c.Missing) > 0 || len(c.Ev) != len(r.Claims[i].Evidence) {
					t.Errorf("claim %s links %v, of which %v are not in the sources; the report has %d pieces of evidence",
						c.ID, c.Ev, c.Missing, len(r.Claims[i].Evidence))
				}
				if c.TabIndex != 0 || !strings.Contains(c.Label, string(r.Claims[i].Label)) {
					t.Errorf("claim %s: class %q, tabIndex %d; want its label %s and tabIndex 0", c.ID, c.Label, c.TabIndex, r.Claims[i].Label)
				}
			}

			clicked := 0
			for _, c := range claims {
				if len(c.Ev) == 0 {
					continue
				}
				var pt struct {
					X, Y float64
					Hit  bool
				}
				tb.eval(ctx, t, fmt.Sprintf(jsPoint, c.ID), &pt)
				if !pt.Hit {
					t.Errorf("claim %s: the point (%.0f, %.0f) on its first line is not the claim", c.ID, pt.X, pt.Y)
					continue
				}
				tb.click(ctx, t, pt.X, pt.Y)
				var s selection
				tb.eval(ctx, t, fmt.Sprintf(jsSelected, c.ID), &s)
				if !s.Active || s.Lit != s.Want || !s.InView || !s.Panel || s.Others != s.Want && !sharesEvidence(c.Ev) {
					t.Errorf("after a click on claim %s: %+v; want it active, its %d pieces of evidence lit and no other, the first in view, its panel shown",
						c.ID, s, len(c.Ev))
				}
				if miss := unmarked(r.Claims[clicked0(claims, c.ID)], s.Marks); len(miss) > 0 || s.Stray > 0 {
					t.Errorf("after a click on claim %s: its findings point at %q, which no mark holds (marks %q, %d stray)", c.ID, miss, s.Marks, s.Stray)
				}
				clicked++
			}
			if clicked == 0 {
				t.Fatal("no claim with evidence to click")
			}

			// The keyboard: Tab order reaches claims (tabIndex 0, checked
			// above); Enter on a focused claim selects it.
			last := claims[len(claims)-1]
			for i := len(claims) - 1; i >= 0 && len(last.Ev) == 0; i-- {
				last = claims[i]
			}
			var ok bool
			tb.eval(ctx, t, fmt.Sprintf(`(function () { var c = document.getElementById(%q); c.focus(); return document.activeElement === c; })()`, last.ID), &ok)
			if !ok {
				t.Fatalf("claim %s cannot take the focus", last.ID)
			}
			for _, typ := range []string{"keyDown", "keyUp"} {
				tb.do(ctx, t, "Input.dispatchKeyEvent", map[string]any{"type": typ, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13})
			}
			var s selection
			tb.eval(ctx, t, fmt.Sprintf(jsSelected, last.ID), &s)
			if !s.Active || s.Lit != s.Want || !s.InView || !s.Panel {
				t.Errorf("after Enter on claim %s: %+v", last.ID, s)
			}

			if p := d.problems(from); len(p) > 0 {
				t.Errorf("the page logged problems:\n%s", strings.Join(p, "\n"))
			}
		})
	}

	t.Run("a claim named in the address", func(t *testing.T) {
		// The index of examples/outlets links to NAME.html#cN: the page opens with claim N selected.
		from := d.count()
		tb.navigate(ctx, t, srv.URL+"/003-against-002#c4")
		var s selection
		tb.eval(ctx, t, fmt.Sprintf(jsSelected, "c4"), &s)
		if !s.Active || s.Lit != s.Want || !s.InView || !s.Panel {
			t.Errorf("opening #c4: %+v; want claim 4 selected and its evidence in view", s)
		}
		// and the claim itself in view, below its column's sticky heading.
		var seen []float64
		tb.eval(ctx, t, `(function () {
			var c = document.getElementById("c4").getBoundingClientRect();
			var he = document.getElementById("h-derived"), h = he.getBoundingClientRect();
			var col = he.parentNode.getBoundingClientRect();
			return [c.top, c.bottom, h.bottom, col.bottom];
		})()`, &seen)
		if seen[0] < seen[2] || seen[1] > seen[3] {
			t.Errorf("opening #c4: the claim spans %.0f-%.0f; want it between the heading's bottom, %.0f, and the column's, %.0f", seen[0], seen[1], seen[2], seen[3])
		}
		if p := d.problems(from); len(p) > 0 {
			t.Errorf("the page logged problems:\n%s", strings.Join(p, "\n"))
		}
	})

	if *screenshot != "" {
		t.Run("screenshot", func(t *testing.T) {
			takeScreenshot(ctx, t, tb, srv.URL+"/003-against-002", reports["/003-against-002"], *screenshot)
		})
	}
}

// clicked0 is the index of the claim with the given id.
func clicked0(claims []claimInPage, id string) int {
	return slices.IndexFunc(claims, func(c claimInPage) bool { return c.ID == id })
}

// sharesEvidence reports whether a claim's evidence ids repeat (then fewer
// distinct sentences are lit than it names).
func sharesEvidence(ids []string) bool {
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			return true
		}
		seen[id] = true
	}
	return false
}

// severalSources renders 001 checked against 000 and 002 together: evidence
// from two columns of sources.
func severalSources(t *testing.T) (*claimcheck.Report, []byte) {
	c, err := claimcheck.New(claimcheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, b, der := article(t, "000"), article(t, "002"), article(t, "001")
	sa, err := c.NewSource("000", a)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := c.NewSource("002", b)
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.CheckSources(der, sb, sa) // 002 first: 000's evidence must be scrolled to past it
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := htmlreport.Write(&buf, r, htmlreport.Doc{Name: "001", Text: der},
		htmlreport.Doc{Name: "002", Text: b}, htmlreport.Doc{Name: "000", Text: a}); err != nil {
		t.Fatal(err)
	}
	return r, buf.Bytes()
}

// takeScreenshot selects the first contradicted claim of the page and saves
// a PNG of the viewport.
func takeScreenshot(ctx context.Context, t *testing.T, tb *tab, url string, r *claimcheck.Report, path string) {
	tb.navigate(ctx, t, url)
	n := 0
	for i, c := range r.Claims {
		if c.Label == claimcheck.Contradicted && len(c.Evidence) > 0 {
			n = i + 1
			break
		}
	}
	if n == 0 {
		t.Fatal("no contradicted claim to select")
	}
	var pt struct {
		X, Y float64
		Hit  bool
	}
	tb.eval(ctx, t, fmt.Sprintf(jsPoint, fmt.Sprintf("c%d", n)), &pt)
	tb.click(ctx, t, pt.X, pt.Y)
	tb.do(ctx, t, "Input.dispatchMouseEvent", map[string]any{"type": "mouseMoved", "x": 1, "y": 1}) // no hover tint in the picture
	res := tb.do(ctx, t, "Page.captureScreenshot", map[string]any{"format": "png"})
	var shot struct {
		Data string `json:"data"`
	}
	json.Unmarshal(res, &shot)
	pic, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil || len(pic) == 0 {
		t.Fatal(errors.Join(err, errors.New("no screenshot")))
	}
	if pic, err = shrinkPNG(pic); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, pic, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", path, len(pic))
}

// shrinkPNG re-encodes a screenshot with a palette of its 256 commonest
// colours, each pixel mapped to the nearest: a page of text has a few
// thousand colours, nearly all shades of anti-aliasing, and the picture
// looks the same at well under half the bytes (the README's: 295 KB from
// chromium, 113 KB here).
func shrinkPNG(b []byte) ([]byte, error) {
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	bounds := img.Bounds()
	counts := map[color.RGBA]int{}
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			counts[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	colours := slices.Collect(maps.Keys(counts))
	slices.SortFunc(colours, func(a, b color.RGBA) int { // commonest first; ties by value, so the output is stable
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return int(a.R)<<24 | int(a.G)<<16 | int(a.B)<<8 | int(a.A) - (int(b.R)<<24 | int(b.G)<<16 | int(b.B)<<8 | int(b.A))
	})
	var pal color.Palette
	for _, c := range colours[:min(256, len(colours))] {
		pal = append(pal, c)
	}
	p := image.NewPaletted(bounds, pal)
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			p.Set(x, y, img.At(x, y))
		}
	}
	var out bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&out, p); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
