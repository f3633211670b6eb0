package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/invoke_tracing_wrapper/archive"
	"example.com/cases/dispatch/internal/invoke_tracing_wrapper/tracing"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	svc := &archive.Service{S3: s3.NewFromConfig(cfg), Bucket: os.Getenv("ARCHIVE_BUCKET")}

	lambda.StartWithOptions(&tracing.Handler{
		Handler: lambda.NewHandler(svc.Handle),
		Name:    "archive",
	})
}
