// Negative: the handler builds the drawer from the event on every
// invocation; what its method builds from its receiver varies with it.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/notecards/card"
	"example.com/cases/dispatch/internal/notecards/styles"
)

type request struct{ Author, Text string }

func main() {
	lambda.Start(func(ctx context.Context, r request) (string, error) {
		var d card.Drawer = styles.Stamped{Sender: r.Author}
		return d.Draw(r.Text)
	})
}
