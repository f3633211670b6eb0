// Stores into an atomic.Pointer but never checks it first.
package main

import (
	"context"
	"log"
	"sync/atomic"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type Event struct {
	Key string `json:"key"`
}

var (
	baseCfg aws.Config
	current atomic.Pointer[dynamodb.Client]
)

func handler(ctx context.Context, e Event) (bool, error) {
	c := dynamodb.NewFromConfig(baseCfg) // EXPECT: dynamodb client built before an unconditional Store
	current.Store(c)

	out, err := current.Load().GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String("flags"),
		Key:       map[string]types.AttributeValue{"key": &types.AttributeValueMemberS{Value: e.Key}},
	})
	if err != nil {
		return false, err
	}
	return out.Item != nil, nil
}

func main() {
	var err error
	if baseCfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
