// The handler defers the release of the shared client: the next
// invocation builds it again.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/atomcache"
)

func handler(ctx context.Context) (int, error) {
	defer atomcache.Release()
	out, err := atomcache.Client().ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		return 0, err
	}
	return len(out.Buckets), nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	atomcache.Init(cfg)
	lambda.Start(handler)
}
