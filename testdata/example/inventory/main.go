// Command inventory reads one item from a table whose name an init
// function derives from the environment.
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

var table string

func init() {
	table = os.Getenv("STAGE") + "-inventory"
}

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	client := dynamodb.NewFromConfig(cfg)

	// The stock counter lives in one well-known item.
	out, err := client.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(table),
		Key: map[string]types.AttributeValue{
			"id": &types.AttributeValueMemberS{Value: "stock"},
		},
	})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 502}, err
	}
	name := ""
	if v, ok := out.Item["name"].(*types.AttributeValueMemberS); ok {
		name = v.Value
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: req.Path + " " + name}, nil
}

func main() {
	lambda.Start(handler)
}
