// Package settings holds the process's settings, shared by pointer.
package settings

import "os"

// Settings are read by the handlers and scoped per tenant.
type Settings struct {
	Region   string
	Endpoint string
	Prefix   string
}

var current = &Settings{Region: os.Getenv("REPORTS_REGION"), Endpoint: os.Getenv("REPORTS_ENDPOINT"), Prefix: "daily/"}

// Current returns the shared settings.
func Current() *Settings { return current }
