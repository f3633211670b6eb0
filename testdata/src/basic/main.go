// Package basic is the classic DynamoDB scan function: config, client and
// scan params all built inside the handler.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads the shared config files and resolves credentials on every invocation of handler; load it once outside the handler`
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	client := dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig builds a new DynamoDB client and connection pool on every invocation of handler; create it once outside the handler`
	params := &dynamodb.ScanInput{        // want `dynamodb.ScanInput is rebuilt with the same constant values on every invocation of handler; declare it once outside the handler`
		TableName: aws.String(os.Getenv("TABLE_NAME")),
		Select:    types.SelectAllAttributes,
	}
	out, err := client.Scan(ctx, params)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	_ = out
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

func main() {
	lambda.Start(handler)
}
