package server

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func getInvoice(w http.ResponseWriter, r *http.Request) {
	var total int64
	err := dbFrom(r.Context()).QueryRowContext(r.Context(),
		"SELECT total_cents FROM invoices WHERE id = $1", chi.URLParam(r, "id")).Scan(&total)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]int64{"totalCents": total})
}
