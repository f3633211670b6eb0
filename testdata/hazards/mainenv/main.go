// Command mainenv sets the region in main, before it starts its handler,
// whose config load reads it. A hoist into init would load the config
// before main sets the region.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return "", err
	}
	return "region " + cfg.Region, nil
}

func main() {
	if err := os.Setenv("AWS_REGION", "eu-north-1"); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
