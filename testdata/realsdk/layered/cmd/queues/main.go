// Command queues calls the store package from its handler: what store's
// functions build is reported here, where it runs on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/realsdk/layered/store"
)

func handle(ctx context.Context, ev map[string]string) error {
	_ = store.Client()                   // cached by store: nothing to report
	_ = store.ForRegion(ev["region"])    // built for the event's region: stays
	home := store.ForRegion("eu-west-1") // want `store.ForRegion builds a new SQS client and connection pool \(sqs.New, store/store.go:24\) on every invocation of handle; build it once outside the handler`
	_ = home
	counted := store.Counted("eu-west-1")       // want `store.Counted builds a new SQS client .* \(no automatic fix: store.Counted does more than build what it returns; build it once where store is set up, or pass it in\)`
	registered := store.Registered("eu-west-1") // want `store.Registered builds a new SQS client .* \(no automatic fix: store.Registered does more than build what it returns; build it once where store is set up, or pass it in\)`
	_, _ = counted, registered
	q := store.NewQueue(ev["queue"])
	return q.Send(ctx, "hello") // want `store.Queue.Send builds a new SQS client .* \(no automatic fix: store.Queue.Send does more than build what it returns; build it once where store is set up, or pass it in\)`
}

func main() { lambda.Start(handle) }
