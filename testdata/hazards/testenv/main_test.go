package main

import (
	"context"
	"testing"
)

func TestNorth(t *testing.T) {
	t.Setenv("QUEUE_REGION", "eu-north-1")
	if got, _ := handler(context.Background(), nil); got != "region eu-north-1" {
		t.Errorf("got %q", got)
	}
}

func TestSouth(t *testing.T) {
	t.Setenv("QUEUE_REGION", "eu-south-1")
	if got, _ := handler(context.Background(), nil); got != "region eu-south-1" {
		t.Errorf("got %q", got)
	}
}
