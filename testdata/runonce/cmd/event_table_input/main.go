// Admin export: the table name comes from the query string.
package main

import (
	"context"
	"encoding/json"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var ddb *dynamodb.Client

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	input := &dynamodb.ScanInput{
		TableName: aws.String(req.QueryStringParameters["table"]),
		Limit:     aws.Int32(50),
	}
	out, err := ddb.Scan(ctx, input)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	body, _ := json.Marshal(out.Items)
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: string(body)}, nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	ddb = dynamodb.NewFromConfig(cfg)
	lambda.Start(handler)
}
