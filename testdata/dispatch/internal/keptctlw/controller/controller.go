// Package controller is the adapter the Lambda entry point builds: it
// reads its settings once per value and serves a batch.
package controller

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/keptctlw/service"
	"example.com/cases/dispatch/internal/keptctlw/settings"
)

// Controller holds what every batch reads.
type Controller struct {
	Settings *settings.Settings
	Tags     map[string]string
}

// New builds a controller from the environment.
func New() *Controller {
	c := &Controller{Settings: settings.FromEnv()}
	c.Tags = map[string]string{"app": "kept"}
	return c
}

// Serve forwards a batch to the region its first record came from: it
// hands x.Settings to service.Retarget, which writes the region through it.
func (x *Controller) Serve(ctx context.Context, ev events.SQSEvent) error {
	svc := service.New(x.Settings, "forward")
	_ = settings.Seen(x.Settings, len(ev.Records))
	if len(ev.Records) > 0 {
		service.Retarget(x.Settings, ev.Records[0].AWSRegion)
	}
	client := sqs.New(sqs.Options{Region: svc.Region()}) // the region of the batch
	for _, r := range ev.Records {
		if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(x.Settings.Queue), MessageBody: aws.String(r.Body)}); err != nil {
			return err
		}
	}
	return nil
}
