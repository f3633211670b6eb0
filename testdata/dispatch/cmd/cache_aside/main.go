// A cache-aside path: the miss stores the item through the cache's Set,
// which itself dials Redis. The guard keeps the item, not the client.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/wrapped/itemcache"
)

type app struct{ cache itemcache.Cache }

func (a *app) handle(ctx context.Context, id string) (string, error) {
	v, ok := a.cache.Get(ctx, "item:"+id)
	if !ok {
		v = "fresh:" + id
		a.cache.Set(ctx, "item:"+id, v)
	}
	return v, nil
}

func main() {
	a := &app{cache: itemcache.Redis{Addr: os.Getenv("REDIS_ADDR")}}
	lambda.Start(a.handle)
}
