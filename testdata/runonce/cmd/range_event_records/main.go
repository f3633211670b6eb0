// Negative: one client per region the event's records name.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func handler(ctx context.Context, evt events.SQSEvent) error {
	for _, rec := range evt.Records {
		c := dynamodb.New(dynamodb.Options{Region: rec.AWSRegion})
		_ = c
	}
	return nil
}

func main() { lambda.Start(handler) }
