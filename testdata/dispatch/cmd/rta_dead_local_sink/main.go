// main wires the S3 sink; a function it never calls would wire the HTTP
// sink, whose client is built on every call. Only what main and init
// reach makes a type live: the HTTP sink's work stays silent.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/sinks/handler"
	"example.com/cases/dispatch/internal/sinks/httpsink"
	"example.com/cases/dispatch/internal/sinks/port"
	"example.com/cases/dispatch/internal/sinks/s3sink"
)

// alternate is kept for the migration runbook.
func alternate() port.Sink {
	return &httpsink.Sink{URL: os.Getenv("ARCHIVE_URL")}
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	h := &handler.Handler{Sink: &s3sink.Sink{Client: s3.NewFromConfig(cfg), Bucket: os.Getenv("BUCKET")}}
	lambda.Start(h.Handle)
}
