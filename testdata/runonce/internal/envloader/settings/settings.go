// Package settings reads the function's settings from the environment.
package settings

import "github.com/kelseyhightower/envconfig"

// Settings are the function's settings.
type Settings struct {
	Table string `envconfig:"ORDERS_TABLE" required:"true"`
	Limit int32  `envconfig:"SCAN_LIMIT" default:"100"`
}

// Load parses the environment into Settings.
func Load() (Settings, error) {
	var s Settings
	err := envconfig.Process("", &s)
	return s, err
}
