// Negative: the handler is a literal registered in main, and its lazy
// state is a local of main it captures (d := &deps{}; if d.db == nil {
// d.db = open() }): main runs once, so every invocation shares d, and the
// client is built on the first only. The pattern behind a flag of main
// follows the same rule.
package main

import (
	"context"
	"os"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type deps struct {
	table string
	db    *dynamodb.Client
}

// Event names the item.
type Event struct{ ID string }

func main() {
	d := &deps{table: os.Getenv("TABLE")}
	var idPattern *regexp.Regexp
	lambda.Start(func(ctx context.Context, e Event) error {
		if d.db == nil {
			cfg, err := config.LoadDefaultConfig(ctx)
			if err != nil {
				return err
			}
			d.db = dynamodb.NewFromConfig(cfg)
		}
		if idPattern == nil {
			idPattern = regexp.MustCompile(`^[a-z0-9]{8}$`)
		}
		if !idPattern.MatchString(e.ID) {
			return nil
		}
		_, err := d.db.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(d.table), Key: nil, ConditionExpression: aws.String("id = " + e.ID)})
		return err
	})
}
