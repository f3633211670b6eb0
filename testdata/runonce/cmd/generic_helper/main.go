// A generic helper of the handler's package, constrained by the one
// method it calls, builds its input from what it is given: the call that
// passes the table main named makes it the same on every invocation,
// reported at the call.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type describer interface {
	DescribeTable(context.Context, *dynamodb.DescribeTableInput, ...func(*dynamodb.Options)) (*dynamodb.DescribeTableOutput, error)
}

func active[C describer](ctx context.Context, c C, table string) (bool, error) {
	out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(table)}) // EXPECT: built from the table the call passes, the same each time
	if err != nil {
		return false, err
	}
	return out.Table.TableStatus == types.TableStatusActive, nil
}

type app struct {
	db    *dynamodb.Client
	table string
}

func (a *app) handle(ctx context.Context) (bool, error) {
	return active(ctx, a.db, a.table)
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	a := &app{db: dynamodb.NewFromConfig(cfg), table: os.Getenv("TABLE")}
	lambda.Start(a.handle)
}
