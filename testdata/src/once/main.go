// Package once builds clients lazily, once, with sync.Once, OnceFunc,
// OnceValue and OnceValues made at package level; a Once the handler makes
// itself runs on every invocation.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	once   sync.Once
	client *dynamodb.Client
)

func getClient(ctx context.Context) *dynamodb.Client {
	once.Do(func() {
		cfg, _ := config.LoadDefaultConfig(ctx)
		client = dynamodb.NewFromConfig(cfg)
	})
	return client
}

func newSQS() *sqs.Client { return sqs.New(sqs.Options{}) }

var (
	getSQS = sync.OnceValue(newSQS)
	getCfg = sync.OnceValues(func() (aws.Config, error) {
		return config.LoadDefaultConfig(context.Background())
	})
	warm = sync.OnceFunc(func() { _ = sqs.New(sqs.Options{}) })
)

func handler(ctx context.Context) error {
	_ = getClient(ctx)
	_ = getSQS()
	_, err := getCfg()
	warm()
	// A Once made on every invocation runs its function on every one.
	var local sync.Once
	local.Do(func() { _ = sqs.New(sqs.Options{}) }) // want `sqs.New builds a new SQS client and connection pool on every invocation of handler`
	return err
}

func main() { lambda.Start(handler) }
