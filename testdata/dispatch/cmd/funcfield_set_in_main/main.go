package main

import (
	"time"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/funcfield_set_in_main/app"
	"example.com/cases/dispatch/internal/funcfield_set_in_main/sqsnotify"
)

func main() {
	a := &app.App{Now: time.Now}
	a.Notify = sqsnotify.Send
	lambda.Start(a.Handle)
}
