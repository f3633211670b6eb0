// The same getter, but the handler writes through the address it hands
// out: it points the configuration at the region of the stream's first
// record. What is built from it differs from invocation to invocation;
// only the queue lookup is reported.
package main

import (
	"context"
	"encoding/json"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"golang.org/x/sync/errgroup"
)

type clients struct {
	cfg   aws.Config
	queue *sqs.Client
	db    *dynamodb.Client
}

var (
	queueName = os.Getenv("QUEUE_NAME")
	warmOnce  sync.Once
	warm      clients
	warmErr   error
)

func getClients(ctx context.Context) (*clients, error) {
	warmOnce.Do(func() {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			warmErr = err
			return
		}
		warm.cfg = cfg
		var wg sync.WaitGroup
		wg.Go(func() { warm.queue = sqs.NewFromConfig(cfg) })
		wg.Go(func() { warm.db = dynamodb.NewFromConfig(cfg) })
		wg.Wait()
	})
	return &warm, warmErr
}

func handler(ctx context.Context, ev events.DynamoDBEvent) error {
	c, err := getClients(ctx)
	if err != nil {
		return err
	}
	url, err := c.queue.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String(queueName)}) // EXPECT: the same queue name on every invocation
	if err != nil {
		return err
	}
	if len(ev.Records) > 0 {
		c.cfg.Region = ev.Records[0].AWSRegion
	}
	g, gctx := errgroup.WithContext(ctx)
	for _, rec := range ev.Records {
		g.Go(func() error {
			body, err := json.Marshal(rec.Change.NewImage)
			if err != nil {
				return err
			}
			sender := sqs.NewFromConfig(c.cfg)
			_, err = sender.SendMessage(gctx, &sqs.SendMessageInput{QueueUrl: url.QueueUrl, MessageBody: aws.String(string(body))})
			return err
		})
	}
	return g.Wait()
}

func main() {
	lambda.Start(handler)
}
