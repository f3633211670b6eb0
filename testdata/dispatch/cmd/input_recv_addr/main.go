// The handler calls a view main built; its input points at the view's own
// field.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/bucketview"
)

var view = bucketview.New(s3.New(s3.Options{Region: "eu-west-1"}), os.Getenv("BUCKET"))

func handler(ctx context.Context) error { return view.Ready(ctx) }

func main() { lambda.Start(handler) }
