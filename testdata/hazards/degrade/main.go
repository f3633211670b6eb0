// Command degrade answers from a fallback when the SDK configuration
// cannot load. A hoist into init would turn that into log.Fatalf: the
// function would fail its Init phase instead of answering.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		log.Printf("no config, answering from the fallback: %v", err)
		return "fallback", nil
	}
	return "region " + cfg.Region, nil
}

func main() { lambda.Start(handler) }
