//go:build unix

// Package cputime reads the CPU time the process has used, for the
// benchmarks that report it: on a machine whose cores other jobs share,
// it varies less than the wall time.
package cputime

import (
	"syscall"
	"time"
)

// Used returns the user and system CPU time of the process so far, or 0
// when the system does not say.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
