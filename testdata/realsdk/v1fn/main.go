// Command v1fn exercises the aws-sdk-go v1 catalogue against the real
// module.
package main

import (
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials/stscreds"
	"github.com/aws/aws-sdk-go/aws/request"
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

// tagged pushes a handler naming the event's tenant onto the session's
// build handlers: shared, the session would gather one per invocation and
// tag every call with every tenant so far.
func tagged(ev events.APIGatewayProxyRequest) error {
	sess := session.Must(session.NewSession(aws.NewConfig().WithRegion("eu-west-1"))) // want `session.NewSession builds .* \(no automatic fix: sess would be shared by every invocation, and tagged calls sess.Handlers.Build.PushBack on it at line \d+, which may change it, on every invocation\)`
	sess.Handlers.Build.PushBack(request.MakeAddToUserAgentHandler("tenant", ev.Headers["tenant"]))
	_, err := dynamodb.New(sess).DescribeLimits(&dynamodb.DescribeLimitsInput{}) // want `dynamodb.New builds .* \(no automatic fix: sess would be shared by every invocation`
	return err
}

func main() {
	lambda.Start(handle)
	lambda.Start(tagged)
}
