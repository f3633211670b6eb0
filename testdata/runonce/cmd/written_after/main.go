// Values changed only after the construction read them: the clients are
// built from what the settings held then, the same on every invocation.
// The settings are changed afterwards (their region pointed at the
// event's, decoded over from the body, their address kept), so no fix can
// share them: each is reported without one.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type audit struct{ last *aws.Config }

var trail audit

type settings struct {
	Bucket string `json:"bucket"`
	Region string `json:"region"`
}

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	cfg := aws.Config{Region: "eu-west-1"}
	archive := s3.NewFromConfig(cfg) // EXPECT: built from cfg before its region is changed
	cfg.Region = req.QueryStringParameters["region"]
	trail.last = &cfg

	opts := dynamodb.Options{Region: "eu-west-1"}
	table := dynamodb.New(opts) // EXPECT: built from opts before the body is decoded over them
	if err := json.Unmarshal([]byte(req.Body), &opts); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}

	var s settings
	for _, r := range req.MultiValueQueryStringParameters["region"] {
		// Declared afresh on each turn: what a turn writes after the
		// read is the next turn's own.
		local := aws.Config{Region: "us-east-1"}
		_ = s3.NewFromConfig(local) // EXPECT: built from a value the turn writes only after the read
		local.Region = r
		s.Region = local.Region
	}
	_, _, _ = archive, table, s
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

func main() { lambda.Start(handler) }
