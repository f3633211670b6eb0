// Negative: the same starter serving a route whose handler uses a pattern
// compiled once, at package level.
package main

import (
	"github.com/gorilla/mux"

	"example.com/cases/dispatch/internal/starteradapter/health"
	"example.com/cases/dispatch/internal/starteradapter/platform"
)

func main() {
	r := mux.NewRouter()
	r.Handle("/health", health.Shared{})
	platform.Serve(r)
}
