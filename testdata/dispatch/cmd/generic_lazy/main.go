package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/generic_lazy/sessions"
)

func main() {
	lambda.Start(sessions.Authorize)
}
