// Package once builds clients lazily, once, with sync.Once, OnceFunc,
// OnceValue and OnceValues.
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
	var local sync.Once
	local.Do(func() { _ = sqs.New(sqs.Options{}) })
	return err
}

func main() { lambda.Start(handler) }
