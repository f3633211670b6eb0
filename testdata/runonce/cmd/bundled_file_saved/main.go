// Negative: another package writes the template file (render.SaveDraft,
// a function whose only effect is the file) from the event before
// render.Draft reads and parses it: what it parses varies.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/bundledfile/render"
)

// Event carries the draft's template and number.
type Event struct{ Template, Number string }

func handle(ctx context.Context, e Event) (string, error) {
	if err := render.SaveDraft(e.Template); err != nil {
		return "", err
	}
	out, err := render.Draft(e.Number)
	return string(out), err
}

func main() { lambda.Start(handle) }
