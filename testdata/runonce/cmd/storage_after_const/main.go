// The same shapes with the later writes the same on every invocation: a
// default table name set after the input took its address, and a
// credentials holder filled from constants after the client captured it.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type holder struct{ c aws.Credentials }

func (h *holder) Retrieve(context.Context) (aws.Credentials, error) { return h.c, nil }

var (
	cfg aws.Config
	db  *dynamodb.Client
)

func handle(ctx context.Context) error {
	table := ""
	get := &dynamodb.DescribeTableInput{TableName: &table} // EXPECT: the name it points at is set to a constant after
	table = "audit"
	if _, err := db.DescribeTable(ctx, get); err != nil {
		return err
	}
	creds := &holder{}
	client := s3.NewFromConfig(cfg, func(o *s3.Options) { o.Credentials = creds }) // EXPECT: the holder it captures is filled from constants after
	creds.c = aws.Credentials{AccessKeyID: "local", SecretAccessKey: "local"}
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
