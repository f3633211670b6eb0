// The registered value is another package's generic type whose Invoke
// calls the function main gave it in a field: that function runs on every
// invocation, and the input it builds from a package variable is the same
// each time.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/foreigninvoke"
)

type depthRequest struct {
	Threshold int `json:"threshold"`
}

var (
	queueURL = os.Getenv("QUEUE_URL")
	client   *sqs.Client
)

func depth(ctx context.Context, req depthRequest) (bool, error) {
	out, err := client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(queueURL)}) // EXPECT: the same input on every invocation the adapter's Invoke makes
	if err != nil {
		return false, err
	}
	return len(out.Attributes) > req.Threshold, nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	client = sqs.NewFromConfig(cfg)
	h := foreigninvoke.Typed[depthRequest, bool]{Fn: depth}
	lambda.StartWithOptions(h, lambda.WithEnableSIGTERM(func() {}))
}
