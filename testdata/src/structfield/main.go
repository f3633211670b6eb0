// Package structfield stores clients on the handler struct, built in main.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type Handler struct {
	db    *dynamodb.Client
	cfg   aws.Config
	table string
}

func (h *Handler) Handle(ctx context.Context) error {
	_, err := h.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(h.table)}) // want `dynamodb.GetItemInput is rebuilt .* \(no automatic fix: it reads the handler's receiver h\)`
	again := dynamodb.NewFromConfig(h.cfg)                                              // want `dynamodb.NewFromConfig builds .* invocation of Handler.Handle`
	_ = again
	return err
}

func New(cfg aws.Config) *Handler {
	return &Handler{db: dynamodb.NewFromConfig(cfg), cfg: cfg, table: "t"}
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	lambda.Start(New(cfg).Handle)
}
