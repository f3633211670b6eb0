// The drawer is built on every invocation, but what its method builds
// does not depend on it.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/notecards/card"
	"example.com/cases/dispatch/internal/notecards/styles"
)

type request struct {
	Text  string
	Width int
}

func main() {
	lambda.Start(func(ctx context.Context, r request) (string, error) {
		var d card.Drawer = styles.Plain{Width: r.Width}
		return d.Draw(r.Text)
	})
}
