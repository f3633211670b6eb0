// Package pagerender renders pages with a template it parses on first use
// and keeps on its receiver.
package pagerender

import (
	"strings"
	"text/template"
)

// Renderer keeps its parsed template.
type Renderer struct {
	t *template.Template
}

// Default is the renderer handlers share.
var Default Renderer

func (r *Renderer) tmpl() *template.Template {
	if r.t == nil {
		r.t = template.Must(template.New("page").Parse("<h1>{{.}}</h1>")) // EXPECT: the guard keeps the template on a copy the handler makes on every invocation
	}
	return r.t
}

// Render renders title.
func (r *Renderer) Render(title string) (string, error) {
	var b strings.Builder
	err := r.tmpl().Execute(&b, title)
	return b.String(), err
}
