package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var bucket string

// This init may return before its end: code added there could be skipped.
func init() {
	bucket = os.Getenv("BUCKET")
	if bucket != "" {
		return
	}
	bucket = "default"
}

func early(ctx context.Context) error {
	c := s3.New(s3.Options{Region: bucket}) // want `s3.New builds`
	_ = c
	return nil
}
