package main

import (
	"context"
	"testing"
)

func TestRegion(t *testing.T) {
	region = "us-east-2"
	got, err := handler(context.Background())
	if err != nil || got != "us-east-2" {
		t.Fatalf("handler() = %q, %v; want us-east-2", got, err)
	}
}
