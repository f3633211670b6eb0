// Positive: the handler is what a generic chain of another package
// returns (mw.Compose[H any](h H, ms ...func(H) H) H), its type a type
// parameter instantiated with the API's handler type. What runs on every
// request is the innermost closure of auth.RequireKey, which builds a
// client and an input each time; the pattern RequireKey compiles in its
// own body runs once, where main calls it.
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
	h := mw.Compose(api.Me, auth.RequireKey(cfg))
	lambda.Start(h)
}
