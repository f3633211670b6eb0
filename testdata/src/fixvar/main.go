// Package fixvar has only constant params: they become package-level
// variables with initializers, no init needed.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

var db = dynamodb.New(dynamodb.Options{})

const table = "settings"

func handler(ctx context.Context) (string, error) {
	out, err := db.GetItem(ctx, &dynamodb.GetItemInput{ // want `dynamodb.GetItemInput is rebuilt`
		TableName: aws.String(table),
		Key: map[string]types.AttributeValue{
			"id": &types.AttributeValueMemberS{Value: "global"},
		},
	})
	if err != nil {
		return "", err
	}
	return string(rune(len(out.Item))), nil
}

func main() { lambda.Start(handler) }
