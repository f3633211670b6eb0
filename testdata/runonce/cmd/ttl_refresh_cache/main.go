// Config (and so credentials) refreshed at most every 10 minutes; the
// timestamp and the client live at package level.
package main

import (
	"context"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	mu      sync.Mutex
	s3c     *s3.Client
	builtAt time.Time
)

func client(ctx context.Context) (*s3.Client, error) {
	mu.Lock()
	defer mu.Unlock()
	if s3c == nil || time.Since(builtAt) > 10*time.Minute {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return nil, err
		}
		s3c = s3.NewFromConfig(cfg)
		builtAt = time.Now()
	}
	return s3c, nil
}

func handler(ctx context.Context, evt events.S3Event) error {
	c, err := client(ctx)
	if err != nil {
		return err
	}
	for _, rec := range evt.Records {
		if _, err := c.HeadObject(ctx, &s3.HeadObjectInput{
			Bucket: aws.String(rec.S3.Bucket.Name),
			Key:    aws.String(rec.S3.Object.Key),
		}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
