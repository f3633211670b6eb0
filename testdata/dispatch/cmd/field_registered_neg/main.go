// Negative: the start-up literal registered holds a handler that builds
// nothing (orders.Validate); another literal, never registered, holds the
// Recorder that builds a client per batch.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/fieldregistered/boot"
	"example.com/cases/dispatch/internal/fieldregistered/orders"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	rec := &orders.Recorder{Cfg: cfg, Queue: os.Getenv("OUT_QUEUE")}
	spare := boot.Worker{Name: "record", Handler: rec.Record}
	w := boot.Worker{Name: "validate", Handler: orders.Validate, Strict: true}
	log.Printf("starting %s (spare %s)", w.Name, spare.Name)
	lambda.StartWithOptions(w.Handler, w.Options()...)
}
