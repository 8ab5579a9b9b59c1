package htmlreport

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestCaptionAndRule renders a report that carries a claim's "caption" and
// a finding's "rule", as the report's JSON does once the library sets
// them: the caption is named in the badge, the tooltip and the panel, the
// rule before the finding's explanation.
func TestCaptionAndRule(t *testing.T) {
	derived := "Kozak at the Kremlin in 2019."
	source := "Kozak was photographed at the Kremlin in 2020."
	js := `{"score": 0.2, "unsupported": 0, "contradicted": 1, "supported": 0, "claims": [{
		"text": "Kozak at the Kremlin in 2019.", "start": 0, "end": 29, "label": "contradicted",
		"score": 0.2, "coverage": 0.8, "kinds": ["date"], "caption": true,
		"evidence": [{"text": "Kozak was photographed at the Kremlin in 2020.", "start": 0, "end": 46}],
		"findings": [{"kind": "date", "rule": "DA1", "explanation": "the claim says \"2019\" where the source says \"2020\"",
			"claim": {"text": "2019", "start": 24, "end": 28}, "source": {"text": "2020", "start": 41, "end": 45}, "factor": 0.2}]}]}`
	var rep report
	if err := json.Unmarshal([]byte(js), &rep); err != nil {
		t.Fatal(err)
	}
	v, err := build(&rep, Doc{Name: "gallery", Text: derived}, []Doc{{Name: "wire", Text: source}})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := page.Execute(&b, v); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`data-n="1 caption"`,          // the badge
		`(a caption)`,                 // the tooltip
		`; a photo caption</h3>`,      // the panel
		`<code>DA1</code>: the claim`, // the rule
		`date [DA1]: the claim`,       // the rule in the tooltip
		`data-marks="c1:24-28 e0-0:41-45"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}
