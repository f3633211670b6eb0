// Package filejobs holds handlers that main registers and that render
// templates from files.
package filejobs

import (
	"context"
	"os"
	"strings"
	"text/template"
)

// Job carries a template and a name.
type Job struct{ Template, Name string }

const scratch = "/tmp/job.tmpl"

// Render writes the job's template to a file, then parses that file.
func Render(ctx context.Context, j Job) (string, error) {
	if err := os.WriteFile(scratch, []byte(j.Template), 0o600); err != nil {
		return "", err
	}
	t, err := template.ParseFiles(scratch)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	err = t.Execute(&b, j.Name)
	return b.String(), err
}

// RenderBundled parses a template shipped with the function.
func RenderBundled(ctx context.Context, j Job) (string, error) {
	t, err := template.ParseFiles("templates/job.tmpl") // EXPECT: a bundled file nothing writes, parsed on every invocation
	if err != nil {
		return "", err
	}
	var b strings.Builder
	err = t.Execute(&b, j.Name)
	return b.String(), err
}
