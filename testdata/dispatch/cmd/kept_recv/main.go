// Values the handler builds the same way on every invocation and hands, as
// the receiver, to another package's method given the event, which writes
// nothing through them, stay as built: what is built from them is the
// same on every invocation. A controller's Serve (which hands a part of
// its receiver on to a constructor that only keeps it), a routing table's
// Pick and a generic Box's Describe, which hand a part of it to what only
// reads it.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/keptctl/controller"
	"example.com/cases/dispatch/internal/keptctl/holder"
	"example.com/cases/dispatch/internal/keptctl/route"
	"example.com/cases/dispatch/internal/keptctl/settings"
)

func forward(ctx context.Context, ev events.SQSEvent) error {
	table := &route.Table{Region: "eu-west-1", Queues: map[string]string{"default": "q"}}
	box := &holder.Box[settings.Settings]{V: settings.Settings{Region: "eu-west-2"}, Labels: []string{"fwd"}}
	var bodies []string
	for _, m := range ev.Records {
		bodies = append(bodies, table.Pick(m))
	}
	_ = box.Describe(bodies)
	picked := sqs.New(sqs.Options{Region: table.Region}) // EXPECT: Pick only reads the table
	boxed := sqs.New(sqs.Options{Region: box.V.Region})  // EXPECT: Describe writes nothing through the box
	for _, m := range ev.Records {
		if _, err := picked.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(table.Pick(m)), MessageBody: aws.String(m.Body)}); err != nil {
			return err
		}
	}
	_ = boxed
	ctrl := controller.New()
	return ctrl.Serve(ctx, ev)
}

func main() {
	lambda.Start(forward)
}
