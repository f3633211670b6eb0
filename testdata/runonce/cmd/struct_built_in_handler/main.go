// The nil-checked field belongs to a value created inside the handler, so the
// "cache" lives for one invocation only.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

var baseCfg aws.Config

type batch struct {
	ddb     *dynamodb.Client
	written int
}

func handler(ctx context.Context, evt events.KinesisEvent) (int, error) {
	b := &batch{}
	for _, rec := range evt.Records {
		if b.ddb == nil {
			b.ddb = dynamodb.NewFromConfig(baseCfg) // EXPECT: client cached on a per-invocation struct
		}
		_, err := b.ddb.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String("clickstream"),
			Item: map[string]types.AttributeValue{
				"seq":  &types.AttributeValueMemberS{Value: rec.Kinesis.SequenceNumber},
				"data": &types.AttributeValueMemberB{Value: rec.Kinesis.Data},
			},
		})
		if err != nil {
			return b.written, err
		}
		b.written++
	}
	return b.written, nil
}

func main() {
	var err error
	if baseCfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
