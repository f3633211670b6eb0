// Command optionvar builds its S3 client with an option function that
// reads the bucket's region, which the handler sets from the event first.
// Built once, the client would keep the first event's region (or none, in
// init): lambdainit does not report it, since it is not the same on every
// invocation, and leaves it where it is.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var bucketRegion string

func useBucketRegion(o *s3.Options) { o.Region = bucketRegion }

func handler(ctx context.Context, e map[string]string) (string, error) {
	bucketRegion = e["region"]
	client := s3.NewFromConfig(aws.Config{}, useBucketRegion)
	return client.Options().Region, nil
}

func main() { lambda.Start(handler) }
