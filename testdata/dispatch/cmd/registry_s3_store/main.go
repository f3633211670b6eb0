package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/registry_s3_store/handler"
	"example.com/cases/dispatch/internal/registry_s3_store/registry"
)

func main() {
	c, err := registry.Build(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler.Uploader{Store: c.Blobs}.Handle)
}
