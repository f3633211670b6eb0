package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/factory_in_main/audit"
)

func main() {
	write, err := audit.NewWriter(context.Background(), os.Getenv("AUDIT_TABLE"))
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(func(ctx context.Context, e events.DynamoDBEvent) error {
		for _, rec := range e.Records {
			if err := write(ctx, rec); err != nil {
				return err
			}
		}
		return nil
	})
}
