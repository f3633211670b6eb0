// Positive and negative: a construction followed by a fluent chain
// configuring it (methods returning the client itself). Built and
// configured from the environment and constants, it is the same on every
// invocation (reported at partner.New); configured with the event's
// callback URL, it is the event's own client (silent, though New alone
// takes no argument).
package main

import (
	"context"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/fluentconfig/partner"
)

// Event asks to notify the partner, and where to call back.
type Event struct {
	Callback string `json:"callback"`
}

func handle(ctx context.Context, e Event) (string, error) {
	api := partner.New().Base(os.Getenv("PARTNER_URL")).Timeout(5 * time.Second)
	hook := partner.New().Timeout(2 * time.Second).Base(e.Callback)
	return api.URL("/notify") + " " + hook.URL("/done"), nil
}

func main() { lambda.Start(handle) }
