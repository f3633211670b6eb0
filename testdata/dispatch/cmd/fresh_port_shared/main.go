// The route signs with a signer main made and handed to the server as a
// port: its key cache outlives the invocation, and nothing is reported.
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
	"example.com/cases/dispatch/internal/freshport/signer"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	client := sqs.NewFromConfig(cfg)
	mux := api.NewSharedRouter(api.Deps{Shared: signer.NewKeyed(client, os.Getenv("KEY_QUEUE_URL"))})
	lambda.Start(httpadapter.New(mux).ProxyWithContext)
}
