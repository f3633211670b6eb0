package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	_ "example.com/cases/dispatch/internal/event_source_map/consumers" // registers record handlers
	"example.com/cases/dispatch/internal/event_source_map/router"
)

func main() {
	lambda.Start(router.Handle)
}
