// Package api sets up its clients in Setup from what the handler gives it
// on every invocation.
package api

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Table is what the handler reads from.
type Table struct {
	Name   string
	Client *dynamodb.Client
}

var (
	awsCfg = mustLoad()
	table  *Table
	qopts  sqs.Options
	queue  *sqs.Client
)

func mustLoad() aws.Config {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	return cfg
}

func queueOptions(retries int) sqs.Options {
	return sqs.Options{Region: "eu-west-1", RetryMaxAttempts: retries}
}

// Setup loads the configuration for a region and builds the table's client.
func Setup(region string) {
	var err error
	awsCfg, err = config.LoadDefaultConfig(context.Background(), config.WithRegion(region))
	if err != nil {
		panic(err)
	}
	table = &Table{
		Name:   os.Getenv("TABLE"),
		Client: dynamodb.NewFromConfig(awsCfg), // the request's region
	}
}

// Queue sets the queue's options and builds its client from them.
func (t *Table) Queue(retries int) *sqs.Client {
	qopts = queueOptions(retries)
	queue = sqs.New(qopts) // the request's retries
	return queue
}

// Get reads an item.
func Get(ctx context.Context, id string) (*dynamodb.GetItemOutput, error) {
	key := map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}}
	return table.Client.GetItem(ctx, &dynamodb.GetItemInput{TableName: &table.Name, Key: key})
}
