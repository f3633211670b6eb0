// Package perinvocation builds things from the event, ctx values or other
// per-invocation data, and uses inputs that must stay per invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/feature/rds/auth"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type regionKey struct{}

var client = dynamodb.New(dynamodb.Options{})

var table = "items"

var counter int

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	region := req.PathParameters["region"]
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region)) // depends on the event
	if err != nil {
		return events.APIGatewayProxyResponse{}, err
	}
	_ = s3.NewFromConfig(cfg) // built from a config that depends on the event

	r, _ := ctx.Value(regionKey{}).(string)
	_ = s3.New(s3.Options{Region: r}) // depends on a ctx value

	_ = s3.NewFromConfig(aws.Config{}, func(o *s3.Options) { o.Region = req.Path }) // option reads the event

	_, _ = client.GetItem(ctx, &dynamodb.GetItemInput{ // the key comes from the event
		TableName: aws.String("items"),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: req.Body}},
	})

	mutated := &dynamodb.ScanInput{TableName: aws.String("items")} // mutated below
	for {
		out, _ := client.Scan(ctx, mutated)
		if out.LastEvaluatedKey == nil {
			break
		}
		mutated.ExclusiveStartKey = out.LastEvaluatedKey
	}

	_, _ = client.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{ // the SDK writes its idempotency token
		TransactItems: []types.TransactWriteItem{{Put: &types.Put{TableName: aws.String("items")}}},
	})

	counter++
	table = req.Path
	_, _ = client.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(table)}) // table is assigned per invocation

	escaped := &dynamodb.ScanInput{TableName: aws.String("items")} // escapes to a helper that may mutate it
	tweak(escaped)

	token, _ := auth.BuildAuthToken(ctx, "db:5432", "us-east-1", "user", cfg.Credentials) // time-limited
	_ = token
	return events.APIGatewayProxyResponse{}, nil
}

func tweak(in *dynamodb.ScanInput) { in.Limit = aws.Int32(1) }

func main() { lambda.Start(handler) }
