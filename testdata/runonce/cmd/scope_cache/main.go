// Positive: a cache of clients by region, guarded by a map under a
// mutex, kept on a value the handler builds on every invocation (by a
// constructor that makes the map): each lookup misses, so each replica's
// client is built on every invocation, also from goroutines the handler
// starts and waits for.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var replicas = []string{"eu-west-1", "us-east-1"}

type clientCache struct {
	mu       sync.Mutex
	base     aws.Config
	byRegion map[string]*dynamodb.Client
}

func newClientCache(base aws.Config) *clientCache {
	return &clientCache{base: base, byRegion: make(map[string]*dynamodb.Client)}
}

func (c *clientCache) get(region string) *dynamodb.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cl, ok := c.byRegion[region]; ok {
		return cl
	}
	cl := dynamodb.NewFromConfig(c.base, func(o *dynamodb.Options) { o.Region = region }) // EXPECT: the cache is made on every invocation
	c.byRegion[region] = cl
	return cl
}

var base aws.Config

func handle(ctx context.Context) error {
	clients := newClientCache(base)
	var wg sync.WaitGroup
	for _, region := range replicas {
		wg.Go(func() {
			_, _ = clients.get(region).ListTables(ctx, &dynamodb.ListTablesInput{Limit: aws.Int32(1)}) // EXPECT: the same input from each goroutine
		})
	}
	wg.Wait()
	return nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	base = cfg
	lambda.Start(handle)
}
