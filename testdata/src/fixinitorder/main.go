// Package fixinitorder reads values set by init functions: one that runs
// before the new init (so init is the landing), and one declared after the
// handler, whose value the moved code must still see. main starts that
// handler only in one mode, so its code lands lazily, on its first
// invocation (in main it would run in the other mode too).
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var bucket string

func init() { bucket = os.Getenv("BUCKET") }

func early(ctx context.Context) error {
	c := s3.New(s3.Options{})                                                                                   // want `s3.New builds`
	_, err := c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String(bucket), Prefix: aws.String("k")}) // want `s3.ListObjectsV2Input is rebuilt`
	return err
}

func late(ctx context.Context) error {
	q := sqs.New(sqs.Options{Region: queueRegion})                                                               // want `sqs.New builds`
	_, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String("u"), MessageBody: aws.String("b")}) // want `sqs.SendMessageInput is rebuilt`
	return err
}

var queueRegion string

func init() { queueRegion = os.Getenv("QUEUE_REGION") }

func main() {
	if os.Getenv("MODE") == "late" {
		lambda.Start(late)
	}
	lambda.Start(early)
}
