// Package claimcheck tells, claim by claim, whether a derived text (a
// rewrite, translation, summary or tabloid version) says what its source
// says.
//
// The pipeline has three layers, each its own package:
//
//   - [github.com/newsdesk/claimcheck/claims] cleans a text of boilerplate,
//     segments it into sentences with exact byte offsets, and extracts the
//     features of each claim: numbers, dates, names, quotations, and
//     negation, hedge and attribution cues.
//   - align matches each derived claim to the source sentences that bear on
//     it, by stems weighted by rarity and by name variants.
//   - score labels each claim supported, contradicted or unsupported, with
//     the discrepancies found and the evidence on both sides.
//
// This root package is the stable API that ties them together.
package claimcheck
