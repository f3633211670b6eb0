// Feature flags are re-read each call; the Scan request itself is a constant
// value rebuilt every invocation.
package main

import (
	"context"
	"log"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

const flagsTable = "feature-flags"

var ddb *dynamodb.Client

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	flags, err := ddb.Scan(ctx, &dynamodb.ScanInput{ // EXPECT: constant ScanInput built per invocation
		TableName:      aws.String(flagsTable),
		ConsistentRead: aws.Bool(true),
		Limit:          aws.Int32(200),
	})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}

	// Per-request input: depends on the path parameter, not reportable.
	user, err := ddb.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String("users"),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: req.PathParameters["user"]}},
	})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	if user.Item == nil {
		return events.APIGatewayProxyResponse{StatusCode: 404}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: strconv.Itoa(int(flags.Count))}, nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	ddb = dynamodb.NewFromConfig(cfg)
	lambda.Start(handler)
}
