// The handler calls, through a function value, another package's getter
// that builds a client from a configuration kept in an atomic pointer.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/lazystate"
)

type app struct {
	table func(context.Context) (*dynamodb.Client, error)
}

func (a *app) handle(ctx context.Context) (int, error) {
	client, err := a.table(ctx)
	if err != nil {
		return 0, err
	}
	out, err := client.ListTables(ctx, &dynamodb.ListTablesInput{})
	if err != nil {
		return 0, err
	}
	return len(out.TableNames), nil
}

func main() {
	a := &app{table: lazystate.Table}
	lambda.Start(a.handle)
}
