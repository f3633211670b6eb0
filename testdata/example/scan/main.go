// Command scan is the classic DynamoDB scan function: it lists the items of
// a table for an API Gateway request. It loads the SDK config, builds the
// client and its scan params inside the handler, so every invocation pays
// for them again.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Item is one row of the table.
type Item struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, fmt.Errorf("unable to load SDK config: %w", err)
	}
	svc := dynamodb.NewFromConfig(cfg)

	params := &dynamodb.ScanInput{
		TableName: aws.String(os.Getenv("TABLE_NAME")),
	}
	out, err := svc.Scan(ctx, params)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, fmt.Errorf("scan failed: %w", err)
	}

	items := make([]Item, 0, len(out.Items))
	for _, row := range out.Items {
		items = append(items, Item{ID: str(row["id"]), Name: str(row["name"])})
	}
	body, err := json.Marshal(items)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: string(body)}, nil
}

func str(v types.AttributeValue) string {
	if s, ok := v.(*types.AttributeValueMemberS); ok {
		return s.Value
	}
	return ""
}

func main() {
	lambda.Start(handler)
}
