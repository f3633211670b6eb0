// Command chosen is deployed as two functions: the environment picks which
// handler of its table runs. Only "report" needs the SDK configuration;
// "ping" must answer even where that configuration cannot load. Moved into
// init, report's configuration would load (and stop the process) in the
// ping function too: lambdainit lands it lazily, on report's first
// invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
)

func report(ctx context.Context, e map[string]string) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-3"))
	if err != nil {
		return "", err
	}
	return "report from " + cfg.Region, nil
}

func ping(ctx context.Context, e map[string]string) (string, error) {
	return "pong", nil
}

var handlers = map[string]func(context.Context, map[string]string) (string, error){
	"report": report,
	"ping":   ping,
}

func main() { lambda.Start(handlers[os.Getenv("HANDLER")]) }
