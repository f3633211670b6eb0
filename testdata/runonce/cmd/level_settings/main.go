// Settings loaded on every invocation by another package, whose loader
// parses the log level with a method of slog.Level and falls back on a
// condition read from what it parsed: the same settings each time, so
// the client built from them is Init work.
package main

import (
	"context"
	"log"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/runonce/internal/levelset"
)

type message struct {
	Body string `json:"body"`
}

var cfg aws.Config

func handle(ctx context.Context, m message) error {
	s := levelset.Load()
	q := sqs.NewFromConfig(cfg, func(o *sqs.Options) { // EXPECT: built from settings that are the same on every invocation
		o.Region = s.Region
		if s.Level <= slog.LevelDebug {
			o.ClientLogMode = aws.LogRequest
		}
	})
	_, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(s.Queue), MessageBody: aws.String(m.Body)})
	return err
}

func main() {
	var err error
	cfg, err = config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(handle)
}
