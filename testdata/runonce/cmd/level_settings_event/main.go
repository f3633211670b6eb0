// The same settings, but the level comes from the message: For parses
// the request's level into them, so they differ between invocations and
// the client whose logging follows the level is not reported.
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
	Body  string `json:"body"`
	Level string `json:"level"`
}

var cfg aws.Config

func handle(ctx context.Context, m message) error {
	s := levelset.For(m.Level)
	q := sqs.NewFromConfig(cfg, func(o *sqs.Options) {
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
