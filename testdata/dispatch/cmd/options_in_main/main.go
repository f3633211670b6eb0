package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/options_in_main/mailer"
)

func main() {
	m, err := mailer.New(context.Background(),
		mailer.WithQueue(os.Getenv("MAIL_QUEUE_URL")),
		mailer.WithDryRun(os.Getenv("DRY_RUN") == "1"),
	)
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(m.Handle)
}
