// sync.OnceFunc created in main (outside the handler literal) initialises clients lazily.
package main

import (
	"context"
	"log"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type Vote struct {
	PollID string `json:"poll_id"`
	Option string `json:"option"`
}

var ddb *dynamodb.Client

func main() {
	initClients := sync.OnceFunc(func() {
		cfg, err := config.LoadDefaultConfig(context.Background())
		if err != nil {
			log.Fatalf("load config: %v", err)
		}
		ddb = dynamodb.NewFromConfig(cfg)
	})

	lambda.Start(func(ctx context.Context, v Vote) error {
		initClients()
		_, err := ddb.UpdateItem(ctx, &dynamodb.UpdateItemInput{
			TableName:                aws.String("polls"),
			Key:                      map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: v.PollID}},
			UpdateExpression:         aws.String("ADD #o :one"),
			ExpressionAttributeNames: map[string]string{"#o": v.Option},
			ExpressionAttributeValues: map[string]types.AttributeValue{
				":one": &types.AttributeValueMemberN{Value: "1"},
			},
		})
		return err
	})
}
