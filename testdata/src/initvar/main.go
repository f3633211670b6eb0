// Package initvar does it right: package vars, init, main before Start.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	db     *dynamodb.Client
	bucket *s3.Client
	scan   = &dynamodb.ScanInput{TableName: aws.String("items")}
	sqsURL = s3.New(s3.Options{})
)

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	db = dynamodb.NewFromConfig(cfg)
}

func handler(ctx context.Context) error {
	_, err := db.Scan(ctx, scan)
	_ = bucket
	return err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background(), config.WithRegion(os.Getenv("REGION")))
	if err != nil {
		panic(err)
	}
	bucket = s3.NewFromConfig(cfg)
	lambda.Start(handler)
}
