// Package fixmain reads values main sets before lambda.Start: the moved
// code must land in main, after them.
package main

import (
	"context"
	"flag"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var (
	tableName string
	region    = "us-east-1"
)

func handler(ctx context.Context) (int32, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region)) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return 0, err
	}
	db := dynamodb.NewFromConfig(cfg)                                               // want `dynamodb.NewFromConfig builds`
	out, err := db.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(tableName)}) // want `dynamodb.ScanInput is rebuilt`
	if err != nil {
		return 0, err
	}
	return out.Count, nil
}

func main() {
	flag.StringVar(&region, "region", region, "AWS region")
	flag.Parse()
	tableName = os.Getenv("TABLE_NAME")
	lambda.Start(handler)
}
