// Package text cleans user input.
package text

import "regexp"

// Clean drops what is not a letter or a digit, compiling its pattern on
// every call.
func Clean(s string) string {
	return regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(s, "") // EXPECT: compiled on every call, in a module whose path has no dot
}
