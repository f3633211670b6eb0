// Package fixenv sets the environment and parses a flag in main, then
// starts one of three handlers, chosen at run time. Moved to init or to
// main, each handler's Init work would run whichever handler main starts,
// and init would run before main sets what it reads: each lands lazily,
// on its handler's first invocation. The handler whose error check goes
// on with a fallback keeps that check: its code runs until it succeeds,
// and never exits the process.
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

// loadsConfig reads AWS_ENDPOINT_URL, which main sets.
func loadsConfig(ctx context.Context) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return "", err
	}
	return cfg.Region, nil
}

// flagged reads the flag main parses.
func flagged(ctx context.Context) (string, error) {
	c := s3.New(s3.Options{Region: *region}) // want `s3.New builds`
	_ = c
	return *region, nil
}

// degrades answers with a fallback when the configuration fails.
func degrades(ctx context.Context) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1")) // want `config.LoadDefaultConfig loads`
	if err != nil {
		log.Printf("no config, answering from cache: %v", err)
		return "cached", nil
	}
	return cfg.Region, nil
}

func main() {
	flag.Parse()
	if err := os.Setenv("AWS_ENDPOINT_URL", "http://localhost:4566"); err != nil {
		log.Fatal(err)
	}
	switch os.Args[len(os.Args)-1] {
	case "config":
		lambda.Start(loadsConfig)
	case "flag":
		lambda.Start(flagged)
	default:
		lambda.Start(degrades)
	}
}
