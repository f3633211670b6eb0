// A route asks a method of its server for a signer, made on every request
// and returned as a port; the signer's key cache lives on that value, so it
// misses on every invocation and the request input it builds from what
// main gave the server is rebuilt each time.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"

	"example.com/cases/dispatch/internal/freshport/api"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	mux := api.NewRouter(api.Deps{SQS: sqs.NewFromConfig(cfg), QueueURL: os.Getenv("KEY_QUEUE_URL")})
	lambda.Start(httpadapter.New(mux).ProxyWithContext)
}
