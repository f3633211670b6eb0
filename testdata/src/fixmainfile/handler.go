package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var table = "items"

func handler(ctx context.Context) (int, error) {
	db := dynamodb.New(dynamodb.Options{Region: region})             // want `dynamodb.New builds a new DynamoDB client`
	out, err := db.Scan(ctx, &dynamodb.ScanInput{TableName: &table}) // want `dynamodb.ScanInput is rebuilt`
	if err != nil {
		return 0, err
	}
	return int(out.Count), nil
}
