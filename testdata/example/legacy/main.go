// Command legacy still uses aws-sdk-go v1, and builds a session and an S3
// client on every SQS batch.
package main

import (
	"context"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	runtime "github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

func handle(ctx context.Context, ev events.SQSEvent) error {
	sess := session.Must(session.NewSession())
	client := s3.New(sess)
	for _, rec := range ev.Records {
		_, err := client.PutObjectWithContext(ctx, &s3.PutObjectInput{
			Bucket: aws.String("archive"),
			Key:    aws.String(rec.MessageId),
			Body:   strings.NewReader(rec.Body),
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func main() {
	runtime.Start(handle)
}
