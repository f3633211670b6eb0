// sync.OnceValues declared at package level memoises config + client.
package main

import (
	"context"
	"strings"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var storage = sync.OnceValues(func() (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg), nil
})

func handler(ctx context.Context, evt events.SQSEvent) error {
	client, err := storage()
	if err != nil {
		return err
	}
	for _, msg := range evt.Records {
		if _, err := client.PutObject(ctx, &s3.PutObjectInput{
			Bucket: aws.String("raw-messages"),
			Key:    aws.String(msg.MessageId + ".json"),
			Body:   strings.NewReader(msg.Body),
		}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
