// Command notify publishes through interfaces whose implementations live
// in sqspub: the program builds a QueueAuditor, an EastMirror and the SQS
// publisher, never a LogAuditor or a WestMirror, so each call reaches the
// one implementation this program makes.
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
	if err := auditor.Audit(ctx, "notify"); err != nil { // want `ports.Auditor.Audit builds a new SQS client and connection pool \(sqs.New in sqspub.QueueAuditor.Audit, sqspub/sqspub.go:33\) on every invocation of handle; build it once outside the handler \(no automatic fix: the work is in sqspub.QueueAuditor.Audit; build it once where package sqspub is set up`
		return err
	}
	if err := mirror.Copy(ctx, "copy"); err != nil { // want `ports.Mirror.Copy builds a new SQS client and connection pool \(sqs.New in sqspub.EastMirror.Copy, sqspub/sqspub.go:\d+\) on every invocation of handle`
		return err
	}
	return publisher.Publish(ctx, ev["msg"]) // want `ports.Publisher.Publish builds a new SQS client and connection pool \(sqs.New in sqspub.publisher.Publish, sqspub/sqspub.go:20\) on every invocation of handle; build it once outside the handler \(no automatic fix: the work is in sqspub.publisher.Publish`
}

func main() { lambda.Start(handle) }
