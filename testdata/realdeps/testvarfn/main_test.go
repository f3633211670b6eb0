package main

import (
	"context"
	"testing"
)

// TestGreeting sets the template before the first invocation, as a test
// may: the handler must use it, before and after lambdainit's fix
// (lambdainit verify runs this on the fixed copy; on code moved into init
// it fails).
func TestGreeting(t *testing.T) {
	greeting = "hi {{.}}"
	for range 2 {
		got, err := handler(context.Background(), "ana")
		if err != nil || got != "hi ana" {
			t.Fatalf("handler() = %q, %v; want hi ana", got, err)
		}
	}
}
