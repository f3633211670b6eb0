// An input finished by appending to one of its own fields, once, values
// the same on every run (a constant, what a helper returns from
// constants): the same input on every invocation.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var db *dynamodb.Client

func auditedAttribute() string { return "updatedAt" }

func handle(ctx context.Context) (int, error) {
	scan := &dynamodb.ScanInput{TableName: aws.String("audit")} // EXPECT: its attributes are appended once, from constants
	scan.AttributesToGet = append(scan.AttributesToGet, "id", auditedAttribute())
	out, err := db.Scan(ctx, scan)
	if err != nil {
		return 0, err
	}
	return len(out.Items), nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	db = dynamodb.NewFromConfig(cfg)
	lambda.Start(handle)
}
