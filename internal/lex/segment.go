package lex

// Word lists of the segmenter (claims/segment*.go, claims/clean*.go), owned
// by the segmentation work. Each says where it comes from.

// continuers are the lower-case words that open a line continuing the
// sentence of the line before even when that line looks complete ("Book
// your seat for the live action\nor look at all packages"): the English
// coordinating conjunctions and relative pronouns (any grammar of English;
// "for", "so" and "yet" left out, since they open list items as often).
var continuers = setOf("and", "or", "but", "nor", "than", "which", "whom", "whose")

// IsContinuer reports whether a lower-case word opens a line that
// continues the sentence before it.
func IsContinuer(lower string) bool { return continuers[lower] }
