package align

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/newsdesk/claimcheck/claims"
)

// PrepareOutline indexes an outlined source for alignment as Prepare
// indexes the Document that claims.Parse makes of the same text, with the
// same results, but holds no Document: it reads the statements once for
// the indexes, and afterwards parses again the windows of opts.Window
// statements that alignment and the rules ask for, keeping those read
// last up to opts.CacheBytes. A long source then holds its indexes
// and its outline, not the tokens and features of every statement (about
// 9 bytes a byte of text). each, when not nil, is called with every
// statement in order during the first reading, for indexes of other
// packages built in the same pass; the statement is valid only during the
// call.
func PrepareOutline(o *claims.Outline, opts Options, each func(i int, c *claims.Statement)) *Source {
	size := opts.Window
	if size <= 0 {
		size = defaultWindow
	}
	budget := opts.CacheBytes
	if budget <= 0 {
		budget = defaultCacheBytes
	}
	n := len(o.Text())
	ix := newIndexer(opts, o.Len(), n/5) // news has about a token in 5 bytes
	for lo := 0; lo < o.Len(); lo += readChunk {
		sts := o.Statements(lo, min(o.Len(), lo+readChunk))
		for k := range sts {
			ix.add(&sts[k])
			if each != nil {
				each(lo+k, &sts[k])
			}
		}
	}
	x := ix.finish()
	x.lean = &windows{o: o, size: size, budget: budget, slots: make([]atomic.Pointer[window], (o.Len()+size-1)/size)}
	return x
}

// defaultWindow and defaultCacheBytes are the defaults of Options.Window
// and Options.CacheBytes. Most of what a claim reads lies near the
// sentences of the claims before it, but the second and third sentences
// it aligns with may lie anywhere, and each costs a window parsed: small
// windows make that cheap, and a large cache hardly helps (a random
// sentence of a long source is seldom in it) while it adds to the heap
// that the collector marks. On an 8 MiB generated pair (newsPair, a
// derived text of its first eighth) under a 4 MiB cache, windows of 4, 8,
// 16 and 32 statements took 0.97, 1.05, 1.27 and 1.6 times the time of
// the whole source (go test -bench, 2x2 runs); examples/check on the
// 63 + 43.5 MB pair took 48.0 s of user CPU with windows of 4 under 4 MiB,
// 49.1 s with 8 under 1 MiB, 51.7 s with 8 under 4 MiB, 54.3 s with 16
// under 4 MiB and 72 s with 4, 8 or 16 under 32 MiB (the whole source:
// 38.5-42.9 s; one run each, shared machine). readChunk is how many
// statements PrepareOutline reads at a time for the indexes: fewer,
// larger calls, whose statements are not kept.
const (
	defaultWindow     = 4
	defaultCacheBytes = 4 << 20
	readChunk         = 512
)

// windows holds the statements of an outlined source that were parsed
// last, a window at a time: window k holds statements k*size to
// (k+1)*size-1. A window found in its slot is read without a lock; one
// that is not is parsed, outside the lock, and put in its slot, and the
// windows not used since the clock hand last passed them are let go until
// the held ones fit the budget again. A window let go stays alive as long
// as a statement of it is referenced, so a statement handed out stays
// valid.
type windows struct {
	o      *claims.Outline
	size   int
	budget int // bytes of statements (see statementBytes) the held windows may take
	slots  []atomic.Pointer[window]

	mu   sync.Mutex
	held []int // the windows in their slots, in the clock's order
	hand int   // the clock's hand: an index into held
	used int   // the bytes of the held windows
}

// A window is the statements of one window, parsed.
type window struct {
	sts   []claims.Statement
	bytes int
	// recent is set when a statement of the window is read, and cleared
	// when the clock's hand passes it: a window not read in a whole turn
	// of the hand is let go first.
	recent atomic.Bool
}

// statement returns statement i, parsing its window when it is not held.
func (ws *windows) statement(i int) *claims.Statement {
	k := i / ws.size
	if w := ws.slots[k].Load(); w != nil {
		if !w.recent.Load() {
			w.recent.Store(true)
		}
		return &w.sts[i-k*ws.size]
	}
	return &ws.load(k).sts[i-k*ws.size]
}

// load parses window k and holds it, letting others go to keep within the
// budget. Two goroutines that ask for the same window at once may both
// parse it; the one that holds it first wins, and the other's statements,
// equal, are returned to it alone.
func (ws *windows) load(k int) *window {
	lo := k * ws.size
	sts := ws.o.Statements(lo, min(ws.o.Len(), lo+ws.size))
	w := &window{sts: sts, bytes: statementBytes(sts)}
	w.recent.Store(true)
	ws.mu.Lock()
	defer ws.mu.Unlock()
	if held := ws.slots[k].Load(); held != nil {
		return held
	}
	ws.slots[k].Store(w)
	ws.held = append(ws.held, k)
	ws.used += w.bytes
	for ws.used > ws.budget && len(ws.held) > 1 {
		if ws.hand >= len(ws.held) {
			ws.hand = 0
		}
		j := ws.held[ws.hand]
		old := ws.slots[j].Load()
		if j == k || old.recent.Load() {
			old.recent.Store(false)
			ws.hand++
			continue
		}
		ws.slots[j].Store(nil)
		ws.used -= old.bytes
		last := len(ws.held) - 1
		ws.held[ws.hand] = ws.held[last]
		ws.held = ws.held[:last]
	}
	return w
}

// statementBytes estimates the heap that parsed statements take: their
// arrays of tokens and features, not the text they point into.
func statementBytes(sts []claims.Statement) int {
	n := len(sts) * int(unsafe.Sizeof(claims.Statement{}))
	for i := range sts {
		s := &sts[i]
		n += len(s.Tokens)*int(unsafe.Sizeof(claims.Token{})) +
			len(s.Numbers())*int(unsafe.Sizeof(claims.Number{})) +
			len(s.Dates())*int(unsafe.Sizeof(claims.Date{})) +
			len(s.RelativeDates())*int(unsafe.Sizeof(claims.RelativeDate{})) +
			len(s.Quotes())*int(unsafe.Sizeof(claims.Quote{})) +
			len(s.Cues())*int(unsafe.Sizeof(claims.Cue{})) +
			len(s.Dangling())*int(unsafe.Sizeof(0))
		for _, e := range s.Entities() {
			n += int(unsafe.Sizeof(e)) + len(e.Words)*int(unsafe.Sizeof(""))
		}
	}
	return n
}
