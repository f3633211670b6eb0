// Command v1fn exercises the aws-sdk-go v1 catalogue against the real
// module.
package main

import (
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials/stscreds"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
	"github.com/aws/aws-sdk-go/service/sqs"
)

func handle(ev events.SQSEvent) error {
	sess := session.Must(session.NewSession(aws.NewConfig().WithRegion("eu-west-1")))   // want `session.NewSession builds a new session`
	db := dynamodb.New(sess)                                                            // want `dynamodb.New builds a new DynamoDB client`
	if _, err := db.Scan(&dynamodb.ScanInput{TableName: aws.String("t")}); err != nil { // want `dynamodb.ScanInput is rebuilt`
		return err
	}
	_ = s3manager.NewDownloader(sess)                          // want `s3manager.NewDownloader builds a new S3 transfer manager`
	_ = stscreds.NewCredentials(sess, "arn:aws:iam::1:role/r") // want `stscreds.NewCredentials builds a credentials provider`
	q := sqs.New(sess)                                         // want `sqs.New builds a new SQS client`
	for _, r := range ev.Records {
		if _, err := q.SendMessage(&sqs.SendMessageInput{QueueUrl: aws.String("u"), MessageBody: aws.String(r.Body)}); err != nil {
			return err
		}
	}
	return nil
}

func main() { lambda.Start(handle) }
