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

func TestQueue(t *testing.T) {
	t.Setenv("QUEUE_REGION", "ap-east-1")
	got, err := table(context.Background())
	if err != nil || got != "ap-east-1" {
		t.Fatalf("table() = %q, %v; want the test's queue", got, err)
	}
}
