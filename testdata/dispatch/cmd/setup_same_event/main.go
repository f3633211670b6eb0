// The negative of setup_same: Setup and Queue give the package variables
// values from the request (its region, its retry count), so the clients
// built from them differ from one invocation to the next.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/samesetupw/api"
)

type request struct {
	ID      string
	Region  string
	Retries int
}

func handle(ctx context.Context, req request) (string, error) {
	api.Setup(req.Region)
	out, err := api.Get(ctx, req.ID)
	if err != nil {
		return "", err
	}
	_ = (&api.Table{}).Queue(req.Retries)
	return string(rune(len(out.Item))), nil
}

func main() {
	lambda.Start(handle)
}
