// Command joininit has an init of its own that stops early when its
// setting is absent. lambdainit adds its code at the end of a file's own
// init only when that init always reaches its end; this one returns, so
// the fix adds an init beside it. Joined to this init, the configuration
// would never load when STAGE is unset.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
)

var stage = "prod"

func init() {
	if os.Getenv("STAGE") == "" {
		return
	}
	stage = os.Getenv("STAGE")
}

func handler(ctx context.Context, e map[string]string) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-3"))
	if err != nil {
		return "", err
	}
	return stage + " in " + cfg.Region, nil
}

func main() { lambda.Start(handler) }
