// The same chain with the middleware that builds its client when it is
// applied, once.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/authmw"
)

func echo(_ context.Context, token string) (string, error) { return token, nil }

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	mws := map[string]authmw.Middleware{"auth": authmw.AuthOnce(cfg)}
	lambda.Start(authmw.Chain(echo, mws["auth"]))
}
