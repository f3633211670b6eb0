// Each record is sent from a goroutine given a copy of the handler's
// struct (go func(w sender, …){…}(*s, …)), and a function given one by
// value: the lazy client a method keeps on the copy is lost with it, so
// it is built again for every record, from the configuration main loaded.
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
	client *s3.Client
}

func (s *sender) s3() *s3.Client {
	if s.client == nil {
		s.client = s3.NewFromConfig(s.cfg) // EXPECT: kept on a copy made for every record
	}
	return s.client
}

func (s *sender) put(ctx context.Context, key string) error {
	_, err := s.s3().HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key)}) // EXPECT: the audit passes a constant key
	return err
}

func audit(w sender, ctx context.Context) error { return w.put(ctx, "audit/last") }

func (s *sender) handle(ctx context.Context, ev events.SQSEvent) error {
	var wg sync.WaitGroup
	for _, r := range ev.Records {
		wg.Add(1)
		go func(w sender, key string) {
			defer wg.Done()
			_ = w.put(ctx, key)
		}(*s, r.Body)
	}
	wg.Wait()
	return audit(*s, ctx)
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	s := &sender{cfg: cfg, bucket: "uploads"}
	lambda.Start(s.handle)
}
