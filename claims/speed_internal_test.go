package claims

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRuneCountTo checks runeCountTo against utf8.RuneCountInString, capped,
// on ASCII, multi-byte and invalid text.
func TestRuneCountTo(t *testing.T) {
	for _, s := range []string{"", "abc", strings.Repeat("é", 120), strings.Repeat("a", 100),
		strings.Repeat("a", 101), strings.Repeat("a", 300), strings.Repeat("\xff", 150), "a\xffé" + strings.Repeat("日本", 60)} {
		for _, limit := range []int{0, 1, 3, 101} {
			if got, want := runeCountTo(s, limit), min(utf8.RuneCountInString(s), limit); got != want {
				t.Errorf("runeCountTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// TestLetterRun8 checks letterRun8 against a byte-by-byte count on every
// byte value in every position.
func TestLetterRun8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("abcdWXYZ")
			b[pos] = byte(c)
			want := 0
			for want < 8 && isASCIILetter(b[want]) {
				want++
			}
			if got := letterRun8(string(b) + "tail"); got != want {
				t.Errorf("letterRun8(%q) = %d, want %d", b, got, want)
			}
		}
	}
}

// TestAlnumRun8 checks alnumRun8 against a byte-by-byte count on every
// byte value in every position, next to letters, digits and high bytes.
func TestAlnumRun8(t *testing.T) {
	for _, base := range []string{"ab09WXYZ", "01234567", "z9\xff9aZ0q"[:8]} {
		for c := 0; c < 256; c++ {
			for pos := 0; pos < 8; pos++ {
				b := []byte(base)
				b[pos] = byte(c)
				want := 0
				for want < 8 && (isASCIILetter(b[want]) || '0' <= b[want] && b[want] <= '9') {
					want++
				}
				if got := alnumRun8(string(b) + "tail"); got != want {
					t.Errorf("alnumRun8(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
}

// TestPlainRun checks plainRun, which reads eight bytes at a time,
// against a byte-by-byte loop over quoteByte, with every byte value in
// every position of texts a little over 8 bytes long, from every start.
func TestPlainRun(t *testing.T) {
	for _, base := range []string{"abcdefghijklmnopq", "\"bc d\nfgh'jk`mn\xe2pq", "\x00\x01\x7f\x80\xffabcdefghijkl"} {
		for c := 0; c < 256; c++ {
			for pos := 0; pos < len(base); pos++ {
				b := []byte(base)
				b[pos] = byte(c)
				s := string(b)
				for i := 0; i <= len(s); i++ {
					want := i
					for want < len(s) && !quoteByte[s[want]] {
						want++
					}
					if got := plainRun(s, i); got != want {
						t.Fatalf("plainRun(%q, %d) = %d, want %d", s, i, got, want)
					}
				}
			}
		}
	}
}

// TestParseInt checks parseInt against strconv.Atoi.
func TestParseInt(t *testing.T) {
	for _, s := range []string{"", "0", "7", "2019", "-12", "+3", "-", "+", "1,200", "3.5", "1990s", "٣",
		"21st", "999999999999999999", "9999999999999999999", "99999999999999999999999", " 1", "0x1F"} {
		n, err := strconv.Atoi(s)
		if got, ok := parseInt(s); got != n || ok != (err == nil) {
			t.Errorf("parseInt(%q) = %d, %v; strconv.Atoi gives %d, %v", s, got, ok, n, err)
		}
	}
}

// isLowerCaseBytewise is isLowerCase as it was written before it read a
// word at a time: a loop over every byte (TestIsLowerCaseWordwise).
func isLowerCaseBytewise(src string) bool {
	upper, inside, lower := 0, 0, 0
	unknown := false // a lower-case word that is no ordinary English word
	opens := true    // the next word opens a sentence
	for i := 0; i+1 < len(src); i++ {
		c, next := src[i], src[i+1]
		first := opens
		switch {
		case c == '.' || c == '!' || c == '?' || c == '\n':
			opens = true
		case isASCIILetter(c) || '0' <= c && c <= '9':
			opens = false
		}
		if i > 0 && isASCIILetter(src[i-1]) {
			continue
		}
		switch {
		case 'A' <= c && c <= 'Z' && 'a' <= next && next <= 'z':
			upper++
			if !first {
				inside++
			}
		case 'a' <= c && c <= 'z':
			lower++
			if !unknown && inside == 0 {
				unknown = unknownWord(src[i:])
			}
		}
		// The rest of a word's letters count for nothing: skip them.
		if isASCIILetter(c) {
			j, last := i+1, len(src)-1
			for j+8 <= last {
				n := letterRun8(src[j:])
				j += n
				if n < 8 {
					break
				}
			}
			for j < last && isASCIILetter(src[j]) {
				j++
			}
			i = j - 1
		}
	}
	if lower < 5 {
		return false
	}
	return upper*lowerCaseShare < lower ||
		inside*sentenceCaseShare < lower && (unknown || lower >= sentenceCaseWords)
}

// TestIsLowerCaseWordwise checks isLowerCase against the byte-by-byte
// loop it replaced, on random texts of letters, digits, spaces, sentence
// marks and high bytes, short and long, and on the bundled articles.
func TestIsLowerCaseWordwise(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	answers := map[bool]int{}
	alphabet := "aaaaaaeeeiiostrnTSAMB 9.!?\n,'\xc3\xa9"
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.IntN(120))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		// Some texts are mostly lower case, so that both answers occur.
		if n%2 == 0 {
			for i := range b {
				if 'A' <= b[i] && b[i] <= 'Z' && r.IntN(8) > 0 {
					b[i] += 'a' - 'A'
				}
			}
		}
		s := string(b)
		got, want := isLowerCase(s), isLowerCaseBytewise(s)
		if got != want {
			t.Fatalf("isLowerCase(%q) = %v, byte by byte %v", s, got, want)
		}
		answers[want]++
	}
	if answers[true] < 100 || answers[false] < 100 {
		t.Fatalf("the random texts give %v: too few of one answer to compare", answers)
	}
	n := 0
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*"))
	for _, f := range files {
		n++
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{string(data), strings.ToLower(string(data))} {
			if got, want := isLowerCase(s), isLowerCaseBytewise(s); got != want {
				t.Errorf("%s: isLowerCase = %v, byte by byte %v", f, got, want)
			}
		}
	}
	if n == 0 {
		t.Fatal("no bundled articles in ../testdata/articles")
	}
}
