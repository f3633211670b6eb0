// Package notalambda builds clients in an ordinary program: no handler, no
// findings.
package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func serve(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	_ = s3.NewFromConfig(cfg)
}

func main() { serve(context.Background()) }
