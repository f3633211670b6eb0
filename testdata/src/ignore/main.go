// Package ignore suppresses findings with //lambdainit:ignore.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func handler(ctx context.Context) error {
	//lambdainit:ignore the region changes per tenant in the next release
	a := s3.New(s3.Options{})
	// b's trailing directive governs b's line, not e's below it.
	b := sqs.New(sqs.Options{})                    //lambdainit:ignore measured: negligible for this batch job
	e := sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds`
	//lambdainit:ignore // want `lambdainit:ignore needs a reason`
	c := s3.New(s3.Options{})   // the directive above has no reason: reported, still suppressed
	d := sqs.New(sqs.Options{}) // want `sqs.New builds`
	_, _, _, _, _ = a, b, c, d, e
	return nil
}

func main() { lambda.Start(handler) }
