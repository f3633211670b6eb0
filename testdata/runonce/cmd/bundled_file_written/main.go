// Negative: the handler writes the template file first, from the event,
// then another package reads and parses it: what it parses varies.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/bundledfile/render"
)

// Event carries the draft's template and number.
type Event struct{ Template, Number string }

func handle(ctx context.Context, e Event) (string, error) {
	if err := os.WriteFile("/tmp/draft.tmpl", []byte(e.Template), 0o600); err != nil {
		return "", err
	}
	out, err := render.Draft(e.Number)
	return string(out), err
}

func main() { lambda.Start(handle) }
