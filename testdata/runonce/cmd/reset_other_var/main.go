// Negative: the handler resets its own counter on every run, not the
// cached template.
package main

import (
	"context"
	"strings"
	"text/template"

	"github.com/aws/aws-lambda-go/lambda"
)

var (
	tmpl   *template.Template
	misses []string
)

func page() *template.Template {
	if tmpl == nil {
		tmpl = template.Must(template.New("page").Parse("<h1>{{.}}</h1>"))
	}
	return tmpl
}

func handler(ctx context.Context, title string) (string, error) {
	defer func() {
		misses = nil
	}()
	var b strings.Builder
	err := page().Execute(&b, title)
	return b.String(), err
}

func main() { lambda.Start(handler) }
