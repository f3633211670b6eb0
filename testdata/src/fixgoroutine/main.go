// Package fixgoroutine builds a client in a goroutine the handler starts,
// from the config the handler loaded. One fix moves both: the literal runs
// because the handler runs, so its construction leaves the handler's body
// with the config it reads, and a second -fix finds nothing.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func handler(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	done := make(chan error)
	go func() {
		c := s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds`
		_ = c
		done <- nil
	}()
	return <-done
}

func main() { lambda.Start(handler) }
