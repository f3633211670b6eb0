// Command helper loads its SDK configuration through a helper of its own
// and answers from a fallback when it cannot load. The call of the helper
// is Init work, but a hoist into init would turn the fallback into
// log.Fatalf: the function would fail its Init phase instead of answering.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

func loadConfig(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-3"))
}

func handler(ctx context.Context, e map[string]string) (string, error) {
	cfg, err := loadConfig(ctx)
	if err != nil {
		log.Printf("no config, answering from the fallback: %v", err)
		return "fallback", nil
	}
	return "region " + cfg.Region, nil
}

func main() { lambda.Start(handler) }
