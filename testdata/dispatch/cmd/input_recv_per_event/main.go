// The handler builds the store around the table the event names: the
// input the store's method builds from its receiver differs per event.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/factories/store"
)

type event struct {
	Table string `json:"table"`
}

var db = dynamodb.New(dynamodb.Options{Region: "eu-west-1"})

func main() {
	lambda.Start(func(ctx context.Context, e event) error {
		s := &store.Store{DB: db, Table: e.Table}
		return s.ReadyTable(ctx)
	})
}
