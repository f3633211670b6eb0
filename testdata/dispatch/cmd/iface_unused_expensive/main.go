package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/iface_unused_expensive/ingest"
	"example.com/cases/dispatch/internal/iface_unused_expensive/storage"
)

func main() {
	h := ingest.Handler{Archive: storage.Local{Dir: "/tmp"}}
	lambda.Start(h.Handle)
}
