// Package chi is a stub of github.com/go-chi/chi/v5.
package chi

import "net/http"

type Mux struct{}

func NewRouter() *Mux { return &Mux{} }

func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)  {}
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc) {}
func (mx *Mux) Handle(pattern string, handler http.Handler)     {}

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
