// Negative twin of returned_logged: the scan input is stamped with the
// request ID, and its limit comes from the event.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/sendinputs"
)

var db = dynamodb.New(dynamodb.Options{Region: "eu-west-1"})

type page struct {
	Limit int32 `json:"limit"`
}

func handler(ctx context.Context, p page) error {
	lc, _ := lambdacontext.FromContext(ctx)
	s := sendinputs.Scan("orders")
	sendinputs.Stamp(s, lc.AwsRequestID)
	if _, err := db.Scan(ctx, s); err != nil {
		return err
	}
	t := sendinputs.Scan("audit")
	t.Limit = aws.Int32(p.Limit)
	_, err := db.Scan(ctx, t)
	return err
}

func main() { lambda.Start(handler) }
