package main

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func TestHandler(t *testing.T) {
	_ = s3.New(s3.Options{}) // a test builds what it likes
	if err := handler(context.Background()); err != nil {
		t.Fatal(err)
	}
}
