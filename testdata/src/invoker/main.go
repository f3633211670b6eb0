// Package invoker registers a value whose type implements lambda.Handler.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

type invoker struct{ region string }

func (i invoker) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(i.region)) // want `config.LoadDefaultConfig loads .* invocation of invoker.Invoke`
	if err != nil {
		return nil, err
	}
	c := sts.NewFromConfig(cfg)                                      // want `sts.NewFromConfig builds a new STS client`
	_, err = c.GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{}) // empty input: nothing to hoist
	return payload, err
}

func main() {
	var h lambda.Handler = invoker{region: "us-east-1"}
	lambda.StartHandler(h)
}
