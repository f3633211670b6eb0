// Negative: the cached template is kept for a minute; the check of its
// age is nested in the check that there is one.
package main

import (
	"context"
	"strings"
	"text/template"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
)

var (
	page     *template.Template
	parsedAt time.Time
)

func current() *template.Template {
	if page != nil {
		if time.Since(parsedAt) < time.Minute {
			return page
		}
	}
	t := template.Must(template.New("page").Parse("<p>{{.}}</p>"))
	page, parsedAt = t, time.Now()
	return page
}

func handler(ctx context.Context, name string) (string, error) {
	var b strings.Builder
	err := current().Execute(&b, name)
	return b.String(), err
}

func main() { lambda.Start(handler) }
