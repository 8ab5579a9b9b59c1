package main

import (
	"container/list"
	"sync"

	"github.com/newsdesk/claimcheck"
)

// The -jsonl source cache: benchmark files pair one source with many derived
// texts (the 1,459 development cases have 363 distinct sources), so each
// distinct source is prepared once and kept while it is among the most
// recently used.
const (
	defaultCacheEntries = 64       // prepared sources kept at most
	defaultCacheBytes   = 16 << 20 // source text kept at most, in bytes (a prepared source holds some 20 bytes of heap per byte)
)

// A sourceCache prepares sources on demand and keeps the most recently used
// ones, bounded both in number and in total text. It is safe for concurrent
// use: workers asking for the same text while it is being prepared wait for
// that one preparation. The same text always gives the same *Source or the
// same error, so reports do not depend on what is cached.
type sourceCache struct {
	checker    *claimcheck.Checker
	maxEntries int
	maxBytes   int

	mu    sync.Mutex
	bytes int                      // total text of the entries held
	ll    *list.List               // of *cacheEntry, most recently used first
	byKey map[string]*list.Element // the text → its element of ll
}

type cacheEntry struct {
	text string
	once sync.Once
	src  *claimcheck.Source
	err  error
}

func newSourceCache(checker *claimcheck.Checker, maxEntries, maxBytes int) *sourceCache {
	return &sourceCache{checker: checker, maxEntries: maxEntries, maxBytes: maxBytes,
		ll: list.New(), byKey: map[string]*list.Element{}}
}

// get returns the prepared source for the text, preparing it at most once
// while it stays in the cache.
func (c *sourceCache) get(text string) (*claimcheck.Source, error) {
	e := c.entry(text)
	e.once.Do(func() { e.src, e.err = c.checker.NewSource("source", text) })
	return e.src, e.err
}

func (c *sourceCache) entry(text string) *cacheEntry {
	if len(text) > c.maxBytes || c.maxEntries <= 0 {
		return &cacheEntry{text: text} // too large to keep: prepared for this use only
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[text]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*cacheEntry)
	}
	e := &cacheEntry{text: text}
	c.byKey[text] = c.ll.PushFront(e)
	c.bytes += len(text)
	for c.ll.Len() > c.maxEntries || c.bytes > c.maxBytes {
		old := c.ll.Back()
		oe := old.Value.(*cacheEntry)
		c.ll.Remove(old)
		delete(c.byKey, oe.text)
		c.bytes -= len(oe.text)
	}
	return e
}

// len returns the number of entries held, for tests.
func (c *sourceCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len()
}
