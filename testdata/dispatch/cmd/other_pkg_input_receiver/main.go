// The input names the table the store holds, which main sets once: the
// same on every invocation of this program (another program may set it
// differently, and gets its own finding).
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/factories/store"
)

func main() {
	s := &store.Store{DB: dynamodb.New(dynamodb.Options{Region: "eu-west-1"}), Table: "orders"}
	lambda.Start(func(ctx context.Context) error { return s.ReadyTable(ctx) })
}
