// Command notify publishes through an interface whose one implementation
// in the module builds a client per call.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/realsdk/layered/ports"
	"example.com/realsdk/layered/sqspub"
)

var (
	publisher ports.Publisher = sqspub.New("https://sqs.eu-west-1.amazonaws.com/1/q")
	auditor   ports.Auditor   = sqspub.QueueAuditor{}
	mirror    ports.Mirror    = sqspub.EastMirror{}
)

func handle(ctx context.Context, ev map[string]string) error {
	if err := auditor.Audit(ctx, "notify"); err != nil { // two implementations, one builds nothing: not reported
		return err
	}
	if err := mirror.Copy(ctx, "copy"); err != nil { // want `ports.Mirror.Copy \(each of its implementations\) builds a new SQS client and connection pool \(sqs.New, sqspub/sqspub.go:\d+\) on every invocation of handle`
		return err
	}
	return publisher.Publish(ctx, ev["msg"]) // want `ports.Publisher.Publish \(its one implementation, sqspub.publisher.Publish\) builds a new SQS client and connection pool \(sqs.New, sqspub/sqspub.go:20\) on every invocation of handle; build it once outside the handler \(no automatic fix: sqspub.publisher.Publish does more than build`
}

func main() { lambda.Start(handle) }
