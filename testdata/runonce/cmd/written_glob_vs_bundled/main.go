// The handler writes a report template under /tmp/reports and parses
// that directory's glob: it varies. The bundled layout it also parses is
// named by another constant path, which the handler never writes: the
// same on every invocation.
package main

import (
	"context"
	"html/template"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/lambda"
)

type request struct{ Name, Body string }

func handler(ctx context.Context, req request) (string, error) {
	f, err := os.Create("/tmp/reports/" + req.Name + ".tmpl")
	if err != nil {
		return "", err
	}
	if _, err := f.WriteString(req.Body); err != nil {
		return "", err
	}
	f.Close()
	reports, err := template.ParseGlob("/tmp/reports/*.tmpl")
	if err != nil {
		return "", err
	}
	layout, err := template.ParseFiles("assets/layout.html") // EXPECT: a bundled file the handler never writes
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := reports.Execute(&b, nil); err != nil {
		return "", err
	}
	return b.String() + layout.Name(), nil
}

func main() { lambda.Start(handler) }
