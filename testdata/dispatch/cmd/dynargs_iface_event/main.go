// Negative: the handler of another package passes the event's region.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/dynargs/svc"
	"example.com/cases/dispatch/internal/dynargs/upload"
)

func main() {
	s := &svc.Service{Checker: upload.Regional{}}
	lambda.Start(s.ReadyEvent)
}
