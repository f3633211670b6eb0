// The same generic helper given the table the event names: different on
// every invocation, nothing is reported.
package main

import (
	"context"
	"log"

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
	out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(table)})
	if err != nil {
		return false, err
	}
	return out.Table.TableStatus == types.TableStatusActive, nil
}

type request struct {
	Table string `json:"table"`
}

type app struct{ db *dynamodb.Client }

func (a *app) handle(ctx context.Context, req request) (bool, error) {
	return active(ctx, a.db, req.Table)
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	a := &app{db: dynamodb.NewFromConfig(cfg)}
	lambda.Start(a.handle)
}
