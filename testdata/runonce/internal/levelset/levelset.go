// Package levelset loads settings from the environment, parsing the log
// level with the standard library's own method and falling back to a
// default when it does not parse.
package levelset

import (
	"log/slog"
	"os"
)

// Settings are what the function runs with.
type Settings struct {
	Region string
	Queue  string
	Level  slog.Level
}

func getenv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// Load reads the settings; a level that does not parse is Info.
func Load() *Settings {
	s := &Settings{Region: getenv("AWS_REGION", "us-east-1"), Queue: getenv("QUEUE_URL", "")}
	if err := s.Level.UnmarshalText([]byte(getenv("LOG_LEVEL", "info"))); err != nil {
		s.Level = slog.LevelInfo
	}
	if s.Level < slog.LevelDebug {
		s.Level = slog.LevelDebug
	}
	return s
}

// For reads the settings, with the level the request asks for.
func For(level string) *Settings {
	s := Load()
	if err := s.Level.UnmarshalText([]byte(level)); err != nil {
		s.Level = slog.LevelInfo
	}
	return s
}
