// Command fieldset loads its SDK configuration, names the region it works
// in right after the load, points it at another endpoint when the
// environment names one, and answers with the region and endpoint its
// queue client was built for. The set-up is the same on every invocation:
// lambdainit moves it into init with the config and the client. Moved
// without it, the client would be built before the set-up.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return "", err
	}
	cfg.Region = "eu-south-2"
	if ep := os.Getenv("QUEUE_ENDPOINT"); ep != "" {
		cfg.BaseEndpoint = aws.String(ep)
	}
	client := sqs.NewFromConfig(cfg)
	return "region " + client.Options().Region + " endpoint " + aws.ToString(client.Options().BaseEndpoint), nil
}

func main() { lambda.Start(handler) }
