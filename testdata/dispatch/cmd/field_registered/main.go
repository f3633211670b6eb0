// Positive: the handler is a field of the start-up literal main builds
// (w := boot.Worker{Handler: rec.Record}; lambda.StartWithOptions(
// w.Handler, w.Options()...)), a method value of another package's type
// that builds a client per batch. The same shape in this package: a
// local struct whose field holds this package's function, which compiles
// a pattern per event.
package main

import (
	"context"
	"log"
	"os"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/fieldregistered/boot"
	"example.com/cases/dispatch/internal/fieldregistered/orders"
)

func audit(ctx context.Context, e events.SQSEvent) (events.SQSEventResponse, error) {
	re := regexp.MustCompile(`^ORD-\d+$`) // EXPECT: this package's handler, held in a field of a local literal
	for _, m := range e.Records {
		_ = re.MatchString(m.Body)
	}
	return events.SQSEventResponse{}, nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	if os.Getenv("MODE") == "audit" {
		local := struct{ handle boot.SQSHandler }{handle: audit}
		lambda.Start(local.handle)
		return
	}
	rec := &orders.Recorder{Cfg: cfg, Queue: os.Getenv("OUT_QUEUE")}
	w := boot.Worker{Name: "orders", Handler: rec.Record, Strict: true}
	lambda.StartWithOptions(w.Handler, w.Options()...)
}
