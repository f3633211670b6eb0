// Command report counts the rows of a table that main picks before it
// starts the runtime loop: a fix must run the moved code after that, in
// main, not in an init that would see an empty name.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Request names who asks.
type Request struct {
	Name string `json:"name"`
}

// Report is the answer.
type Report struct {
	For   string `json:"for"`
	Table string `json:"table"`
	Count int32  `json:"count"`
}

var tableName string

func handler(ctx context.Context, req Request) (Report, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return Report{}, fmt.Errorf("unable to load SDK config: %w", err)
	}
	db := dynamodb.NewFromConfig(cfg)
	out, err := db.Scan(ctx, &dynamodb.ScanInput{
		TableName: aws.String(tableName),
		Select:    types.SelectCount,
	})
	if err != nil {
		return Report{}, err
	}
	return Report{For: req.Name, Table: tableName, Count: out.Count}, nil
}

func main() {
	tableName = os.Getenv("REPORT_TABLE")
	if tableName == "" {
		tableName = "reports"
	}
	lambda.Start(handler)
}
