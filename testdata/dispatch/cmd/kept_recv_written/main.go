// The negative of kept_recv: the methods the handler calls on the values
// it builds write through them, from the event (the controller's Serve
// hands its settings to service.Retarget, the table's Pick records the
// message's region, the Box's Describe copies the bodies into its labels):
// what is built from them afterwards varies.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/keptctlw/controller"
	"example.com/cases/dispatch/internal/keptctlw/holder"
	"example.com/cases/dispatch/internal/keptctlw/route"
	"example.com/cases/dispatch/internal/keptctlw/settings"
)

func forward(ctx context.Context, ev events.SQSEvent) error {
	table := &route.Table{Region: "eu-west-1", Queues: map[string]string{"default": "q"}}
	box := &holder.Box[settings.Settings]{V: settings.Settings{Region: "eu-west-2"}, Labels: []string{"fwd"}}
	var bodies []string
	for _, m := range ev.Records {
		bodies = append(bodies, table.Pick(m))
	}
	_ = box.Describe(bodies)
	picked := sqs.New(sqs.Options{Region: table.Region}) // Pick set the region from the message
	boxed := sqs.New(sqs.Options{Region: box.Labels[0]}) // Describe copied the bodies into the labels
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
