// Package settings holds the process's settings, shared by pointer.
package settings

// Settings are read by the handler and scoped per tenant.
type Settings struct {
	Bucket string
	Prefix string
}

var current = &Settings{Bucket: "reports", Prefix: "daily/"}

// Current returns the shared settings.
func Current() *Settings { return current }
