package main

import (
	"context"
	"testing"
)

// TestHandler calls the handler as a unit test does: main does not run.
func TestHandler(t *testing.T) {
	if got, err := handler(context.Background(), nil); err != nil || got != "region " {
		t.Errorf("got %q, %v", got, err)
	}
}
