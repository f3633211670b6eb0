// Package render renders invoices with the template shipped in the
// deployment package.
package render

import (
	"bytes"
	"os"
	"path/filepath"
	"text/template"
)

func templatePath() string {
	return filepath.Join(os.Getenv("LAMBDA_TASK_ROOT"), "templates", "invoice.tmpl")
}

// Invoice renders one invoice.
func Invoice(number string) ([]byte, error) {
	src, err := os.ReadFile(templatePath())
	if err != nil {
		return nil, err
	}
	t, err := template.New("invoice").Parse(string(src)) // EXPECT: the bundled file is the same on every invocation
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = t.Execute(&b, number)
	return b.Bytes(), err
}

// Draft renders with the template a previous step left in /tmp.
func Draft(number string) ([]byte, error) {
	src, err := os.ReadFile("/tmp/draft.tmpl")
	if err != nil {
		return nil, err
	}
	t, err := template.New("draft").Parse(string(src))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = t.Execute(&b, number)
	return b.Bytes(), err
}

// SaveDraft keeps the caller's template for Draft.
func SaveDraft(t string) error { return os.WriteFile("/tmp/draft.tmpl", []byte(t), 0o600) }
