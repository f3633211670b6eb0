package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/pkgvar_oncevalue/reports"
)

func main() {
	lambda.Start(reports.Daily)
}
