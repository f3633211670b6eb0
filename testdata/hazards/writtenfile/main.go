// Command writtenfile writes the template the event carries, then parses
// that file. Moved to init, the parse would read a file that is not there
// yet (and stop the function); moved anywhere, it would keep the first
// event's template. lambdainit does not report it: not the same on every
// invocation.
package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"text/template"

	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	path := filepath.Join(os.Getenv("HOME"), "writtenfile.tmpl")
	if err := os.WriteFile(path, []byte(e["template"]), 0o600); err != nil {
		return "", err
	}
	t, err := template.ParseFiles(path)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	err = t.Execute(&b, e["name"])
	return b.String(), err
}

func main() { lambda.Start(handler) }
