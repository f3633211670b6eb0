// Negative twin of escaped_after_pkg: LoadFor points the configuration at
// the event's region through the pointer it keeps before it builds the
// client. The configuration load itself is the same each time and is
// reported; the client varies with the event.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/appconfig"
)

type request struct {
	Region string `json:"region"`
}

func handler(ctx context.Context, r request) error {
	return appconfig.LoadFor(ctx, r.Region) // EXPECT: the configuration load (not the client, built for the event's region)
}

func main() { lambda.Start(handler) }
