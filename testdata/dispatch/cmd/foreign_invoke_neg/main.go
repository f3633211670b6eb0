// The same adapter, wrapping a function that uses what main built and
// builds its input from the event: nothing is reported.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/foreigninvoke"
)

type depthRequest struct {
	QueueURL string `json:"queueUrl"`
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	client := sqs.NewFromConfig(cfg)
	h := foreigninvoke.Typed[depthRequest, int]{Fn: func(ctx context.Context, req depthRequest) (int, error) {
		out, err := client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(req.QueueURL)})
		if err != nil {
			return 0, err
		}
		return len(out.Attributes), nil
	}}
	lambda.StartWithOptions(h)
}
