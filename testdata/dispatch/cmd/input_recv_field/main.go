// A method of another package builds an input from a field of its
// receiver, which main built once: the input is the same every time.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/recvinputs"
)

func main() {
	a := recvinputs.NewAnnouncer(sqs.New(sqs.Options{Region: "eu-west-1"}), os.Getenv("QUEUE_URL"))
	lambda.Start(a.Ready)
}
