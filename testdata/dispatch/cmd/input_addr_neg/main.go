// The projection points at a local the handler fills from the event:
// the input differs on every invocation, and nothing is reported.
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

type request struct {
	Fields string `json:"fields"`
}

type handler struct {
	db    *dynamodb.Client
	table string
}

func (h *handler) handle(ctx context.Context, req request) error {
	projection := "id"
	if req.Fields != "" {
		projection = req.Fields
	}
	_, err := h.db.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{
		RequestItems: map[string]types.KeysAndAttributes{
			h.table: {ProjectionExpression: &projection},
		},
	})
	return err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	h := &handler{db: dynamodb.NewFromConfig(cfg), table: os.Getenv("TABLE")}
	lambda.Start(h.handle)
}
