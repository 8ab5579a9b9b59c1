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

// creditNouns end the names of photo agencies and picture desks in the
// credits of news pages ("Getty Images", "Associated Press", "Rex
// Features", "PA Media", "Alamy Live News", "Universal History Archive"):
// the head nouns of the agency names credited on the bundled tabloid's
// publisher and on the wire services' own sites, none of them a name.
var creditNouns = setOf("Images", "Image", "Pictures", "Picture", "Photos", "Photo",
	"Photography", "Press", "Agency", "News", "Features", "Media", "Archive", "Archives",
	"Wire", "Pool", "Handout", "Collection", "Library", "Studio", "Studios", "Ltd", "Inc")

// IsCreditNoun reports whether a capitalised word ends an agency's name in a
// photo credit.
func IsCreditNoun(w string) bool { return creditNouns[w] }

// creditLinks join the names of a photo credit: "Jane Roe for The Daily",
// "Pool via Reuters", "AFP / Getty Images".
var creditLinks = setOf("via", "for", "and", "&", "/", "-", "—", "|")

// IsCreditLink reports whether a word joins two names in a photo credit.
func IsCreditLink(w string) bool { return creditLinks[w] }
