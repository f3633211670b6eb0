package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/oncevalue_inside_handler/ddbsink"
	"example.com/cases/dispatch/internal/oncevalue_inside_handler/metrics"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	h := &metrics.Handler{Sink: ddbsink.Sink{Cfg: cfg, Table: os.Getenv("METRICS_TABLE")}}
	lambda.Start(h.Handle)
}
