// main configures the package of the handler it registers.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/runonce/internal/streamdeps"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	streamdeps.Configure(cfg)
	lambda.Start(streamdeps.Handle)
}
