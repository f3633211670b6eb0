// Package settings reads the function's settings from its environment.
package settings

import "os"

// Settings are the function's settings.
type Settings struct {
	Region string
	Queue  string
}

// FromEnv reads them.
func FromEnv() *Settings {
	return &Settings{Region: os.Getenv("AWS_REGION"), Queue: os.Getenv("QUEUE_URL")}
}

// Seen only reads what it is given.
func Seen(s *Settings, records int) string {
	if records == 0 {
		return "idle " + s.Queue
	}
	return "busy " + s.Queue
}
