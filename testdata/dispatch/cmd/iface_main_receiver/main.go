// The drawer is built once, in main, from the environment: the template
// its method parses from it is the same on every invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/notecards/card"
	"example.com/cases/dispatch/internal/notecards/styles"
)

type request struct{ Text string }

func main() {
	var d card.Drawer = styles.Signed{Author: os.Getenv("AUTHOR")}
	lambda.Start(func(ctx context.Context, r request) (string, error) {
		return d.Draw(r.Text)
	})
}
