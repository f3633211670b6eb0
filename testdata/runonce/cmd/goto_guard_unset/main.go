// The same goto, but on a flag nothing sets: the jump is never taken, and
// the configuration and client are built on every invocation.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	mu    sync.Mutex
	ready bool
	cache *s3.Client
)

func client(ctx context.Context) (*s3.Client, error) {
	mu.Lock()
	defer mu.Unlock()
	if ready {
		goto done
	}
	{
		cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: the guard's flag is never set
		if err != nil {
			return nil, err
		}
		cache = s3.NewFromConfig(cfg) // EXPECT: so is this client
	}
done:
	return cache, nil
}

func handle(ctx context.Context) (int, error) {
	c, err := client(ctx)
	if err != nil {
		return 0, err
	}
	out, err := c.ListBuckets(ctx, nil)
	if err != nil {
		return 0, err
	}
	return len(out.Buckets), nil
}

func main() { lambda.Start(handle) }
