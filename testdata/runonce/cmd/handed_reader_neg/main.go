// Negative twin of handed_reader: the helpers the configuration is handed
// to set its region from the event (one of another package, one of this
// package through another's): the client varies.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/cfgprobe"
)

func retarget(cfg *aws.Config, region string) { cfgprobe.Relay(cfg, region) }

func handler(ctx context.Context, req events.APIGatewayProxyRequest) error {
	a := &aws.Config{Region: "eu-west-1"}
	cfgprobe.Point(a, req.QueryStringParameters["region"])
	b := &aws.Config{Region: "eu-west-1"}
	retarget(b, req.QueryStringParameters["replica"])
	_ = dynamodb.NewFromConfig(*a)
	_ = dynamodb.NewFromConfig(*b)
	return nil
}

func main() { lambda.Start(handler) }
