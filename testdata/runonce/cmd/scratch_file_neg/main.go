// Negative twin of scratch_file: the handler writes the SDK's shared
// config file itself (a profile for the event's account) before it loads
// the configuration, here and in another package. What the load reads
// changes with the event.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/runonce/internal/thumbstore"
)

type request struct {
	Profile string `json:"profile"`
	Key     string `json:"key"`
}

func handler(ctx context.Context, r request) error {
	if err := os.WriteFile("/tmp/.aws/config", []byte(r.Profile), 0o600); err != nil {
		return err
	}
	if _, err := config.LoadDefaultConfig(ctx); err != nil {
		return err
	}
	return thumbstore.Upload(ctx, "/tmp/out.png", r.Key)
}

func main() { lambda.Start(handler) }
