// sync.OnceFunc built inside the handler: the "once" is per invocation.
package main

import (
	"context"
	"log"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var baseCfg aws.Config

func handler(ctx context.Context, evt events.SQSEvent) error {
	var client *s3.Client
	initClient := sync.OnceFunc(func() {
		client = s3.NewFromConfig(baseCfg) // EXPECT: s3 client behind a handler-local sync.OnceFunc
	})
	for _, msg := range evt.Records {
		initClient()
		if _, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{
			Bucket: aws.String("expired-uploads"),
			Key:    aws.String(msg.Body),
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
