// Command orders already does it right: the client is built once, in
// init, and the handler only uses it. lambdainit reports nothing here.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var queue *sqs.Client

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatalf("unable to load SDK config: %v", err)
	}
	queue = sqs.NewFromConfig(cfg)
}

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	_, err := queue.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String(os.Getenv("QUEUE_URL")),
		MessageBody: aws.String(req.Body), // per invocation: stays in the handler
	})
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 502}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: 202}, nil
}

func main() {
	lambda.Start(handler)
}
