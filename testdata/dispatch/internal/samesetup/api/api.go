// Package api sets up its clients in Setup, which the handler calls at the
// start of every invocation: every write gives its variables the same
// value, so what it builds from them is the same on every invocation.
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

func queueOptions() sqs.Options {
	return sqs.Options{Region: "eu-west-1", RetryMaxAttempts: 5}
}

// Setup loads the configuration again and builds the table's client.
func Setup() {
	var err error
	awsCfg, err = config.LoadDefaultConfig(context.Background()) // EXPECT: loaded again on every invocation
	if err != nil {
		panic(err)
	}
	table = &Table{
		Name:   os.Getenv("TABLE"),
		Client: dynamodb.NewFromConfig(awsCfg), // EXPECT: awsCfg is given the same configuration by every write
	}
}

// Queue sets the queue's options and builds its client from them.
func (t *Table) Queue() *sqs.Client {
	qopts = queueOptions()
	queue = sqs.New(qopts) // EXPECT: qopts is given the same options by every write
	return queue
}

// Get reads an item.
func Get(ctx context.Context, id string) (*dynamodb.GetItemOutput, error) {
	key := map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}}
	return table.Client.GetItem(ctx, &dynamodb.GetItemInput{TableName: &table.Name, Key: key})
}
