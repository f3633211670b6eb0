// The same scan, a constant attribute appended once per field the event
// asks for: as many times as the event says, so different on every
// invocation, and nothing is reported.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type request struct {
	Fields []string `json:"fields"`
}

var db *dynamodb.Client

func handle(ctx context.Context, req request) (int, error) {
	scan := &dynamodb.ScanInput{TableName: aws.String("audit")}
	for range req.Fields {
		scan.AttributesToGet = append(scan.AttributesToGet, "id")
	}
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
