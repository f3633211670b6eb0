// LoadOrStore evaluates its value argument before the call: the client is
// built on every invocation even when the map already holds one.
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

type Counter struct {
	Name string `json:"name"`
}

var (
	baseCfg aws.Config
	clients sync.Map
)

func handler(ctx context.Context, in Counter) error {
	v, _ := clients.LoadOrStore("ddb", dynamodb.NewFromConfig(baseCfg)) // EXPECT: dynamodb client built eagerly as LoadOrStore argument
	db := v.(*dynamodb.Client)
	_, err := db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:        aws.String("counters"),
		Key:              map[string]types.AttributeValue{"name": &types.AttributeValueMemberS{Value: in.Name}},
		UpdateExpression: aws.String("ADD hits :one"),
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":one": &types.AttributeValueMemberN{Value: "1"},
		},
	})
	return err
}

func main() {
	var err error
	baseCfg, err = config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
