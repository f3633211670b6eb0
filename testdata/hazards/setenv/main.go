// Command setenv sets the region from each event, then loads the config
// that reads it. Hoisted, the config would keep the region of the process.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	if err := os.Setenv("AWS_REGION", e["region"]); err != nil {
		return "", err
	}
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return "", err
	}
	return "region " + cfg.Region, nil
}

func main() { lambda.Start(handler) }
