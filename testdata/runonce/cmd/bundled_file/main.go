// Positive: templates read from files of the deployment package and
// parsed on every invocation: through another package, from the path
// LAMBDA_TASK_ROOT names, and here from an embedded file system.
package main

import (
	"bytes"
	"context"
	"embed"
	"text/template"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/bundledfile/render"
)

//go:embed templates
var templates embed.FS

func handle(ctx context.Context, number string) (string, error) {
	inv, err := render.Invoice(number)
	if err != nil {
		return "", err
	}
	src, err := templates.ReadFile("templates/receipt.tmpl")
	if err != nil {
		return "", err
	}
	t := template.Must(template.New("receipt").Parse(string(src))) // EXPECT: an embedded file never changes
	var b bytes.Buffer
	if err := t.Execute(&b, number); err != nil {
		return "", err
	}
	return string(inv) + b.String(), nil
}

func main() { lambda.Start(handle) }
