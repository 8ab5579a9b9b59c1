package score

// Factors exposes the factors table to the external tests, so that a rule's
// table test checks that its finding carries its rule's factor, whatever
// examples/evaluate -calibrate last fitted.
var Factors = factors

// ContentExponent exposes the content finding's exponent to the tests.
const ContentExponent = contentExponent
