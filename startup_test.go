package claimcheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkStartup runs the check command, built from this tree, as a whole
// process on a one-sentence pair: the cost of a one-pair call, start-up
// included. With CLAIMCHECK_BASE_CHECK naming another build of the command
// (such as one from an older commit), that one runs too, interleaved, for
// benchstat:
//
//	go build -o /tmp/check-base ./examples/check   # at the older commit
//	CLAIMCHECK_BASE_CHECK=/tmp/check-base go test -run '^$' -bench Startup -count 10 .
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	head := filepath.Join(dir, "check")
	if out, err := exec.Command("go", "build", "-o", head, "./examples/check").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	src, der := filepath.Join(dir, "source.txt"), filepath.Join(dir, "derived.txt")
	if err := os.WriteFile(src, []byte("The mayor said on Monday that the bridge would reopen in May.\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(der, []byte("The mayor said the bridge would reopen in June.\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	bins := [][2]string{{"bin=head", head}}
	if base := os.Getenv("CLAIMCHECK_BASE_CHECK"); base != "" {
		bins = append(bins, [2]string{"bin=base", base})
	}
	for _, bin := range bins {
		b.Run(bin[0], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if out, err := exec.Command(bin[1], src, der).CombinedOutput(); err != nil {
					b.Fatalf("%s: %v\n%s", bin[1], err, out)
				}
			}
		})
	}
}
