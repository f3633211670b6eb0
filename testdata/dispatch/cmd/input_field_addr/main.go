// A repository of another package and a notifier of this one, built in
// main, whose methods point their inputs at a name they hold (TableName:
// &r.Table, QueueUrl: &n.url): handing the address to the SDK is no write
// of the value, so the calls given the event leave it as built, and the
// requests the next calls send are the same on every invocation
// (heldout18/real jkaflikdata).
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/addrrepo"
)

type notifier struct {
	url string
	q   *sqs.Client
}

func (n *notifier) send(ctx context.Context, body string) error {
	_, err := n.q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &n.url, MessageBody: &body})
	return err
}

func (n *notifier) depth(ctx context.Context) (int, error) {
	out, err := n.q.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: &n.url}) // EXPECT: the same request on every invocation
	if err != nil {
		return 0, err
	}
	return len(out.Attributes), nil
}

func main() {
	n := &notifier{url: os.Getenv("QUEUE_URL"), q: sqs.New(sqs.Options{Region: "eu-west-1"})}
	repo := addrrepo.New(os.Getenv("TABLE"), dynamodb.New(dynamodb.Options{Region: "eu-west-1"}))
	lambda.Start(func(ctx context.Context, req events.APIGatewayProxyRequest) (int32, error) {
		if req.HTTPMethod == "POST" {
			item := map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: req.Body}}
			if err := repo.Save(ctx, item); err != nil {
				return 0, err
			}
			if err := n.send(ctx, req.Body); err != nil {
				return 0, err
			}
			if _, err := n.depth(ctx); err != nil {
				return 0, err
			}
		}
		return repo.All(ctx)
	})
}
