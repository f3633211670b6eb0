// Package webapi builds the HTTP API's router.
package webapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Deps are what the routes use.
type Deps struct{ Greeting string }

// NewRouter registers the routes.
func NewRouter(d Deps) *chi.Mux {
	r := chi.NewRouter() // EXPECT: the router another package builds for the handler on every invocation
	r.Get("/hello", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(d.Greeting)) })
	return r
}

// ForTenant registers the routes of one tenant.
func ForTenant(tenant string) *chi.Mux {
	r := chi.NewRouter() // EXPECT: partial invariance: the router is built the same whatever the tenant; the adapter around it is not reported
	r.Get("/hello", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(tenant)) })
	return r
}
