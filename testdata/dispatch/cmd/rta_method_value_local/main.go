// The handler's method value is kept in a local first (handle :=
// h.Handle): the same handler, wired to the S3 sink.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/sinks/handler"
	"example.com/cases/dispatch/internal/sinks/s3sink"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	h := handler.Handler{Sink: &s3sink.Sink{Client: s3.NewFromConfig(cfg), Bucket: os.Getenv("BUCKET")}}
	handle := h.Handle
	run := handle
	lambda.Start(run)
}
