// The goroutines and the audit share the handler's struct by pointer: the
// lazy client is kept on the one value main made, built once, and nothing
// is reported.
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

type sender struct {
	cfg    aws.Config
	bucket string
	mu     sync.Mutex
	client *s3.Client
}

func (s *sender) s3() *s3.Client {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.client == nil {
		s.client = s3.NewFromConfig(s.cfg)
	}
	return s.client
}

func (s *sender) put(ctx context.Context, key string) error {
	_, err := s.s3().HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key)}) // EXPECT: the audit passes a constant key
	return err
}

func audit(w *sender, ctx context.Context) error { return w.put(ctx, "audit/last") }

func (s *sender) handle(ctx context.Context, ev events.SQSEvent) error {
	var wg sync.WaitGroup
	for _, r := range ev.Records {
		wg.Add(1)
		go func(w *sender, key string) {
			defer wg.Done()
			_ = w.put(ctx, key)
		}(s, r.Body)
	}
	wg.Wait()
	return audit(s, ctx)
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	s := &sender{cfg: cfg, bucket: "uploads"}
	lambda.Start(s.handle)
}
