// Renders a template the caller supplies: written to /tmp, then parsed from there.
package main

import (
	"bytes"
	"context"
	"html/template"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

const tplPath = "/tmp/page.gohtml"

type RenderRequest struct {
	Template string         `json:"template"`
	Data     map[string]any `json:"data"`
}

func handler(ctx context.Context, r RenderRequest) (string, error) {
	if err := os.WriteFile(tplPath, []byte(r.Template), 0o600); err != nil {
		return "", err
	}
	t, err := template.ParseFiles(tplPath)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, r.Data); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func main() {
	lambda.Start(handler)
}
