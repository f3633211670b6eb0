// Command testvarfn reads a variable that its test sets before calling the
// handler. Moved into init, the code would read it before the test sets
// it; run once, on the first invocation, it would keep the first test's
// value for the next test: the finding has no fix, and names the test.
package main

import (
	"context"
	"strings"
	"text/template"

	"github.com/aws/aws-lambda-go/lambda"
)

var greeting = "hello {{.}}"

func handler(ctx context.Context, name string) (string, error) {
	tmpl := template.Must(template.New("greeting").Parse(greeting)) // want `template.Template.Parse parses the same template again on every invocation of handler`
	var b strings.Builder
	if err := tmpl.Execute(&b, name); err != nil {
		return "", err
	}
	return b.String(), nil
}

func main() { lambda.Start(handler) }
