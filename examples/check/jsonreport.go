package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/newsdesk/claimcheck"
)

// A jsonReport is the report as one indented JSON object, byte for byte
// what json.Encoder with SetIndent("", "  ") makes of the whole Report
// (TestStreamedJSON holds it to that): the totals, then the claims, each
// marshalled as it is judged, then the sources and what cleaning left out.
type jsonReport struct {
	sp spool
	bw *bufio.Writer // onto sp
	n  int           // claims written
}

func newJSONReport() *jsonReport {
	j := &jsonReport{}
	j.bw = bufio.NewWriter(&j.sp)
	return j
}

// claimIndent is the indentation of an element of the report's "claims".
const claimIndent = "    "

func (j *jsonReport) claim(c claimcheck.Claim) error {
	b, err := json.MarshalIndent(c, claimIndent, "  ")
	if err != nil {
		return err
	}
	sep := ",\n" + claimIndent
	if j.n == 0 {
		sep = sep[1:]
	}
	j.n++
	j.bw.WriteString(sep)
	_, err = j.bw.Write(b)
	return err
}

// claimsField is how the encoder writes an empty "claims" (the first
// field that is not a number or a truth value, so the first match is it).
const claimsField = "\n  \"claims\": []"

func (j *jsonReport) finish(w io.Writer, r *claimcheck.Report, n int) error {
	if err := j.bw.Flush(); err != nil {
		return err
	}
	totals := *r
	totals.Claims = []claimcheck.Claim{}
	b, err := json.MarshalIndent(&totals, "", "  ")
	if err != nil {
		return err
	}
	i := bytes.Index(b, []byte(claimsField))
	if i < 0 {
		return errors.New(`the JSON of a report has no "claims" field`)
	}
	at := i + len(claimsField) - 1 // the "]"
	bw := bufio.NewWriter(w)
	bw.Write(b[:at])
	if j.n > 0 {
		if _, err := j.sp.WriteTo(bw); err != nil {
			return err
		}
		bw.WriteString("\n  ")
	}
	bw.Write(b[at:])
	bw.WriteByte('\n')
	return bw.Flush()
}

func (j *jsonReport) Close() error { return j.sp.Close() }
