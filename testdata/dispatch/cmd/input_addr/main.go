// The instance id main read once is handed to the input by its address,
// inside the list the input holds: the SDK only reads it, so the input is
// the same on every invocation.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type handler struct {
	db         *dynamodb.Client
	table      string
	instanceID string
}

func (h *handler) status(ctx context.Context) (string, error) {
	out, err := h.db.GetItem(ctx, &dynamodb.GetItemInput{ // EXPECT: the key points at a field main set once
		TableName: &h.table,
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: h.instanceID}},
	})
	if err != nil {
		return "", err
	}
	return string(rune(len(out.Item))), nil
}

func (h *handler) names(ctx context.Context) error {
	_, err := h.db.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{ // EXPECT: the projection points at fields main set once
		RequestItems: map[string]types.KeysAndAttributes{
			h.table: {AttributesToGet: []string{"name"}, ProjectionExpression: &h.instanceID},
		},
	})
	return err
}

func (h *handler) handle(ctx context.Context) (string, error) {
	if err := h.names(ctx); err != nil {
		return "", err
	}
	return h.status(ctx)
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	h := &handler{db: dynamodb.NewFromConfig(cfg), table: os.Getenv("TABLE")}
	h.instanceID = os.Getenv("INSTANCE_ID")
	lambda.Start(h.handle)
}
