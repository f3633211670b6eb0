// The same inputs, but new(expr) is given the event's consistency flag,
// and the handler sets the table the helper's input points at from the
// event first. Nothing is reported.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

var (
	table = os.Getenv("TABLE")
	db    *dynamodb.Client
)

// counterKey builds the lookup of the counter item.
func counterKey() *dynamodb.GetItemInput {
	return &dynamodb.GetItemInput{
		TableName: &table,
		Key:       map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: "counter"}},
	}
}

type request struct {
	Table  string `json:"table"`
	Strict bool   `json:"strict"`
}

func handle(ctx context.Context, r request) (int32, error) {
	if r.Table != "" {
		table = r.Table
	}
	out, err := db.Query(ctx, &dynamodb.QueryInput{
		TableName:              &table,
		KeyConditionExpression: new("pk = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":pk": &types.AttributeValueMemberS{Value: "active"},
		},
		ConsistentRead: new(r.Strict),
	})
	if err != nil {
		return 0, err
	}
	if _, err := db.GetItem(ctx, counterKey()); err != nil {
		return 0, err
	}
	return out.Count, nil
}

func main() { lambda.Start(handle) }
