package server

import (
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

func NewRouter() *chi.Mux {
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Route("/invoices", func(r chi.Router) {
		r.Use(withDB)
		r.Get("/{id}", getInvoice)
	})
	return r
}
