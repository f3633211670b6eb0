// Negative: the same cache, made once in main and kept by the handler's
// receiver: each replica's client is built on the first lookup only. A
// literal main registers captures another, made in main too.
package main

import (
	"context"
	"os"
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
	cl := dynamodb.NewFromConfig(c.base, func(o *dynamodb.Options) { o.Region = region })
	c.byRegion[region] = cl
	return cl
}

type replicator struct{ clients *clientCache }

func (r *replicator) handle(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, region := range replicas {
		wg.Go(func() { _ = r.clients.get(region) })
	}
	wg.Wait()
	return nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	if os.Getenv("MODE") == "literal" {
		clients := newClientCache(cfg)
		lambda.Start(func(ctx context.Context) error {
			_ = clients.get(os.Getenv("AWS_REGION"))
			return nil
		})
		return
	}
	r := &replicator{clients: newClientCache(cfg)}
	lambda.Start(r.handle)
}
