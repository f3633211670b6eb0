// A method with a pointer receiver, called on a local route, writes the
// event's table into it: the input built from the route afterwards
// differs on every invocation, and nothing is reported.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/routing"
)

var db *dynamodb.Client

func handle(ctx context.Context, job routing.Job) error {
	r := routing.Default()
	r.Apply(job)
	_, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(r.Table)})
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
