package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/sqsbatch_param/payments"
	"example.com/cases/dispatch/internal/sqsbatch_param/retry"
	"example.com/cases/dispatch/internal/sqsbatch_param/sqsbatch"
)

func main() {
	lambda.Start(sqsbatch.Handler(retry.Wrap(payments.Process, 3)))
}
