// A per-bucket cache map declared inside the handler lives for one invocation.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
)

var baseCfg aws.Config

func handler(ctx context.Context, evt events.S3Event) error {
	clients := map[string]*s3.Client{}
	for _, rec := range evt.Records {
		bucket := rec.S3.Bucket.Name
		c, ok := clients[bucket]
		if !ok {
			c = s3.NewFromConfig(baseCfg, func(o *s3.Options) { // EXPECT: s3 client cached in a handler-local map
				o.UsePathStyle = true
			})
			clients[bucket] = c
		}
		if _, err := c.GetObjectAttributes(ctx, &s3.GetObjectAttributesInput{
			Bucket:           aws.String(bucket),
			Key:              aws.String(rec.S3.Object.Key),
			ObjectAttributes: []s3types.ObjectAttributes{s3types.ObjectAttributesObjectSize},
		}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	var err error
	if baseCfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
