package htmlreport_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsdesk/claimcheck"
	"github.com/newsdesk/claimcheck/htmlreport"
)

// Write renders a report as a page that opens in any browser, offline: the
// derived text and the source side by side, each claim marked by its label.
func ExampleWrite() {
	source := "Maria Ortiz, 54, was elected mayor of Springfield on Tuesday."
	derived := "Maria Ortiz, 45, was elected mayor of Springfield on Tuesday."
	r, err := claimcheck.Check(source, derived)
	if err != nil {
		fmt.Println(err)
		return
	}
	path := filepath.Join(os.TempDir(), "report.html")
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(path)
	err = htmlreport.Write(f, r, htmlreport.Doc{Name: "rewrite", Text: derived}, htmlreport.Doc{Name: "wire", Text: source})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	page, _ := os.ReadFile(path)
	for _, line := range strings.Split(string(page), "\n") {
		if strings.HasPrefix(line, "<title>") || strings.HasPrefix(line, `<p class="summary"`) {
			fmt.Println(line)
		}
	}
	// Output:
	// <title>claimcheck: rewrite against wire</title>
	// <p class="summary" id="summary">score 0.182: 1 claims, 0 supported, 1 contradicted, 0 unsupported</p>
}
