// Command configure instruments its SDK configuration in the handler, the
// way OpenTelemetry's guide shows, and answers with how many middlewares
// the config carries. The instrumentation is set up for the life of the
// client: lambdainit moves it into init with the config and the client.
// Moved without it, the config would be shared and the call left in the
// handler would append the middleware again on every invocation.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-sdk-go-v2/otelaws"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-3"))
	if err != nil {
		return "", err
	}
	otelaws.AppendMiddlewares(&cfg.APIOptions)
	client := s3.NewFromConfig(cfg)
	_ = client
	return fmt.Sprintf("%d middlewares", len(cfg.APIOptions)), nil
}

func main() { lambda.Start(handler) }
