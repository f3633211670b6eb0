// Package fixenvmain parses a flag and sets the environment in main before
// it starts its handler: the config load reads both, so it moves into main
// after them, not into init, which runs first.
package main

import (
	"context"
	"flag"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var region = flag.String("region", "eu-west-1", "the bucket's region")

func handler(ctx context.Context) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(*region)) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return "", err
	}
	c := s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds`
	_ = c
	return cfg.Region, nil
}

func main() {
	flag.Parse()
	if err := os.Setenv("AWS_ENDPOINT_URL", "http://localhost:4566"); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
