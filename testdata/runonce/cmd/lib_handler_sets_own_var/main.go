// The handler of another package, exported and called by nothing in its
// package, sets a variable of its package from the request before it
// builds an input from it: not a configurer, since it runs on every
// invocation.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/tenantsign"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	tenantsign.Configure(s3.NewFromConfig(cfg))
	lambda.Start(tenantsign.Handle)
}
