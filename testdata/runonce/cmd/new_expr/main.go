// Inputs whose pointer fields are written with Go 1.26's new(expr): the
// same values on every invocation, as aws.Bool and aws.String give; and a
// helper returning an input that points at a package variable main never
// changes. Both are reported.
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
	return &dynamodb.GetItemInput{ // EXPECT: a helper's input pointing at a variable main fixed
		TableName: &table,
		Key:       map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: "counter"}},
	}
}

func handle(ctx context.Context) (int32, error) {
	out, err := db.Query(ctx, &dynamodb.QueryInput{ // EXPECT: new("…") and new(true) of constants
		TableName:              &table,
		KeyConditionExpression: new("pk = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":pk": &types.AttributeValueMemberS{Value: "active"},
		},
		ConsistentRead: new(true),
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
