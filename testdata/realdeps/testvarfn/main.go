// Command testvarfn reads a variable that its test sets before calling the
// handler. Moved into init, the code would read it before the test sets
// it: the fix runs it once, on the first invocation, instead.
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
