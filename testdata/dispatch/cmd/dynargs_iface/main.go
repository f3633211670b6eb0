// A handler of another package calls a port with the region the
// environment names: the client the adapter builds from it is the same on
// every invocation.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/dynargs/svc"
	"example.com/cases/dispatch/internal/dynargs/upload"
)

func main() {
	s := &svc.Service{Checker: upload.S3{PathStyle: os.Getenv("PATH_STYLE") != ""}}
	lambda.Start(s.Ready)
}
