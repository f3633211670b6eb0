// The negative of factory_result_field: each factory builds its client in
// its own body, which runs once, in main (or where the package variable is
// initialised), and the literal it returns only uses it; the curried
// middle literal builds a client for the region the request names.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type request struct {
	Region string
	Table  string
	Kind   string
	Body   string
}

type countFunc func(ctx context.Context) (int32, error)

func counter() func(region, table string) countFunc {
	return func(region, table string) countFunc {
		db := dynamodb.New(dynamodb.Options{Region: region}) // the request's region
		return func(ctx context.Context) (int32, error) {
			out, err := db.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(table), Select: "COUNT"})
			if err != nil {
				return 0, err
			}
			return out.Count, nil
		}
	}
}

func sender(queue string) func(ctx context.Context, body string) error {
	client := sqs.New(sqs.Options{Region: "eu-west-1"}) // once, where send is initialised
	return func(ctx context.Context, body string) error {
		_, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(queue), MessageBody: aws.String(body)})
		return err
	}
}

func archiver(bucket string) func(ctx context.Context, key string) error {
	client := s3.New(s3.Options{Region: "eu-west-1"}) // once, in main
	return func(ctx context.Context, key string) error {
		_, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
		return err
	}
}

var send = sender(os.Getenv("QUEUE_URL"))

type app struct {
	forTable func(region, table string) countFunc
	byKind   map[string]func(ctx context.Context, key string) error
}

func (a *app) handle(ctx context.Context, req request) (int32, error) {
	n, err := a.forTable(req.Region, req.Table)(ctx)
	if err != nil {
		return 0, err
	}
	if f, ok := a.byKind[req.Kind]; ok {
		if err := f(ctx, req.Body); err != nil {
			return 0, err
		}
	}
	return n, send(ctx, req.Body)
}

func main() {
	a := &app{
		forTable: counter(),
		byKind:   map[string]func(ctx context.Context, key string) error{"archive": archiver(os.Getenv("BUCKET"))},
	}
	lambda.Start(a.handle)
}
