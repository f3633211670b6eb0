// Negative: another package's function points AWS_REGION at the event's
// tenant before the handler loads the configuration.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/tenantenv"
)

type request struct{ Region, Bucket string }

func handler(ctx context.Context, req request) error {
	if err := tenantenv.Use(req.Region); err != nil {
		return err
	}
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg)
	return nil
}

func main() { lambda.Start(handler) }
