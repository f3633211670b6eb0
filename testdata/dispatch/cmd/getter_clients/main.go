// Positive: main builds the client set and the service from it; the
// service keeps what the set's getters return (a shared client, the
// configuration). The handler, a method of another package taking its own
// event type, builds a client per order from that configuration, and a
// promoted method of the embedded set builds another.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/getters/awsclients"
	"example.com/cases/dispatch/internal/getters/orders"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	svc := orders.New(awsclients.New(cfg))
	lambda.Start(svc.Handle)
}
