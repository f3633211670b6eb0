package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/route_table_slice/jobs"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	h := &jobs.Handlers{
		DB:       dynamodb.NewFromConfig(cfg),
		Table:    os.Getenv("ARCHIVE_TABLE"),
		Queue:    sqs.NewFromConfig(cfg),
		QueueURL: os.Getenv("ESCALATION_QUEUE_URL"),
	}
	d := &jobs.Dispatcher{Routes: []jobs.Route{
		{Name: "archive", Match: jobs.IsTicket, Handle: h.Archive},
		{Name: "escalate", Match: func(t string) bool { return t == "SLA Breached" }, Handle: h.Escalate},
	}}
	lambda.Start(d.Dispatch)
}
