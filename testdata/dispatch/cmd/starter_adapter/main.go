// Positive: main mounts another package's http.Handler on a gorilla
// router and hands the router to a starter of another package, which
// registers the adapter it makes from it (adapter.ProxyWithContext): the
// route runs on every invocation.
package main

import (
	"github.com/gorilla/mux"

	"example.com/cases/dispatch/internal/starteradapter/health"
	"example.com/cases/dispatch/internal/starteradapter/platform"
)

func main() {
	r := mux.NewRouter()
	r.Handle("/health", health.Check{}).Methods("GET")
	platform.Serve(r)
}
