// Client cached in an atomic.Value; concurrent-safe lazy init.
package main

import (
	"context"
	"sync/atomic"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type Request struct {
	UserID string `json:"user_id"`
}

var clientVal atomic.Value // *dynamodb.Client

func handler(ctx context.Context, req Request) (int, error) {
	c, _ := clientVal.Load().(*dynamodb.Client)
	if c == nil {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return 0, err
		}
		c = dynamodb.NewFromConfig(cfg)
		clientVal.Store(c)
	}

	out, err := c.Query(ctx, &dynamodb.QueryInput{
		TableName:              aws.String("sessions"),
		KeyConditionExpression: aws.String("user_id = :u"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":u": &types.AttributeValueMemberS{Value: req.UserID},
		},
	})
	if err != nil {
		return 0, err
	}
	return int(out.Count), nil
}

func main() {
	lambda.Start(handler)
}
