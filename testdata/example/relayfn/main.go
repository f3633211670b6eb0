// Command relayfn starts relay's handler, after telling it where to send
// the messages.
package main

import (
	"os"

	"example.com/lambdafns/relay"
	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	relay.Region = os.Getenv("TARGET_REGION")
	relay.QueueURL = os.Getenv("TARGET_QUEUE_URL")
	lambda.Start(relay.Handle)
}
