package testonly

import (
	"context"
	"testing"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func handler(ctx context.Context) error {
	_ = s3.New(s3.Options{}) // a test file: not reported
	return nil
}

func TestStart(t *testing.T) {
	if false {
		lambda.Start(handler)
	}
}
