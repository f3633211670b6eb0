// Package naming derives resource names; it imports nothing but fmt.
package naming

import "fmt"

// Kind is what a bucket holds.
type Kind string

// The kinds of bucket.
const (
	Archive Kind = "archive"
	Exports Kind = "exports"
)

const stage = "prod"

// Bucket names the bucket of a kind.
func Bucket(k Kind) string { return join("acme", string(k)) }

func join(prefix, kind string) string { return fmt.Sprintf("%s-%s-%s", prefix, kind, stage) }
