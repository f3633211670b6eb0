// Negative: the same generic chain, with the decorator that builds its
// client where main calls it (auth.RequireKeyShared), applied through the
// other generic helper, mw.Wrap.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/chaingeneric/api"
	"example.com/cases/dispatch/internal/chaingeneric/auth"
	"example.com/cases/dispatch/internal/chaingeneric/mw"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(mw.Wrap(auth.RequireKeyShared(cfg), api.Me))
}
