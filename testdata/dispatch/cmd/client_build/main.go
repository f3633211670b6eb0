// A handler of another package builds its client through the kit's
// generic builder, given a literal, on every invocation.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/clientkit/mailer"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	m := &mailer.Mailer{Cfg: cfg, Queue: os.Getenv("MAIL_QUEUE_URL")}
	lambda.Start(m.Handle)
}
