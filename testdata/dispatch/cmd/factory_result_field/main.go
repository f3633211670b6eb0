// What a factory of this package returns, kept in a field, a package
// variable or a map that the handler calls through, runs on every
// invocation, though the factory itself ran once in main: the literal it
// returns builds a client each time it is called. A literal the returned
// one returns in turn (a curried factory) reads what the middle one is
// given, which varies with the request.
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
	Table string
	Kind  string
	Body  string
}

type countFunc func(ctx context.Context) (int32, error)

func counter(region string) func(table string) countFunc {
	return func(table string) countFunc {
		db := dynamodb.New(dynamodb.Options{Region: region}) // EXPECT: the factory's literal runs on every call of forTable
		return func(ctx context.Context) (int32, error) {
			out, err := db.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(table), Select: "COUNT"}) // the table comes from the request
			if err != nil {
				return 0, err
			}
			return out.Count, nil
		}
	}
}

func sender(queue string) func(ctx context.Context, body string) error {
	return func(ctx context.Context, body string) error {
		client := sqs.New(sqs.Options{Region: "eu-west-1"}) // EXPECT: what sender returns runs on every send
		_, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(queue), MessageBody: aws.String(body)})
		return err
	}
}

func archiver(bucket string) func(ctx context.Context, key string) error {
	return func(ctx context.Context, key string) error {
		client := s3.New(s3.Options{Region: "eu-west-1"}) // EXPECT: kept in the map the handler picks from
		_, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
		return err
	}
}

var send = sender(os.Getenv("QUEUE_URL"))

type app struct {
	forTable func(table string) countFunc
	byKind   map[string]func(ctx context.Context, key string) error
}

func (a *app) handle(ctx context.Context, req request) (int32, error) {
	n, err := a.forTable(req.Table)(ctx)
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
		forTable: counter(os.Getenv("AWS_REGION")),
		byKind:   map[string]func(ctx context.Context, key string) error{"archive": archiver(os.Getenv("BUCKET"))},
	}
	lambda.Start(a.handle)
}
