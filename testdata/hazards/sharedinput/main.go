// Command sharedinput reads a report from S3. The bucket check's input is
// the same on every invocation and the SDK only reads it: lambdainit
// declares it once. The GetObject input looks just as constant, but the
// SDK's checksum middleware sets its ChecksumMode while it sends it:
// shared between concurrent invocations, that write races.
package main

import (
	"context"
	"io"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var client *s3.Client

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	client = s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
}

func handler(ctx context.Context) (string, error) {
	if _, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String("reports")}); err != nil {
		return "", err
	}
	out, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("reports"), Key: aws.String("latest")})
	if err != nil {
		return "", err
	}
	defer out.Body.Close()
	b, err := io.ReadAll(out.Body)
	return string(b), err
}

func main() { lambda.Start(handler) }
