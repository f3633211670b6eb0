// Positive: another package's settings loader (envconfig.Process into a
// local it returns) reads the environment, which the handler never
// changes: the input built from what it returns is the same each time.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/envloader/settings"
)

var db *dynamodb.Client

func handle(ctx context.Context) error {
	s, err := settings.Load()
	if err != nil {
		return err
	}
	_, err = db.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(s.Table), Limit: aws.Int32(s.Limit)}) // EXPECT: the environment is the same on every invocation
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
