// A configuration handed, with the event's values, to helpers that only
// read it (one of this package, one of another, and one of this package
// that hands it to another package's reader): it is as it was built, so
// the client built from it after is the same on every invocation.
package main

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/cfgprobe"
)

func trace(cfg *aws.Config, id string) {
	slog.Debug("config", "region", cfg.Region, "id", id)
	cfgprobe.Log(cfg, id)
}

func handler(ctx context.Context, req events.APIGatewayProxyRequest) error {
	cfg := &aws.Config{Region: "eu-west-1"}
	trace(cfg, req.RequestContext.RequestID)
	cfgprobe.Log(cfg, req.Path)
	client := dynamodb.NewFromConfig(*cfg) // EXPECT: built from a configuration the helpers only read
	_, err := client.ListTables(ctx, &dynamodb.ListTablesInput{Limit: aws.Int32(int32(len(req.Path)))})
	return err
}

func main() { lambda.Start(handler) }
