package main

import (
	"context"
	"testing"
)

var cfg = "test settings"

var seen []string

func TestHandler(t *testing.T) {
	seen = append(seen, cfg)
	_, _ = handler(context.Background())
}
