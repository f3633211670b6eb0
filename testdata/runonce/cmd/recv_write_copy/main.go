// The same route, with a method of a value receiver: it writes its own
// copy, so the input built from the route is the same on every
// invocation.
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
	r.Preview(job)
	_, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(r.Table)}) // EXPECT: the route is only read by a method of a value receiver
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
