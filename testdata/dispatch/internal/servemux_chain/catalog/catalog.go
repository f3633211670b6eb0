package catalog

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

type Item struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type ItemReader interface {
	Item(ctx context.Context, id string) (Item, error)
}

// ItemsHandler serves GET /items/{id}.
type ItemsHandler struct {
	Items ItemReader
}

func (h ItemsHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/items/")
	it, err := h.Items.Item(r.Context(), id)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(it)
}
