// Positive: the same guard, on state the registered literal declares
// itself: a getter literal it makes on every invocation captures a local
// of the invocation, so its nil check always finds nil.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Event names the item.
type Event struct{ ID string }

func main() {
	table := os.Getenv("TABLE")
	lambda.Start(func(ctx context.Context, e Event) error {
		var db *dynamodb.Client
		client := func() (*dynamodb.Client, error) {
			if db == nil {
				cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: the guard's state is the invocation's own
				if err != nil {
					return nil, err
				}
				db = dynamodb.NewFromConfig(cfg) // EXPECT: built on every invocation
			}
			return db, nil
		}
		c, err := client()
		if err != nil {
			return err
		}
		_, err = c.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(table), ConditionExpression: aws.String("id = " + e.ID)})
		return err
	})
}
