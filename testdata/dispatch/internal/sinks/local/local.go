// Package local is a sink for runs on a laptop: it compiles its pattern on
// every call, but only the dev harness uses it.
package local

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
)

// Sink writes files below Dir.
type Sink struct{ Dir string }

// Archive writes one file.
func (s *Sink) Archive(_ context.Context, id string, body []byte) error {
	clean := regexp.MustCompile(`[^a-z0-9-]`)
	return os.WriteFile(filepath.Join(s.Dir, clean.ReplaceAllString(id, "-")), body, 0o600)
}
