// The getter caches the template, and the handler drops it when it
// returns: the template is parsed on every invocation.
package main

import (
	"context"
	"strings"
	"text/template"

	"github.com/aws/aws-lambda-go/lambda"
)

var tmpl *template.Template

func page() *template.Template {
	if tmpl == nil {
		tmpl = template.Must(template.New("page").Parse("<h1>{{.}}</h1>")) // EXPECT: the handler drops the cached template on every invocation
	}
	return tmpl
}

func handler(ctx context.Context, title string) (string, error) {
	defer func() {
		tmpl = nil
	}()
	var b strings.Builder
	err := page().Execute(&b, title)
	return b.String(), err
}

func main() { lambda.Start(handler) }
