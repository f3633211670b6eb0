// Package v1 uses aws-sdk-go v1: sessions, clients, s3manager, stscreds
// and input params.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials/stscreds"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
	"github.com/aws/aws-sdk-go/service/sqs"
)

func handler(ctx context.Context) error {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-east-1")}))   // want `session.NewSession builds a new session, loading the shared config files and resolving credentials on every invocation of handler; load it once outside the handler`
	db := dynamodb.New(sess)                                                                 // want `dynamodb.New builds a new DynamoDB client on every invocation of handler`
	out, err := db.ScanWithContext(ctx, &dynamodb.ScanInput{TableName: aws.String("items")}) // want `dynamodb.ScanInput is rebuilt`
	if err != nil {
		return err
	}
	_ = out
	s2, err := session.NewSessionWithOptions(session.Options{SharedConfigState: 1}) // want `session.NewSessionWithOptions builds a new session`
	if err != nil {
		return err
	}
	_ = s3.New(s2, aws.NewConfig().WithRegion("eu-west-1"))                                                // want `s3.New builds a new S3 client`
	_ = s3manager.NewUploader(session.New())                                                               // want `s3manager.NewUploader builds a new S3 transfer manager` `session.New builds a new session`
	_ = stscreds.NewCredentials(sess, "arn:aws:iam::1:role/r")                                             // want `stscreds.NewCredentials builds a credentials provider with an empty cache`
	q := sqs.New(sess)                                                                                     // want `sqs.New builds`
	_, err = q.SendMessage(&sqs.SendMessageInput{QueueUrl: aws.String("u"), MessageBody: aws.String("b")}) // want `sqs.SendMessageInput is rebuilt`
	pages := &dynamodb.ScanInput{TableName: aws.String("items")}                                           // want `dynamodb.ScanInput is rebuilt`
	return db.ScanPages(pages, func(*dynamodb.ScanOutput, bool) bool { return true })
}

func main() { lambda.Start(handler) }
