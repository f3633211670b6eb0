package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awslabs/aws-lambda-go-api-proxy/gorillamux"

	"example.com/cases/dispatch/internal/gorilla_routes_ctor/api"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	r := api.NewRouter(api.Deps{Queue: sqs.NewFromConfig(cfg), QueueURL: os.Getenv("HOOKS_QUEUE_URL")})
	adapter := gorillamux.New(r)
	lambda.Start(adapter.ProxyWithContext)
}
