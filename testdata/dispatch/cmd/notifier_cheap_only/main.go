package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/notifyshared/notifier"
	"example.com/cases/dispatch/internal/notifyshared/signup"
)

func main() {
	svc := signup.New(notifier.LogNotifier{})
	lambda.Start(svc.PostConfirmation)
}
