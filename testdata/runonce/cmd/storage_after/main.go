// What a construction holds by reference sees writes made after it: the
// input points at a local the handler sets from the event afterwards, the
// item map is filled from the event by maps.Copy, and the client's option
// captures a credentials holder the handler fills later. None is the same
// on every invocation, and nothing is reported.
package main

import (
	"context"
	"log"
	"maps"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type request struct {
	Table  string            `json:"table"`
	Fields map[string]string `json:"fields"`
	Key    string            `json:"key"`
}

type holder struct{ c aws.Credentials }

func (h *holder) Retrieve(context.Context) (aws.Credentials, error) { return h.c, nil }

var (
	cfg aws.Config
	db  *dynamodb.Client
)

func handle(ctx context.Context, req request) error {
	table := "audit"
	get := &dynamodb.DescribeTableInput{TableName: &table}
	if req.Table != "" {
		table = req.Table
	}
	if _, err := db.DescribeTable(ctx, get); err != nil {
		return err
	}

	item := map[string]types.AttributeValue{"schema": &types.AttributeValueMemberN{Value: "2"}}
	fields := map[string]types.AttributeValue{}
	for k, v := range req.Fields {
		fields[k] = &types.AttributeValueMemberS{Value: v}
	}
	maps.Copy(item, fields)
	if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("audit"), Item: item}); err != nil {
		return err
	}

	creds := &holder{}
	client := s3.NewFromConfig(cfg, func(o *s3.Options) { o.Credentials = creds })
	creds.c = aws.Credentials{AccessKeyID: req.Key}
	_, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	return err
}

func main() {
	var err error
	cfg, err = config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	db = dynamodb.NewFromConfig(cfg)
	lambda.Start(handle)
}
