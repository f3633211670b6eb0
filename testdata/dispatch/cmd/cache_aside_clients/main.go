// Negative: a cache of clients by region, kept on a value main builds;
// the client is built on the miss path and stored.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/wrapped/itemcache"
)

type request struct{ Region, Bucket string }

type app struct{ clients *itemcache.Clients }

func (a *app) handle(ctx context.Context, req request) error {
	_, err := a.clients.For(req.Region).HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(req.Bucket)})
	return err
}

func main() {
	a := &app{clients: &itemcache.Clients{}}
	lambda.Start(a.handle)
}
