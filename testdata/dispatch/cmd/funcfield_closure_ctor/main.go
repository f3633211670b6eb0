package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/funcfield_closure_ctor/app"
	"example.com/cases/dispatch/internal/funcfield_closure_ctor/sqsnotify"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	client := sqs.NewFromConfig(cfg)

	a := &app.App{}
	a.Notify = sqsnotify.NewSender(client, os.Getenv("PUSH_QUEUE_URL"))
	lambda.Start(a.Handle)
}
