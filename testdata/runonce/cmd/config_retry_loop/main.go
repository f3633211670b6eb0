// The configuration is loaded in a retry loop: repeating an assignment
// gives the same value, so the client is the same on every invocation.
package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func handler(ctx context.Context) error {
	var cfg aws.Config
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		cfg, err = config.LoadDefaultConfig(ctx) // EXPECT: loaded again on every invocation, retries or not
		if err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	if err != nil {
		return err
	}
	_ = dynamodb.NewFromConfig(cfg) // EXPECT: client from the configuration the loop loads
	return nil
}

func main() { lambda.Start(handler) }
