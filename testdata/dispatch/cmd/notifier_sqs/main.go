package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/notifyshared/notifier"
	"example.com/cases/dispatch/internal/notifyshared/signup"
)

func main() {
	svc := signup.New(&notifier.SQSNotifier{QueueURL: os.Getenv("WELCOME_QUEUE_URL")})
	lambda.Start(svc.PostConfirmation)
}
