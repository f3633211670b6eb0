package main

import (
	"context"
	"testing"
)

func TestHandler(t *testing.T) {
	if got, err := handler(context.Background()); err != nil || got != "" {
		t.Fatalf("handler() = %q, %v", got, err)
	}
}
