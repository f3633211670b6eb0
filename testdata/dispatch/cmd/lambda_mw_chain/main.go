package main

import (
	"time"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/lambda_mw_chain/checkout"
	"example.com/cases/dispatch/internal/lambda_mw_chain/mw"
)

func main() {
	lambda.Start(mw.Chain(checkout.Handle, mw.Logging, mw.Idempotency(24*time.Hour)))
}
