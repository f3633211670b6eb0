// Negative: a request value made with new and filled by its own method
// from the body (request.Validate(body)); the input a helper builds from
// its token varies, though new(T) alone is the same each time.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

var db *dynamodb.Client

type addRequest struct{ Token string }

func (r *addRequest) Validate(body string) error { return json.Unmarshal([]byte(body), r) }

func get(ctx context.Context, table string, key map[string]types.AttributeValue) error {
	_, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table), Key: key})
	return err
}

func handle(ctx context.Context, req events.APIGatewayProxyRequest) error {
	request := new(addRequest)
	if err := request.Validate(req.Body); err != nil {
		return err
	}
	return get(ctx, "devices", map[string]types.AttributeValue{"token": &types.AttributeValueMemberS{Value: request.Token}})
}

func main() { lambda.Start(handle) }
