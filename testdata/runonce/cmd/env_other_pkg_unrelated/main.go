// Another package's function only reads the environment: the
// configuration is the same on every invocation.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/tenantenv"
)

func handler(ctx context.Context) error {
	log.Printf("stage %s", tenantenv.Stage())
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: the other package's function reads the environment, it does not write it
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg) // EXPECT: built from the invariant configuration
	return nil
}

func main() { lambda.Start(handler) }
