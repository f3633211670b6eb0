// atomic.Pointer getter with early return and CompareAndSwap publication.
package main

import (
	"context"
	"io"
	"sync/atomic"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type Input struct {
	Bucket string `json:"bucket"`
	Key    string `json:"key"`
}

var s3ptr atomic.Pointer[s3.Client]

func getS3(ctx context.Context) (*s3.Client, error) {
	if c := s3ptr.Load(); c != nil {
		return c, nil
	}
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	c := s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.UsePathStyle = true
	})
	if !s3ptr.CompareAndSwap(nil, c) {
		return s3ptr.Load(), nil
	}
	return c, nil
}

func handler(ctx context.Context, in Input) (int64, error) {
	client, err := getS3(ctx)
	if err != nil {
		return 0, err
	}
	obj, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(in.Bucket), Key: aws.String(in.Key)})
	if err != nil {
		return 0, err
	}
	defer obj.Body.Close()
	return io.Copy(io.Discard, obj.Body)
}

func main() {
	lambda.Start(handler)
}
