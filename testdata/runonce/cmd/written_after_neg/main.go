// Negative twin of written_after: each value is changed before the
// construction reads it, on an earlier turn of a loop, or read by a
// closure that runs after the change. Every client varies with the event.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	cfg := aws.Config{Region: "eu-west-1"}
	cfg.Region = req.QueryStringParameters["region"]
	archive := s3.NewFromConfig(cfg)

	opts := dynamodb.Options{Region: "eu-west-1"}
	if err := json.Unmarshal([]byte(req.Body), &opts); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	table := dynamodb.New(opts)

	// The loop's value is declared before it: the second turn reads what
	// the first wrote.
	shared := aws.Config{Region: "us-east-1"}
	for _, r := range req.MultiValueQueryStringParameters["region"] {
		_ = s3.NewFromConfig(shared)
		shared.Region = r
	}

	// The closure runs after the region is changed.
	replica := aws.Config{Region: "us-west-2"}
	build := func() *s3.Client { return s3.NewFromConfig(replica) }
	replica.Region = req.QueryStringParameters["replica"]
	_ = build()

	_, _ = archive, table
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

func main() { lambda.Start(handler) }
