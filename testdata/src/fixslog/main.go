// Package fixslog logs with log/slog: the init the fix adds logs the
// failure with slog too, then exits, and adds no log import beside it.
package main

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func handler(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		slog.ErrorContext(ctx, "no config", "err", err)
		return err
	}
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	slog.Info("queue ready", "region", q.Options().Region)
	return nil
}

func main() { lambda.Start(handler) }
