package claims

import (
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
