// Inputs another package returns, handed to its logger that only reads
// them (WorkFact.ReadsParams), or finished with a constant field, then
// sent: each is the same on every invocation (reported at the call).
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/sendinputs"
)

var db = dynamodb.New(dynamodb.Options{Region: "eu-west-1"})

func handler(ctx context.Context) error {
	d := sendinputs.Describe("orders") // EXPECT: the describe input
	sendinputs.Log(d)
	if _, err := db.DescribeTable(ctx, d); err != nil {
		return err
	}
	s := sendinputs.Scan("orders") // EXPECT: the scan input
	s.Limit = aws.Int32(50)
	_, err := db.Scan(ctx, s)
	return err
}

func main() { lambda.Start(handler) }
