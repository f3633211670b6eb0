// Negative: the handler points ORDERS_TABLE at the event's table before
// the loader of another package reads the environment: the input varies.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/envloader/settings"
)

var db *dynamodb.Client

// Event names the table to scan.
type Event struct{ Table string }

func handle(ctx context.Context, e Event) error {
	os.Setenv("ORDERS_TABLE", e.Table)
	s, err := settings.Load()
	if err != nil {
		return err
	}
	_, err = db.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(s.Table), Limit: aws.Int32(s.Limit)})
	return err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	db = dynamodb.NewFromConfig(cfg)
	lambda.Start(handle)
}
