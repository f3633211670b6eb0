// The handler decodes the event's body into a pointer it made, then builds
// an input from it: json.Unmarshal writes through the pointer what the
// body says, so the input differs per event.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type request struct {
	Table string `json:"table"`
}

var db *dynamodb.Client

func handler(ctx context.Context, body json.RawMessage) (string, error) {
	req := &request{Table: "default"}
	if err := json.Unmarshal(body, req); err != nil {
		return "", err
	}
	out, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(req.Table)})
	if err != nil {
		return "", err
	}
	return string(out.Table.TableStatus), nil
}

func main() { lambda.Start(handler) }
