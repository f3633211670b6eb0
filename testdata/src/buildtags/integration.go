//go:build integration

package main

// s3Client is what the fix of handler would call its client; this file is
// built only with -tags integration, and the fix must build with it too.
func s3Client() string { return "integration" }
